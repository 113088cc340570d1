/** Registers `<ml-quiz>`. */
import { MlQuiz } from './ml-quiz/ml-quiz.component.js';

MlQuiz.define('ml-quiz');

export { MlQuiz };
