import { expect } from '@open-wc/testing';
import type { Bank } from '../../src/bank/schema.js';
import { assembleExam } from '../../src/engine/exam.js';
import { createRng, shuffle } from '../../src/engine/random.js';
import { HALF_LIFE_DAYS, MIN_PER_DOMAIN, MIN_TOTAL, assessReadiness } from '../../src/engine/readiness.js';
import { addToRecord, emptyRecord, type RecordedAnswer } from '../../src/engine/record.js';
import { generateBank } from './generated-bank.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 6, 1, 12);

function answer(q: string, c: boolean, t = NOW - DAY): RecordedAnswer {
  return { q, t, s: ['a'], c };
}

function domainOf(bank: Bank, questionId: string): string {
  const q = bank.questions.find((x) => x.id === questionId)!;
  return bank.objectives.find((o) => o.id === q.objective)!.domain;
}

describe('engine/readiness', () => {
  const bank = generateBank();

  it('with no answers: every figure empty, not enough answers, every objective worth studying', () => {
    const r = assessReadiness(bank, emptyRecord('generated'), NOW);
    expect(r.estimate).to.equal(null);
    expect(r.needed.total).to.equal(MIN_TOTAL);
    expect(r.needed.perDomain).to.deep.equal({ dev: MIN_PER_DOMAIN, ops: MIN_PER_DOMAIN, dep: MIN_PER_DOMAIN });
    expect(r.domains.map((d) => [d.id, d.answered, d.total, d.percent])).to.deep.equal([
      ['dev', 0, 60, null],
      ['ops', 0, 60, null],
      ['dep', 0, 29, null],
    ]);
    // With nothing known, the heavier domains' objectives come first.
    expect(r.studyNext[0]!.domain).to.not.equal('dep');
    expect(r.passPercent).to.equal(70);
  });

  it('counts each question once, by its latest answer', () => {
    const id = bank.questions[0]!.id;
    const record = addToRecord(emptyRecord('generated'), [
      answer(id, false, NOW - 3 * DAY),
      answer(id, false, NOW - 2 * DAY),
      answer(id, true, NOW - DAY),
    ]);
    const r = assessReadiness(bank, record, NOW);
    const dev = r.domains.find((d) => d.id === 'dev')!;
    expect([dev.answered, dev.right, dev.percent, dev.lastSeen]).to.deep.equal([1, 1, 100, NOW - DAY]);
  });

  it('one submitted 59-question mock exam (26/26/7) is always enough for an estimate', () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      const draw = assembleExam(bank, undefined, { seed });
      if (!draw.ok) throw new Error('draw failed');
      const rng = createRng(seed);
      // Even an exam left mostly wrong counts: unanswered questions are recorded as wrong answers.
      const record = addToRecord(
        emptyRecord('generated'),
        draw.draw.questionIds.map((q) => answer(q, rng() < 0.3, NOW)),
      );
      const r = assessReadiness(bank, record, NOW);
      expect(r.estimate, `seed ${seed}`).to.not.equal(null);
    }
  });

  it('one answer short of the minimum in a domain says not enough', () => {
    const dep = bank.questions.filter((q) => domainOf(bank, q.id) === 'dep').slice(0, MIN_PER_DOMAIN - 1);
    const others = ['dev', 'ops'].flatMap((d) => bank.questions.filter((q) => domainOf(bank, q.id) === d).slice(0, 30));
    const r = assessReadiness(
      bank,
      addToRecord(
        emptyRecord('generated'),
        [...dep, ...others].map((q) => answer(q.id, true)),
      ),
      NOW,
    );
    expect(r.estimate).to.equal(null);
    expect(r.needed.perDomain).to.deep.equal({ dev: 0, ops: 0, dep: 1 });
  });

  it('weights the estimate by the blueprint and lists the weakest heavy objectives first', () => {
    // Everything answered: dev all right, ops all wrong, dep all right → 44 + 0 + 12 = 56%.
    const record = addToRecord(
      emptyRecord('generated'),
      bank.questions.map((q) => answer(q.id, domainOf(bank, q.id) !== 'ops')),
    );
    const r = assessReadiness(bank, record, NOW);
    expect(r.estimate!.percent).to.be.closeTo(56, 1e-9);
    expect(r.estimate!.low).to.be.below(56);
    expect(r.estimate!.high).to.be.above(56);
    expect(r.estimate!.high - r.estimate!.low).to.be.below(12);
    expect(r.studyNext.slice(0, 3).map((o) => o.domain)).to.deep.equal(['ops', 'ops', 'ops']);
    expect(r.studyNext[0]!.gain).to.be.above(10 * r.studyNext[3]!.gain);
  });

  it('older answers weigh less: the share right follows the recent ones and the interval widens', () => {
    const dev = bank.questions.filter((q) => domainOf(bank, q.id) === 'dev');
    const old = dev.slice(0, 30).map((q) => answer(q.id, false, NOW - 4 * HALF_LIFE_DAYS * DAY));
    const fresh = dev.slice(30, 40).map((q) => answer(q.id, true, NOW));
    const r = assessReadiness(bank, addToRecord(emptyRecord('generated'), [...old, ...fresh]), NOW);
    const d = r.domains.find((x) => x.id === 'dev')!;
    expect(d.answered).to.equal(40);
    expect(d.right).to.equal(10);
    // Unweighted it would be 25%; the old answers weigh 1/16 each.
    expect(d.percent).to.be.closeTo((100 * 10) / (10 + 30 / 16), 1e-9);
    const allFresh = assessReadiness(
      bank,
      addToRecord(
        emptyRecord('generated'),
        dev.slice(0, 40).map((q, i) => answer(q.id, i >= 30, NOW)),
      ),
      NOW,
    );
    const f = allFresh.domains.find((x) => x.id === 'dev')!;
    expect(d.interval!.high - d.interval!.low).to.be.above(0);
    expect(f.percent).to.equal(25);
  });

  it('lists the exam attempts of this exam in order', () => {
    const record = addToRecord(
      emptyRecord('generated'),
      [],
      [
        { examId: 'mock-exam', t: NOW, percent: 80, passed: true, correct: 47, total: 59 },
        { examId: 'other', t: NOW - DAY, percent: 10, passed: false, correct: 6, total: 59 },
        { examId: 'mock-exam', t: NOW - 7 * DAY, percent: 61, passed: false, correct: 36, total: 59 },
      ],
    );
    expect(assessReadiness(bank, record, NOW).attempts.map((a) => a.percent)).to.deep.equal([61, 80]);
  });

  it('simulation: a learner of known per-domain accuracy lands inside the 90% interval about 90% of the time', () => {
    const weights = new Map(bank.domains.map((d) => [d.id, d.weight / 100]));
    const runs = 2000;
    const measure = (mode: 'exam' | 'study') => {
      let covered = 0;
      let estimated = 0;
      let width = 0;
      for (let run = 0; run < runs; run += 1) {
        const rng = createRng(run * 7919 + (mode === 'exam' ? 1 : 2));
        const p = new Map(bank.domains.map((d) => [d.id, 0.35 + 0.6 * rng()]));
        const truth = 100 * [...p].reduce((sum, [id, acc]) => sum + weights.get(id)! * acc, 0);
        let ids: string[];
        let time: () => number;
        if (mode === 'exam') {
          // One mock exam: 26/26/7 drawn by the blueprint, all answered at once.
          const draw = assembleExam(bank, undefined, { seed: run + 1 });
          if (!draw.ok) throw new Error('draw failed');
          ids = draw.draw.questionIds;
          time = () => NOW;
        } else {
          // Eight weeks of study: 30–149 questions sampled through the bank, answered at random times.
          ids = shuffle(bank.questions, rng)
            .slice(0, 30 + Math.floor(rng() * 120))
            .map((q) => q.id);
          time = () => NOW - Math.floor(rng() * 56 * DAY);
        }
        const answers = ids.map((q) => answer(q, rng() < p.get(domainOf(bank, q))!, time()));
        const r = assessReadiness(bank, addToRecord(emptyRecord('generated'), answers), NOW);
        if (!r.estimate) continue;
        estimated += 1;
        width += r.estimate.high - r.estimate.low;
        if (truth >= r.estimate.low && truth <= r.estimate.high) covered += 1;
      }
      return { coverage: covered / estimated, estimated, width: width / estimated };
    };
    const exam = measure('exam');
    const study = measure('study');
    console.log(
      `readiness interval coverage over ${runs} runs (stated 90%): one mock exam ${(100 * exam.coverage).toFixed(1)}% ` +
        `(mean width ${exam.width.toFixed(1)} points, ${exam.estimated} estimated); eight weeks of study ` +
        `${(100 * study.coverage).toFixed(1)}% (mean width ${study.width.toFixed(1)} points, ${study.estimated} estimated)`,
    );
    expect(exam.estimated).to.equal(runs);
    for (const { coverage } of [exam, study]) {
      expect(coverage).to.be.within(0.84, 0.97);
    }
  });
});
