/** Registers `<ml-checklist>`. */
import { MlChecklist } from './ml-checklist/ml-checklist.component.js';

MlChecklist.define('ml-checklist');

export { MlChecklist };
