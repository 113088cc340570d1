import { expect } from '@open-wc/testing';
import type { Bank } from '../../src/bank/schema.js';
import { examMinutes } from '../../src/engine/deadline.js';
import { assembleExam } from '../../src/engine/exam.js';
import { examReducer, selectionOf, startExam } from '../../src/engine/exam-state.js';
import { scoreExam, secondsUsed, submitDetail } from '../../src/engine/results.js';
import { isOlderCopy, readSavedExam, savedExam } from '../../src/engine/saved-exam.js';
import { compactState } from '../../src/engine/serialize.js';
import { lmsResult } from '../../src/lms/result.js';
import { miniBank } from '../fixtures/mini-bank.js';

const T0 = Date.UTC(2026, 2, 1, 12, 0, 0);

describe('engine/saved-exam, one duration rule, lms/result', () => {
  let bank: Bank;
  before(async () => {
    bank = await miniBank();
  });
  const attempt = () => {
    const drawn = assembleExam(bank, null, { seed: 5 });
    if (!drawn.ok) throw new Error('draw failed');
    return startExam({ bank, draw: drawn.draw, now: T0, durationMinutes: 10 });
  };

  it('reads back what savedExam wrote, with the seen ids', () => {
    const state = examReducer(attempt(), {
      type: 'answer',
      questionId: attempt().questionIds[0]!,
      selected: ['a'],
      now: T0 + 1000,
    });
    const stored = JSON.parse(JSON.stringify(savedExam(state, ['dev-q1'])));
    const read = readSavedExam({ status: 'ok', state: stored }, null, bank, 'mini-exam');
    expect(read.found).to.equal(true);
    expect(read.note).to.equal(undefined);
    expect(read.seen).to.deep.equal(['dev-q1']);
    expect(selectionOf(read.attempt!, state.questionIds[0]!)).to.deep.equal(['a']);
  });

  it('the LMS copy wins over local storage; another exam or a corrupt copy is outdated', () => {
    const local = savedExam(attempt(), []);
    const fromLms = examReducer(attempt(), { type: 'goto', index: 2 });
    const read = readSavedExam({ status: 'ok', state: local }, compactState(fromLms, bank), bank, 'mini-exam');
    expect(read.attempt!.current).to.equal(2);
    expect(readSavedExam({ status: 'ok', state: local }, null, bank, 'other-exam')).to.deep.include({
      found: true,
      note: 'outdated',
    });
    expect(readSavedExam({ status: 'corrupt' }, null, bank, 'mini-exam')).to.deep.equal({
      seen: [],
      found: false,
      note: 'outdated',
    });
    expect(readSavedExam({ status: 'empty' }, null, bank, 'mini-exam')).to.deep.equal({ seen: [], found: false });
  });

  it('a saved attempt that lost a question is kept partly', () => {
    const state = attempt();
    const smaller = { ...bank, questions: bank.questions.filter((q) => q.id !== state.questionIds[0]) };
    const read = readSavedExam({ status: 'ok', state: savedExam(state, []) }, null, smaller, 'mini-exam');
    expect(read.note).to.equal('partial');
    expect(read.attempt!.questionIds).to.have.length(state.questionIds.length - 1);
  });

  it('examMinutes: a positive override wins; anything else falls back to the blueprint', () => {
    expect(examMinutes(30, 90)).to.equal(30);
    for (const none of [undefined, null, 0, -5, Number.NaN]) expect(examMinutes(none, 90), String(none)).to.equal(90);
  });

  it('secondsUsed is what the submit detail reports, capped at the time limit', () => {
    const late = examReducer(attempt(), { type: 'submit', now: T0 + 25 * 60_000, reason: 'user' });
    expect(secondsUsed(late)).to.equal(600);
    expect(submitDetail(late, bank).secondsUsed).to.equal(secondsUsed(late));
    const early = examReducer(attempt(), { type: 'submit', now: T0 + 61_400, reason: 'user' });
    expect(secondsUsed(early)).to.equal(61);
  });

  it('lmsResult: score, pass, time and one interaction per question with its key and objective', () => {
    let state = attempt();
    const first = state.questionIds[0]!;
    state = examReducer(state, {
      type: 'answer',
      questionId: first,
      selected: [...bank.questions.find((q) => q.id === first)!.answer],
      now: T0,
    });
    state = examReducer(state, { type: 'submit', now: T0 + 90_000, reason: 'user' });
    const results = scoreExam(state, bank);
    const result = lmsResult(results, submitDetail(state, bank, { results }), (id) =>
      bank.questions.find((q) => q.id === id),
    );
    expect(result.percent).to.equal(20);
    expect(result.passed).to.equal(false);
    expect(result.secondsUsed).to.equal(90);
    expect(result.interactions.map((i) => i.id)).to.deep.equal(state.questionIds);
    const answered = result.interactions[0]!;
    expect(answered.correct).to.equal(true);
    expect(answered.learnerResponse).to.deep.equal(answered.correctResponse);
    expect(answered.objectiveId).to.equal(bank.questions.find((q) => q.id === first)!.objective);
    expect(result.interactions[1]!.learnerResponse).to.deep.equal([]);
  });
});

describe('engine/saved-exam isOlderCopy', () => {
  it('is true only for an unsubmitted copy of the attempt already submitted here', async () => {
    const bank = await miniBank();
    const drawn = assembleExam(bank, undefined, { seed: 3, seen: [] });
    if (!drawn.ok) throw new Error('draw failed');
    const started = startExam({ bank, draw: drawn.draw, now: 1000, durationMinutes: 10 });
    const submitted = examReducer(started, { type: 'submit', now: 2000 })!;
    expect(isOlderCopy(started, submitted)).to.equal(true);
    expect(isOlderCopy(submitted, started), 'a submitted copy is newer').to.equal(false);
    expect(isOlderCopy(started, started), 'nothing submitted here').to.equal(false);
    const another = startExam({ bank, draw: drawn.draw, now: 5000, durationMinutes: 10 });
    expect(isOlderCopy(another, submitted), 'another attempt').to.equal(false);
    expect(isOlderCopy(null, submitted)).to.equal(false);
  });
});
