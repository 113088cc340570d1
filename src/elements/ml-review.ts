/** Registers `<ml-review>`. */
import { MlReview } from './ml-review/ml-review.component.js';

MlReview.define('ml-review');

export { MlReview };
