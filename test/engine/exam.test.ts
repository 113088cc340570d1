import { expect } from '@open-wc/testing';
import { parseBank } from '../../src/bank/parse.js';
import type { Bank } from '../../src/bank/schema.js';
import { type ExamDraw, assembleExam, findExam, questionDomains, rememberSeen, toSeed } from '../../src/engine/exam.js';
import { bankIndex } from '../../src/bank/split.js';
import { miniBank } from '../fixtures/mini-bank.js';
import { generateBank } from './generated-bank.js';

function draw(bank: Bank, examId: string | undefined, seed: number, seen?: string[]): ExamDraw {
  const result = assembleExam(bank, examId, { seed, seen });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.draw;
}

function countByDomain(bank: Bank, ids: string[]): Record<string, number> {
  const domainOf = questionDomains(bank);
  const out: Record<string, number> = {};
  for (const id of ids) out[domainOf.get(id)!] = (out[domainOf.get(id)!] ?? 0) + 1;
  return out;
}

describe('engine/exam assembleExam', () => {
  let mini: Bank;
  const big = generateBank();
  before(async () => {
    mini = await miniBank();
  });

  it('the generated bank is a valid bank', () => {
    const result = parseBank(big);
    expect(result.ok, result.ok ? '' : JSON.stringify(result.errors.slice(0, 3))).to.equal(true);
    expect(big.questions[0]!.id).to.have.length('ops-monitoring-012'.length);
  });

  it('draws 59 questions as 26/26/7 at 44/44/12, each question once', () => {
    const d = draw(big, 'mock-exam', 1);
    expect(d.examId).to.equal('mock-exam');
    expect(d.seed).to.equal(1);
    expect(d.questionIds).to.have.length(59);
    expect(new Set(d.questionIds).size).to.equal(59);
    expect(countByDomain(big, d.questionIds)).to.deep.equal({ dev: 26, ops: 26, dep: 7 });
  });

  it('never repeats a question, for many seeds, even when a domain has just enough', () => {
    const tight = generateBank({
      domains: [
        { id: 'dev', weight: 44, count: 26 },
        { id: 'ops', weight: 44, count: 27 },
        { id: 'dep', weight: 12, count: 7 },
      ],
    });
    for (let seed = 0; seed < 50; seed += 1) {
      const d = draw(tight, undefined, seed);
      expect(new Set(d.questionIds).size).to.equal(59);
      expect(countByDomain(tight, d.questionIds)).to.deep.equal({ dev: 26, ops: 26, dep: 7 });
    }
  });

  it('draws the mini exam (5 at 50/30/20 → 3/1/1) and defaults to the first exam', () => {
    const d = draw(mini, undefined, 3);
    expect(d.examId).to.equal('mini-exam');
    expect(countByDomain(mini, d.questionIds)).to.deep.equal({ dev: 3, ops: 1, dep: 1 });
  });

  it('is deterministic: same seed, history and bank give the same exam', () => {
    const seen = ['dev-monitoring-001', 'ops-monitoring-002'];
    expect(draw(big, 'mock-exam', 77, seen)).to.deep.equal(draw(structuredClone(big), 'mock-exam', 77, [...seen]));
    expect(draw(mini, 'mini-exam', 5)).to.deep.equal(draw(mini, 'mini-exam', 5));
  });

  it('another seed gives another question order and another option order', () => {
    const a = draw(big, 'mock-exam', 1);
    const b = draw(big, 'mock-exam', 2);
    expect(a.questionIds).to.not.deep.equal(b.questionIds);
    const common = a.questionIds.filter((id) => b.questionIds.includes(id));
    expect(common.some((id) => a.optionOrder[id]!.join() !== b.optionOrder[id]!.join())).to.equal(true);
  });

  it('shuffles question order across domains, not grouped by domain', () => {
    const d = draw(big, 'mock-exam', 11);
    const domains = questionDomains(big);
    const firstDomains = d.questionIds.slice(0, 10).map((id) => domains.get(id));
    expect(new Set(firstDomains).size).to.be.greaterThan(1);
  });

  it('stores an option order for every drawn question: a permutation of its options, shuffled', () => {
    const mixed = generateBank({ options: 'mixed' });
    const d = draw(mixed, undefined, 9);
    expect(Object.keys(d.optionOrder).sort()).to.deep.equal([...d.questionIds].sort());
    let moved = 0;
    for (const id of d.questionIds) {
      const natural = mixed.questions.find((q) => q.id === id)!.options.map((o) => o.id);
      expect([...d.optionOrder[id]!].sort()).to.deep.equal(natural);
      if (d.optionOrder[id]!.join() !== natural.join()) moved += 1;
    }
    expect(moved).to.be.greaterThan(30);
  });

  it('prefers questions not seen in earlier attempts', () => {
    const first = draw(big, 'mock-exam', 1);
    const second = draw(big, 'mock-exam', 2, first.questionIds);
    // 149 questions: dev 60, ops 60, dep 29. After 26/26/7 seen, each domain still has enough unseen ones.
    expect(second.questionIds.filter((id) => first.questionIds.includes(id))).to.deep.equal([]);
  });

  it('fills from seen questions only where a domain runs short, longest-ago seen first', () => {
    // dep has 10 questions; 7 are needed per exam.
    const bank = generateBank({
      domains: [
        { id: 'dev', weight: 44, count: 80 },
        { id: 'ops', weight: 44, count: 80 },
        { id: 'dep', weight: 12, count: 10 },
      ],
    });
    const a = draw(bank, 'mock-exam', 1);
    const seenA = rememberSeen([], a.questionIds);
    const b = draw(bank, 'mock-exam', 2, seenA);
    const domains = questionDomains(bank);
    const dep = (d: ExamDraw) => d.questionIds.filter((id) => domains.get(id) === 'dep');
    // dev and ops: nothing repeated. dep: the 3 unseen ones, then 4 seen ones.
    const repeated = b.questionIds.filter((id) => a.questionIds.includes(id));
    expect(repeated.every((id) => domains.get(id) === 'dep')).to.equal(true);
    expect(repeated).to.have.length(4);
    const allDep = bank.questions.filter((q) => domains.get(q.id) === 'dep').map((q) => q.id);
    const unseenBefore = allDep.filter((id) => !a.questionIds.includes(id));
    for (const id of unseenBefore) expect(dep(b)).to.include(id);
    // The seen ones taken are the 4 shown longest ago (earliest in the history).
    const depSeenInOrder = seenA.filter((id) => domains.get(id) === 'dep');
    expect([...repeated].sort()).to.deep.equal(depSeenInOrder.slice(0, 4).sort());

    // A third attempt: the dep questions of attempt b are newest, so the rest of attempt a's come first.
    const seenAB = rememberSeen(seenA, b.questionIds);
    const c = draw(bank, 'mock-exam', 3, seenAB);
    const depSeenAB = seenAB.filter((id) => domains.get(id) === 'dep');
    expect([...dep(c)].sort()).to.deep.equal(depSeenAB.slice(0, 7).sort());
  });

  it('ignores seen ids that the bank does not have, and junk in the list', () => {
    const withJunk = draw(big, 'mock-exam', 4, ['nope', 42 as unknown as string]);
    expect(withJunk).to.deep.equal(draw(big, 'mock-exam', 4, []));
  });

  it('an unknown exam id is an issue at `exams` naming the id', () => {
    const r = assembleExam(mini, 'final-exam', { seed: 1 });
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.errors).to.have.length(1);
    expect(r.errors[0]!.path).to.equal('exams');
    expect(r.errors[0]!.message).to.contain('"final-exam"');
    expect(r.errors[0]!.message).to.contain('"mini-exam"');
  });

  it('a bank without exams is an issue at `exams`', () => {
    const r = assembleExam({ ...mini, exams: [] }, undefined, { seed: 1 });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.errors[0]!.path).to.equal('exams');
  });

  it('an exam that cannot be drawn is an issue at `exams[id=…].questionCount`', () => {
    const bank = { ...mini, exams: [{ ...mini.exams[0]!, questionCount: 10 }] };
    // 10 at 50/30/20 → 5/3/2: dev needs 5 and has 4.
    const r = assembleExam(bank, 'mini-exam', { seed: 1 });
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.errors[0]!.path).to.equal('exams[id=mini-exam].questionCount');
    expect(r.errors[0]!.message).to.contain('5 from "dev" (the bank has 4)');
    expect(r.errors[0]!.message).to.not.contain('"ops"');
  });

  it('reduces the seed to 32 bits, so the draw records a seed that redraws it', () => {
    const d = draw(mini, undefined, -1);
    expect(d.seed).to.equal(0xffff_ffff);
    expect(draw(mini, undefined, d.seed)).to.deep.equal(d);
    expect(toSeed(Number.NaN)).to.equal(0);
    expect(toSeed(12.9)).to.equal(12);
  });
});

describe('engine/exam assembleExam from a bank index', () => {
  it('draws the same exam from the index (split.ts) as from the whole bank, with and without history', () => {
    const bank = generateBank({ options: 'mixed' });
    const index = bankIndex(bank);
    for (const seed of [1, 2, 99]) {
      expect(assembleExam(index, undefined, { seed })).to.deep.equal(assembleExam(bank, undefined, { seed }));
    }
    const seen = bank.questions.slice(0, 40).map((q) => q.id);
    expect(assembleExam(index, undefined, { seed: 5, seen })).to.deep.equal(
      assembleExam(bank, undefined, { seed: 5, seen }),
    );
  });
});

describe('engine/exam findExam, rememberSeen', () => {
  it('findExam finds by id, or the first exam', () => {
    const bank = generateBank();
    expect(findExam(bank, 'mock-exam')).to.deep.equal({ ok: true, exam: bank.exams[0] });
    expect(findExam(bank)).to.deep.equal({ ok: true, exam: bank.exams[0] });
    expect(findExam(bank, 'x').ok).to.equal(false);
  });

  it('rememberSeen keeps each id once, ordered by last shown, and drops unknown ids when told', () => {
    expect(rememberSeen(['a', 'b', 'c'], ['b', 'd'])).to.deep.equal(['a', 'c', 'b', 'd']);
    expect(rememberSeen(['a', 'a', 'b'], [])).to.deep.equal(['a', 'b']);
    expect(rememberSeen(['a', 'x', 'b'], ['y', 'c'], new Set(['a', 'b', 'c']))).to.deep.equal(['a', 'b', 'c']);
  });
});
