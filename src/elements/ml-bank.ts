/** Registers `<ml-bank>`. */
import { MlBank } from './ml-bank/ml-bank.component.js';

MlBank.define('ml-bank');

export { MlBank };
