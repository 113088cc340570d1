/** Registers `<ml-exam>`. (It loads `<ml-quiz>` when the reader practises missed questions.) */
import { MlExam } from './ml-exam/ml-exam.component.js';

MlExam.define('ml-exam');

export { MlExam };
