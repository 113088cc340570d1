/** Registers `<ml-comparison>`. */
import { MlComparison } from './ml-comparison/ml-comparison.component.js';

MlComparison.define('ml-comparison');

export { MlComparison };
