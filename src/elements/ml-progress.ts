/** Registers `<ml-progress>`. */
import { MlProgress } from './ml-progress/ml-progress.component.js';

MlProgress.define('ml-progress');

export { MlProgress };
