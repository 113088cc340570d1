import { expect } from '@open-wc/testing';
import type { Bank } from '../../src/bank/schema.js';
import { assembleExam } from '../../src/engine/exam.js';
import {
  type ExamState,
  answeredCount,
  beginExam,
  currentQuestionId,
  examReducer,
  isSubmitted,
  selectionOf,
  startExam,
  unansweredIds,
} from '../../src/engine/exam-state.js';
import { miniBank } from '../fixtures/mini-bank.js';

const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 1, 12, 0, 0);

describe('engine/exam-state examReducer', () => {
  let bank: Bank;
  let state: ExamState;
  before(async () => {
    bank = await miniBank();
  });
  beforeEach(() => {
    const result = assembleExam(bank, 'mini-exam', { seed: 7 });
    if (!result.ok) throw new Error('draw failed');
    state = examReducer(null, { type: 'start', bank, draw: result.draw, now: T0, durationMinutes: 10 });
  });

  it('start: a fresh timed attempt from the draw', () => {
    expect(state.version).to.equal(1);
    expect(state.bankId).to.equal('mini');
    expect(state.bankVersion).to.equal('1.0.0');
    expect(state.examId).to.equal('mini-exam');
    expect(state.seed).to.equal(7);
    expect(state.questionIds).to.have.length(5);
    expect(Object.keys(state.optionOrder)).to.have.length(5);
    expect(state.answers).to.deep.equal({});
    expect(state.flags).to.deep.equal([]);
    expect(state.current).to.equal(0);
    expect(state.startedAt).to.equal(T0);
    expect(state.deadline).to.equal(T0 + 10 * MIN);
    expect(state.timed).to.equal(true);
    expect(isSubmitted(state)).to.equal(false);
    expect(state).to.not.have.property('submittedAt');
  });

  it('start: durationMinutes null is an untimed practice run; start replaces an existing attempt', () => {
    const result = assembleExam(bank, 'mini-exam', { seed: 8 });
    if (!result.ok) throw new Error('draw failed');
    const answered = examReducer(state, { type: 'answer', questionId: state.questionIds[0]!, selected: ['a'] });
    const practice = examReducer(answered, {
      type: 'start',
      bank,
      draw: result.draw,
      now: T0 + 5,
      durationMinutes: null,
    });
    expect(practice.deadline).to.equal(null);
    expect(practice.timed).to.equal(false);
    expect(practice.seed).to.equal(8);
    expect(practice.answers).to.deep.equal({});
    expect(practice.startedAt).to.equal(T0 + 5);
  });

  it('start copies the draw (later changes to the draw do not leak in)', () => {
    const result = assembleExam(bank, 'mini-exam', { seed: 9 });
    if (!result.ok) throw new Error('draw failed');
    const s = startExam({ bank, draw: result.draw, now: T0, durationMinutes: 10 });
    result.draw.questionIds.reverse();
    result.draw.optionOrder[s.questionIds[0]!]!.reverse();
    expect(s.questionIds).to.not.deep.equal(result.draw.questionIds);
    expect(s.optionOrder[s.questionIds[0]!]).to.not.deep.equal(result.draw.optionOrder[s.questionIds[0]!]);
  });

  it('answer replaces the selection, sorted and de-duplicated; unknown options are ignored; empty clears', () => {
    const q = state.questionIds[0]!;
    let s = examReducer(state, { type: 'answer', questionId: q, selected: ['c', 'a', 'a', 'z'] });
    expect(s.answers).to.deep.equal({ [q]: ['a', 'c'] });
    expect(state.answers).to.deep.equal({}); // the old state is untouched
    s = examReducer(s, { type: 'answer', questionId: q, selected: ['b'] });
    expect(selectionOf(s, q)).to.deep.equal(['b']);
    expect(answeredCount(s)).to.equal(1);
    expect(unansweredIds(s)).to.deep.equal(state.questionIds.slice(1));
    s = examReducer(s, { type: 'answer', questionId: q, selected: [] });
    expect(s.answers).to.deep.equal({});
    expect(answeredCount(s)).to.equal(0);
  });

  it('answer to an unknown question, or the same selection again, returns the same state object', () => {
    expect(examReducer(state, { type: 'answer', questionId: 'nope', selected: ['a'] })).to.equal(state);
    const q = state.questionIds[1]!;
    const s = examReducer(state, { type: 'answer', questionId: q, selected: ['b', 'a'] });
    expect(examReducer(s, { type: 'answer', questionId: q, selected: ['a', 'b'] })).to.equal(s);
    expect(examReducer(state, { type: 'answer', questionId: q, selected: [] })).to.equal(state);
  });

  it('flag toggles; flagged: true/false sets; unflag clears; flags stay in exam order', () => {
    const [q0, q1, q2] = state.questionIds as [string, string, string];
    let s = examReducer(state, { type: 'flag', questionId: q2 });
    s = examReducer(s, { type: 'flag', questionId: q0 });
    expect(s.flags).to.deep.equal([q0, q2]);
    s = examReducer(s, { type: 'flag', questionId: q2 });
    expect(s.flags).to.deep.equal([q0]);
    expect(examReducer(s, { type: 'flag', questionId: q0, flagged: true })).to.equal(s);
    s = examReducer(s, { type: 'flag', questionId: q1, flagged: true });
    expect(s.flags).to.deep.equal([q0, q1]);
    s = examReducer(s, { type: 'unflag', questionId: q0 });
    expect(s.flags).to.deep.equal([q1]);
    expect(examReducer(s, { type: 'unflag', questionId: q0 })).to.equal(s);
    expect(examReducer(s, { type: 'flag', questionId: 'nope' })).to.equal(s);
  });

  it('goto, next and previous move within the exam, clamped', () => {
    let s = examReducer(state, { type: 'next' });
    expect(s.current).to.equal(1);
    expect(currentQuestionId(s)).to.equal(state.questionIds[1]);
    s = examReducer(s, { type: 'goto', index: 4 });
    expect(s.current).to.equal(4);
    expect(examReducer(s, { type: 'next' })).to.equal(s);
    expect(examReducer(s, { type: 'goto', index: 99 }).current).to.equal(4);
    expect(examReducer(s, { type: 'goto', index: -3 }).current).to.equal(0);
    expect(examReducer(s, { type: 'goto', index: 2.7 }).current).to.equal(2);
    expect(examReducer(s, { type: 'goto', index: Number.NaN })).to.equal(s);
    s = examReducer(s, { type: 'previous' });
    expect(s.current).to.equal(3);
    expect(examReducer(state, { type: 'previous' })).to.equal(state);
  });

  it('submit by the user records the time and the reason', () => {
    const s = examReducer(state, { type: 'submit', now: T0 + 3 * MIN });
    expect(s.submittedAt).to.equal(T0 + 3 * MIN);
    expect(s.reason).to.equal('user');
    expect(isSubmitted(s)).to.equal(true);
    expect(examReducer(s, { type: 'submit', now: T0 + 4 * MIN })).to.equal(s);
  });

  it('after submit, answers and flags are ignored; navigation still works for review', () => {
    const q = state.questionIds[0]!;
    const s = examReducer(examReducer(state, { type: 'answer', questionId: q, selected: ['a'] }), {
      type: 'submit',
      now: T0 + MIN,
    });
    expect(examReducer(s, { type: 'answer', questionId: q, selected: ['b'] })).to.equal(s);
    expect(examReducer(s, { type: 'flag', questionId: q })).to.equal(s);
    expect(examReducer(s, { type: 'next' }).current).to.equal(1);
  });

  it('expire before the deadline does nothing; at or after it submits with reason time, at the deadline', () => {
    expect(examReducer(state, { type: 'expire', now: T0 + 10 * MIN - 1 })).to.equal(state);
    const s = examReducer(state, { type: 'expire', now: T0 + 10 * MIN });
    expect(s.reason).to.equal('time');
    expect(s.submittedAt).to.equal(T0 + 10 * MIN);
  });

  it('expire after a clock jump (sleep for a day) submits at the deadline, not at the jumped time', () => {
    const s = examReducer(state, { type: 'expire', now: T0 + 24 * 60 * MIN });
    expect(s.reason).to.equal('time');
    expect(s.submittedAt).to.equal(state.deadline);
  });

  it('expire never submits an untimed practice run, or an already submitted one', () => {
    const result = assembleExam(bank, 'mini-exam', { seed: 7 });
    if (!result.ok) throw new Error('draw failed');
    const practice = examReducer(null, { type: 'start', bank, draw: result.draw, now: T0, durationMinutes: null });
    expect(examReducer(practice, { type: 'expire', now: T0 + 1e9 })).to.equal(practice);
    const done = examReducer(state, { type: 'submit', now: T0 + MIN });
    expect(examReducer(done, { type: 'expire', now: T0 + 1e9 })).to.equal(done);
  });

  it('a user submit after the deadline counts as time running out', () => {
    const s = examReducer(state, { type: 'submit', now: T0 + 11 * MIN, reason: 'user' });
    expect(s.reason).to.equal('time');
    expect(s.submittedAt).to.equal(T0 + 10 * MIN);
  });

  it('a submit with a clock set back before the start records the start time', () => {
    const s = examReducer(state, { type: 'submit', now: T0 - 5 * MIN });
    expect(s.submittedAt).to.equal(T0);
    expect(s.reason).to.equal('user');
  });

  it('answer or flag with a `now` past the deadline expires the exam instead of recording', () => {
    const q = state.questionIds[0]!;
    const s = examReducer(state, { type: 'answer', questionId: q, selected: ['a'], now: T0 + 10 * MIN });
    expect(s.answers).to.deep.equal({});
    expect(s.reason).to.equal('time');
    const f = examReducer(state, { type: 'flag', questionId: q, now: T0 + 20 * MIN });
    expect(f.flags).to.deep.equal([]);
    expect(f.submittedAt).to.equal(T0 + 10 * MIN);
    const inTime = examReducer(state, { type: 'answer', questionId: q, selected: ['a'], now: T0 + MIN });
    expect(inTime.answers[q]).to.deep.equal(['a']);
    expect(isSubmitted(inTime)).to.equal(false);
  });

  it('non-start actions on no state return it unchanged', () => {
    expect(examReducer(null, { type: 'next' })).to.equal(null);
    expect(examReducer(undefined, { type: 'submit', now: T0 })).to.equal(undefined);
  });

  it('works with a question id named like an Object.prototype member', () => {
    const s: ExamState = {
      ...state,
      questionIds: ['constructor', ...state.questionIds.slice(1)],
      optionOrder: { ...state.optionOrder, constructor: ['a', 'b'] },
    };
    expect(selectionOf(s, 'constructor')).to.deep.equal([]);
    expect(answeredCount(s)).to.equal(0);
    const answered = examReducer(s, { type: 'answer', questionId: 'constructor', selected: ['b'] });
    expect(selectionOf(answered, 'constructor')).to.deep.equal(['b']);
    expect(examReducer(s, { type: 'answer', questionId: 'toString', selected: ['a'] })).to.equal(s);
  });
});

describe('engine/exam-state beginExam', () => {
  let bank: Bank;
  before(async () => {
    bank = await miniBank();
  });
  const exam = () => bank.exams[0]!;

  it('draws by the blueprint with the seed given: the same seed, the same attempt; timed by the blueprint or the override', () => {
    const a = beginExam(bank, exam(), { seed: 7, seen: [], untimed: false, now: T0 });
    const b = beginExam(bank, exam(), { seed: 7, seen: [], untimed: false, now: T0 });
    if (!a.ok || !b.ok) throw new Error('expected attempts');
    expect(a.attempt.questionIds).to.deep.equal(b.attempt.questionIds);
    expect(a.attempt.questionIds).to.have.length(exam().questionCount);
    expect(a.attempt.deadline).to.equal(T0 + exam().durationMinutes * MIN);
    const short = beginExam(bank, exam(), { seed: 7, seen: [], untimed: false, duration: 3, now: T0 });
    expect(short.ok && short.attempt.deadline).to.equal(T0 + 3 * MIN);
    const untimed = beginExam(bank, exam(), { seed: 7, seen: [], untimed: true, now: T0 });
    expect(untimed.ok && untimed.attempt.timed).to.equal(false);
  });

  it('a missing or non-numeric seed draws a random one; a blueprint that cannot be drawn is an error', () => {
    const random = beginExam(bank, exam(), { seed: Number.NaN, seen: [], untimed: false, now: T0 });
    expect(random.ok && Number.isInteger(random.attempt.seed)).to.equal(true);
    const short = { ...bank, questions: bank.questions.slice(0, 2) };
    const failed = beginExam(short, exam(), { seen: [], untimed: false, now: T0 });
    expect(failed.ok).to.equal(false);
    expect(!failed.ok && failed.errors.length).to.be.greaterThan(0);
  });
});
