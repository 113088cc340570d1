/**
 * `ml-quiz`: registers every element and exports their classes, the event and label types.
 * @module
 */
export { MlBank } from './elements/ml-bank.js';
export { MlQuiz } from './elements/ml-quiz.js';
export { MlExam } from './elements/ml-exam.js';
export type * from './events.js';
export { type Labels, defaultLabels } from './labels.js';
export type { BankIssue, BankResult } from './bank/issues.js';
export type { Bank, Question, Comparison, Checklist, Exam, Domain, Objective } from './bank/schema.js';
export { loadBank, clearBankCache } from './bank/load.js';
export { registerBank, setBanksBaseUrl, builtInBankIds } from './bank/registry.js';
export { MlComparison } from './elements/ml-comparison.js';
export { MlChecklist } from './elements/ml-checklist.js';
export { MlReview } from './elements/ml-review.js';
export { MlProgress } from './elements/ml-progress.js';
