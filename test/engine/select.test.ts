import { expect } from '@open-wc/testing';
import type { Bank } from '../../src/bank/schema.js';
import { selectDeck } from '../../src/engine/select.js';
import { miniBank } from '../fixtures/mini-bank.js';

describe('engine/select selectDeck', () => {
  let bank: Bank;
  before(async () => {
    bank = await miniBank();
  });
  const ids = (r: ReturnType<typeof selectDeck>) => (r.ok ? r.questions.map((q) => q.id) : r.errors);

  it('explicit ids come back in the given order', () => {
    expect(ids(selectDeck(bank, { questions: ['ops-q2', 'dev-q1'] }))).to.deep.equal(['ops-q2', 'dev-q1']);
  });

  it('each unknown explicit id is an error naming it', () => {
    const r = selectDeck(bank, { questions: ['dev-q1', 'nope', 'gone'] });
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).to.deep.equal(['questions', 'questions']);
    expect(r.errors[0]!.message).to.contain('"nope"');
    expect(r.errors[1]!.message).to.contain('"gone"');
  });

  it('filters by domain and by objective, keeping the bank order without a seed', () => {
    expect(ids(selectDeck(bank, { domain: 'ops' }))).to.deep.equal(['ops-q1', 'ops-q2', 'ops-q3']);
    expect(ids(selectDeck(bank, { objective: 'dep.t.1' }))).to.deep.equal(['dep-q1', 'dep-q2']);
  });

  it('cuts to count (default 10; at least 1)', () => {
    expect(ids(selectDeck(bank, {}))).to.have.length(9);
    expect(ids(selectDeck(bank, { count: 3 }))).to.deep.equal(['dev-q1', 'dev-q2', 'dev-q3']);
    expect(ids(selectDeck(bank, { count: 0 }))).to.have.length(1);
    expect(ids(selectDeck(bank, { count: Number.NaN }))).to.have.length(9);
  });

  it('shuffles by seed: the same seed gives the same deck, without repeats', () => {
    const a = ids(selectDeck(bank, { seed: 5, count: 9 })) as string[];
    expect(ids(selectDeck(bank, { seed: 5, count: 9 }))).to.deep.equal(a);
    expect(new Set(a).size).to.equal(9);
    const orders = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) => (ids(selectDeck(bank, { seed, count: 9 })) as string[]).join()),
    );
    expect(orders.size).to.be.greaterThan(1);
  });

  it('reports an unknown domain or objective', () => {
    const r = selectDeck(bank, { domain: 'xyz', objective: 'no.such' });
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).to.deep.equal(['domain', 'objective']);
    expect(r.errors[0]!.message).to.contain('dev, ops, dep');
  });

  it('reports an empty selection', () => {
    const r = selectDeck(bank, { domain: 'dev', objective: 'ops.t.1' });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.errors[0]!.message).to.contain('domain "dev" and objective "ops.t.1"');
  });
});
