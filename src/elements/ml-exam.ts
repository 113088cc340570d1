/** Registers `<ml-exam>`, and `<ml-quiz>`, which it uses for practising missed questions. */
import './ml-quiz.js';
import { MlExam } from './ml-exam/ml-exam.component.js';

MlExam.define('ml-exam');

export { MlExam };
