import { expect } from '@open-wc/testing';
import type { Bank } from '../../src/bank/schema.js';
import { assembleExam } from '../../src/engine/exam.js';
import { type ExamState, examReducer } from '../../src/engine/exam-state.js';
import {
  Z_90,
  percentOf,
  scoreExam,
  submitDetail,
  wilsonInterval,
  type SubmitDetail,
} from '../../src/engine/results.js';
import type { ExamSubmitDetail } from '../../src/events.js';
import { miniBank } from '../fixtures/mini-bank.js';
import { generateBank, keyOf, wrongOf } from './generated-bank.js';

const MIN = 60_000;
const T0 = Date.UTC(2026, 4, 4, 8, 0, 0);

function started(bank: Bank, seed: number, durationMinutes: number | null = 10): ExamState {
  const result = assembleExam(bank, undefined, { seed });
  if (!result.ok) throw new Error('draw failed');
  return examReducer(null, { type: 'start', bank, draw: result.draw, now: T0, durationMinutes });
}

function answerAll(bank: Bank, state: ExamState, right: (id: string, index: number) => boolean): ExamState {
  return state.questionIds.reduce(
    (s, id, i) =>
      examReducer(s, { type: 'answer', questionId: id, selected: right(id, i) ? keyOf(bank, id) : wrongOf(bank, id) }),
    state,
  );
}

describe('engine/results wilsonInterval', () => {
  const close = (actual: number, expected: number) => expect(actual).to.be.closeTo(expected, 0.0001);

  it('z for 90% is 1.6449', () => {
    close(Z_90, 1.6449);
  });

  it('matches known 90% Wilson intervals', () => {
    const at = (k: number, n: number) => wilsonInterval(k, n);
    // 0/10: [0, z²/(n+z²)] = [0, 21.2942]
    expect(at(0, 10).low).to.equal(0);
    close(at(0, 10).high, 21.2942);
    // 10/10: [78.7058, 100]
    close(at(10, 10).low, 78.7058);
    expect(at(10, 10).high).to.equal(100);
    // 5/10: [26.9272, 73.0728], symmetric around 50
    close(at(5, 10).low, 26.9272);
    close(at(5, 10).high, 73.0728);
    // 7/10, 20/26, 3/7
    close(at(7, 10).low, 44.17);
    close(at(7, 10).high, 87.3123);
    close(at(20, 26).low, 61.2041);
    close(at(20, 26).high, 87.5669);
    close(at(3, 7).low, 18.6443);
    close(at(3, 7).high, 71.0523);
  });

  it('the bounds solve (p̂ − p)² = z² p(1 − p) / n, and contain p̂', () => {
    for (const [k, n] of [
      [1, 3],
      [4, 9],
      [13, 26],
      [6, 7],
      [2, 59],
    ] as const) {
      const { low, high } = wilsonInterval(k, n);
      const phat = k / n;
      for (const bound of [low / 100, high / 100]) {
        expect((phat - bound) ** 2).to.be.closeTo((Z_90 ** 2 * bound * (1 - bound)) / n, 1e-12);
      }
      expect(low / 100).to.be.below(phat);
      expect(high / 100).to.be.above(phat);
    }
  });

  it('narrows with more questions; no questions gives the whole range; other z widens it', () => {
    const small = wilsonInterval(5, 10);
    const large = wilsonInterval(50, 100);
    expect(large.high - large.low).to.be.below(small.high - small.low);
    expect(wilsonInterval(0, 0)).to.deep.equal({ low: 0, high: 100 });
    const z95 = wilsonInterval(5, 10, 1.959964);
    expect(z95.high - z95.low).to.be.above(small.high - small.low);
  });
});

describe('engine/results scoreExam and submitDetail', () => {
  let mini: Bank;
  before(async () => {
    mini = await miniBank();
  });

  it('scores all-or-nothing: percent, passed, per domain with intervals', () => {
    let s = started(mini, 7);
    // Right: the first three in exam order; the rest wrong.
    s = answerAll(mini, s, (_, i) => i < 3);
    const r = scoreExam(s, mini);
    expect(r.correct).to.equal(3);
    expect(r.total).to.equal(5);
    expect(r.percent).to.equal(60);
    expect(r.passPercent).to.equal(60);
    expect(r.passed).to.equal(true); // 60 ≥ 60
    expect(r.unanswered).to.equal(0);
    expect(Object.keys(r.byDomain)).to.deep.equal(['dev', 'ops', 'dep']);
    const totals = Object.values(r.byDomain).map((d) => d.total);
    expect(totals).to.deep.equal([3, 1, 1]);
    expect(Object.values(r.byDomain).reduce((n, d) => n + d.correct, 0)).to.equal(3);
    for (const [id, d] of Object.entries(r.byDomain)) {
      expect(d.percent).to.equal((100 * d.correct) / d.total);
      expect(r.domainIntervals[id]).to.deep.equal(wilsonInterval(d.correct, d.total));
      expect(d).to.have.all.keys('correct', 'total', 'percent');
    }
  });

  it('a multiple-select question with only part of its key scores as wrong', () => {
    const bank = { ...mini, exams: [{ ...mini.exams[0]!, questionCount: 9 }] };
    let s = started(bank, 1);
    s = answerAll(mini, s, () => true);
    expect(scoreExam(s, mini).correct).to.equal(9);
    s = examReducer(s, { type: 'answer', questionId: 'dev-q3', selected: ['a'] }); // key a, c
    const r = scoreExam(s, mini);
    expect(r.correct).to.equal(8);
    expect(r.questions.find((q) => q.questionId === 'dev-q3')).to.deep.include({
      correct: false,
      answered: true,
      selected: ['a'],
    });
  });

  it('fails below the pass mark on the unrounded percent', () => {
    // Pass mark 70: 41/59 = 69.49 % fails (it would round to 69.5 or 70 on screen), 42/59 = 71.19 % passes.
    const bank = generateBank();
    let s = started(bank, 3);
    s = answerAll(bank, s, (_, i) => i < 41);
    const failed = scoreExam(s, bank);
    expect(failed.percent).to.be.closeTo(69.4915, 0.0001);
    expect(failed.passed).to.equal(false);
    s = examReducer(s, { type: 'answer', questionId: s.questionIds[41]!, selected: keyOf(bank, s.questionIds[41]!) });
    expect(scoreExam(s, bank).passed).to.equal(true);
    // 70 exactly passes.
    const ten = generateBank({ exam: { questionCount: 10, passPercent: 70 } });
    const t = answerAll(ten, started(ten, 1), (_, i) => i < 7);
    expect(scoreExam(t, ten).percent).to.equal(70);
    expect(scoreExam(t, ten).passed).to.equal(true);
  });

  it('unanswered questions count as wrong', () => {
    const s = started(mini, 7);
    const r = scoreExam(s, mini);
    expect(r.correct).to.equal(0);
    expect(r.unanswered).to.equal(5);
    expect(r.percent).to.equal(0);
    expect(r.passed).to.equal(false);
  });

  it('lists the weakest objectives first: by percent, then more questions first', () => {
    const bank = generateBank({ objectivesPerDomain: 2 });
    let s = started(bank, 5);
    // Right only in domain dev's objective 1.
    s = answerAll(bank, s, (id) => bank.questions.find((q) => q.id === id)!.objective === 'dev.monitoring.1');
    const r = scoreExam(s, bank);
    const weakest = r.weakestObjectives;
    expect(weakest.map((o) => o.objective).at(-1)).to.equal('dev.monitoring.1');
    expect(weakest.at(-1)!.percent).to.equal(100);
    const zeros = weakest.filter((o) => o.percent === 0);
    expect(zeros).to.have.length(5);
    for (let i = 1; i < zeros.length; i += 1) expect(zeros[i - 1]!.total).to.be.at.least(zeros[i]!.total);
    expect(weakest.reduce((n, o) => n + o.total, 0)).to.equal(59);
    expect(weakest[0]!.domain).to.equal(weakest[0]!.objective.split('.')[0]);
  });

  it('percentOf is 0 for no questions', () => {
    expect(percentOf(0, 0)).to.equal(0);
    expect(percentOf(1, 3)).to.be.closeTo(33.3333, 0.0001);
  });

  it('leaves out questions the bank no longer has', () => {
    const s = started(mini, 7);
    const gone = s.questionIds[0]!;
    const smaller = { ...mini, questions: mini.questions.filter((q) => q.id !== gone) };
    const r = scoreExam(s, smaller);
    expect(r.total).to.equal(4);
    expect(r.questions.map((q) => q.questionId)).to.not.include(gone);
  });

  it('submitDetail is exactly the ml-exam-submit detail of the contract', () => {
    let s = started(mini, 7);
    s = answerAll(mini, s, (_, i) => i !== 1);
    s = examReducer(s, { type: 'answer', questionId: s.questionIds[4]!, selected: [] }); // one unanswered
    s = examReducer(s, { type: 'submit', now: T0 + 4 * MIN + 30_400 });
    const detail = submitDetail(s, mini);
    const typed: ExamSubmitDetail = detail; // the engine's shape is the event's shape …
    const back: SubmitDetail = typed; // … both ways
    expect(back).to.equal(detail);
    expect(Object.keys(detail).sort()).to.deep.equal(
      ['examId', 'percent', 'passed', 'correct', 'total', 'byDomain', 'answers', 'secondsUsed', 'reason'].sort(),
    );
    expect(detail.examId).to.equal('mini-exam');
    expect(detail.correct).to.equal(3);
    expect(detail.total).to.equal(5);
    expect(detail.percent).to.equal(60);
    expect(detail.passed).to.equal(true);
    expect(detail.reason).to.equal('user');
    expect(detail.secondsUsed).to.equal(270);
    expect(Object.keys(detail.answers)).to.deep.equal(s.questionIds);
    expect(detail.answers[s.questionIds[4]!]).to.deep.equal([]);
    expect(detail.answers[s.questionIds[0]!]).to.deep.equal(keyOf(mini, s.questionIds[0]!).sort());
    for (const d of Object.values(detail.byDomain))
      expect(Object.keys(d).sort()).to.deep.equal(['correct', 'percent', 'total']);
    expect(JSON.parse(JSON.stringify(detail))).to.deep.equal(detail);
  });

  it('submitDetail after time ran out: reason time, seconds capped at the limit even after a clock jump', () => {
    const s = examReducer(started(mini, 7), { type: 'expire', now: T0 + 48 * 60 * MIN });
    const detail = submitDetail(s, mini);
    expect(detail.reason).to.equal('time');
    expect(detail.secondsUsed).to.equal(600);
  });

  it('submitDetail of an untimed practice run counts real time; before submission it counts up to `now`', () => {
    const practice = started(mini, 7, null);
    expect(submitDetail(practice, mini, { now: T0 + 3 * 60 * MIN }).secondsUsed).to.equal(3 * 3600);
    expect(submitDetail(practice, mini).secondsUsed).to.equal(0);
    const done = examReducer(practice, { type: 'submit', now: T0 + 90 * MIN });
    expect(submitDetail(done, mini, { now: T0 + 999 * MIN }).secondsUsed).to.equal(5400);
  });

  it('the detail owns its data: changing it does not change the results or the state', () => {
    let s = started(mini, 7);
    s = answerAll(mini, s, () => true);
    const results = scoreExam(s, mini);
    const detail = submitDetail(s, mini, { results });
    detail.answers[s.questionIds[0]!]!.push('z');
    detail.byDomain.dev!.correct = -1;
    expect(results.byDomain.dev!.correct).to.not.equal(-1);
    expect(s.answers[s.questionIds[0]!]).to.not.include('z');
    expect(results.questions[0]!.selected).to.not.include('z');
  });
});
