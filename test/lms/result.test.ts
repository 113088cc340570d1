import { expect } from '@open-wc/testing';
import type { Question } from '../../src/bank/schema.js';
import type { ExamResults } from '../../src/engine/results.js';
import { lmsResult } from '../../src/lms/result.js';

const results = {
  examId: 'mock',
  correct: 1,
  total: 3,
  percent: 100 / 3,
  passPercent: 30,
  passed: true,
  byDomain: {},
  domainIntervals: {},
  weakestObjectives: [],
  unanswered: 1,
  questions: [
    { questionId: 'q2', objective: 'o1', selected: ['b'], answered: true, correct: true },
    { questionId: 'q1', objective: 'o2', selected: ['a', 'c'], answered: true, correct: false },
    { questionId: 'q3', selected: [], answered: false, correct: false },
  ],
} as unknown as ExamResults;

const keys: Record<string, Pick<Question, 'answer'>> = { q1: { answer: ['a', 'b'] }, q2: { answer: ['b'] } };
const question = (id: string) => keys[id];

describe('lms/result', () => {
  it('reports the unrounded percent, the verdict and the seconds of the submit detail', () => {
    const out = lmsResult(results, { secondsUsed: 754 }, question);
    expect(out.percent).to.equal(100 / 3);
    expect(out.passed).to.equal(true);
    expect(out.secondsUsed).to.equal(754);
    expect(Object.keys(out).sort()).to.deep.equal(['interactions', 'passed', 'percent', 'secondsUsed']);
  });

  it('one interaction per question, in exam order, with the response, the key and the objective', () => {
    expect(lmsResult(results, { secondsUsed: 0 }, question).interactions).to.deep.equal([
      { id: 'q2', learnerResponse: ['b'], correctResponse: ['b'], correct: true, objectiveId: 'o1' },
      { id: 'q1', learnerResponse: ['a', 'c'], correctResponse: ['a', 'b'], correct: false, objectiveId: 'o2' },
      { id: 'q3', learnerResponse: [], correctResponse: [], correct: false, objectiveId: undefined },
    ]);
  });

  it('a question the lookup does not find reports an empty key, not an error', () => {
    const out = lmsResult(results, { secondsUsed: 1 }, () => undefined);
    expect(out.interactions.map((i) => i.correctResponse)).to.deep.equal([[], [], []]);
  });

  it("copies the key: changing the report does not change the bank's question", () => {
    const out = lmsResult(results, { secondsUsed: 1 }, question);
    out.interactions[1]!.correctResponse.push('z');
    expect(keys.q1!.answer).to.deep.equal(['a', 'b']);
  });

  it('an exam with no questions reports no interactions', () => {
    const empty = { ...results, questions: [], percent: 0, passed: false } as ExamResults;
    expect(lmsResult(empty, { secondsUsed: 5 }, question)).to.deep.equal({
      percent: 0,
      passed: false,
      secondsUsed: 5,
      interactions: [],
    });
  });
});
