/** What a submitted attempt reports to an LMS: a pure function of the scored attempt. */
import type { Question } from '../bank/schema.js';
import type { ExamResults, SubmitDetail } from '../engine/results.js';
import type { LmsResult } from './types.js';

/**
 * The LMS result of a scored attempt: score, pass, time used (from the submit detail, the one duration rule) and one
 * interaction per question with its key. `question` finds a question of the attempt by id.
 */
export function lmsResult(
  results: ExamResults,
  detail: Pick<SubmitDetail, 'secondsUsed'>,
  question: (id: string) => Pick<Question, 'answer'> | undefined,
): LmsResult {
  return {
    percent: results.percent,
    passed: results.passed,
    secondsUsed: detail.secondsUsed,
    interactions: results.questions.map((outcome) => ({
      id: outcome.questionId,
      learnerResponse: outcome.selected,
      correctResponse: [...(question(outcome.questionId)?.answer ?? [])],
      correct: outcome.correct,
      objectiveId: outcome.objective,
    })),
  };
}
