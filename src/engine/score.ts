/** Scoring: multiple-select is all-or-nothing. */
import type { Question } from '../bank/schema.js';

/** True when `selected` holds exactly the question's answer ids (order does not matter). */
export function isCorrect(question: Pick<Question, 'answer'>, selected: readonly string[]): boolean {
  // Compare sets on both sides: a repeated id in either list must not make a wrong selection count as right.
  const given = new Set(selected);
  const expected = new Set(question.answer);
  return given.size === expected.size && [...expected].every((id) => given.has(id));
}
