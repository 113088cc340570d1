import { expect } from '@open-wc/testing';
import { createRng, randomSeed, shuffle } from '../../src/engine/random.js';

describe('engine/random', () => {
  it('createRng gives the same sequence for the same seed, and another for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 20 }, () => a());
    const seqB = Array.from({ length: 20 }, () => b());
    const seqC = Array.from({ length: 20 }, () => c());
    expect(seqA).to.deep.equal(seqB);
    expect(seqA).to.not.deep.equal(seqC);
  });

  it('createRng returns numbers in [0, 1) spread over the range', () => {
    const rng = createRng(7);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i += 1) {
      const x = rng();
      expect(x).to.be.at.least(0);
      expect(x).to.be.below(1);
      buckets[Math.floor(x * 10)] += 1;
    }
    for (const count of buckets) expect(count).to.be.within(850, 1150);
  });

  it('createRng treats seeds modulo 2^32 (negative and large seeds work)', () => {
    expect(createRng(-1)()).to.equal(createRng(0xffff_ffff)());
    expect(createRng(2 ** 32 + 5)()).to.equal(createRng(5)());
  });

  it('shuffle returns a new permutation and leaves the input alone', () => {
    const items = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8]);
    const out = shuffle(items, createRng(1));
    expect(out).to.not.equal(items);
    expect([...out].sort()).to.deep.equal([...items]);
    expect(out).to.not.deep.equal([...items]);
    expect(shuffle(items, createRng(1))).to.deep.equal(out);
  });

  it('shuffle reaches every permutation of three items about equally often', () => {
    const rng = createRng(99);
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i += 1) {
      const key = shuffle(['a', 'b', 'c'], rng).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).to.equal(6);
    for (const count of counts.values()) expect(count).to.be.within(850, 1150);
  });

  it('shuffle handles empty and one-item lists', () => {
    expect(shuffle([], createRng(1))).to.deep.equal([]);
    expect(shuffle(['x'], createRng(1))).to.deep.equal(['x']);
  });

  it('randomSeed gives 32-bit unsigned integers that vary', () => {
    const seeds = Array.from({ length: 20 }, () => randomSeed());
    for (const s of seeds) {
      expect(Number.isInteger(s)).to.equal(true);
      expect(s).to.be.within(0, 0xffff_ffff);
    }
    expect(new Set(seeds).size).to.be.greaterThan(15);
  });
});
