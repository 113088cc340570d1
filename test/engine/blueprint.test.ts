import { expect } from '@open-wc/testing';
import { allocateByWeight } from '../../src/engine/blueprint.js';
import { createRng } from '../../src/engine/random.js';

const real = [
  { id: 'dev', weight: 44 },
  { id: 'ops', weight: 44 },
  { id: 'dep', weight: 12 },
];

describe('engine/blueprint allocateByWeight', () => {
  it('splits 59 at 44/44/12 into 26/26/7', () => {
    expect(allocateByWeight(59, real)).to.deep.equal({ dev: 26, ops: 26, dep: 7 });
  });

  it('gives exact shares when they are whole', () => {
    expect(allocateByWeight(100, real)).to.deep.equal({ dev: 44, ops: 44, dep: 12 });
    expect(allocateByWeight(50, real)).to.deep.equal({ dev: 22, ops: 22, dep: 6 });
  });

  it('gives the leftover seats to the largest remainders', () => {
    // 10 at 50/30/20 is exact; 7 gives 3.5/2.1/1.4 → floors 3/2/1, one left → dev (0.5).
    expect(
      allocateByWeight(7, [
        { id: 'a', weight: 50 },
        { id: 'b', weight: 30 },
        { id: 'c', weight: 20 },
      ]),
    ).to.deep.equal({ a: 4, b: 2, c: 1 });
    // 3 at 15/45/40: 0.45/1.35/1.2 → floors 0/1/1, one left → a (0.45 beats 0.35 and 0.2).
    expect(
      allocateByWeight(3, [
        { id: 'a', weight: 15 },
        { id: 'b', weight: 45 },
        { id: 'c', weight: 40 },
      ]),
    ).to.deep.equal({ a: 1, b: 1, c: 1 });
  });

  it('breaks ties toward the earlier domain', () => {
    expect(
      allocateByWeight(1, [
        { id: 'a', weight: 50 },
        { id: 'b', weight: 50 },
      ]),
    ).to.deep.equal({ a: 1, b: 0 });
    expect(
      allocateByWeight(5, [
        { id: 'a', weight: 50 },
        { id: 'b', weight: 30 },
        { id: 'c', weight: 20 },
      ]),
    ).to.deep.equal({ a: 3, b: 1, c: 1 });
    // Equal remainders from different weights (16.4 and 3.4): floating-point fractions made them differ in the last
    // bit and gave the seat to "c".
    expect(
      allocateByWeight(20, [
        { id: 'a', weight: 1 },
        { id: 'b', weight: 82 },
        { id: 'c', weight: 17 },
      ]),
    ).to.deep.equal({ a: 0, b: 17, c: 3 });
    expect(
      allocateByWeight(2, [
        { id: 'a', weight: 10 },
        { id: 'b', weight: 70 },
        { id: 'c', weight: 20 },
      ]),
    ).to.deep.equal({ a: 0, b: 2, c: 0 });
  });

  it('always sums to the total, never goes negative and stays within one of the exact share, over many random weight sets', () => {
    const rng = createRng(2024);
    for (let round = 0; round < 2000; round += 1) {
      const size = 1 + Math.floor(rng() * 6);
      const domains = Array.from({ length: size }, (_, i) => ({ id: `d${i}`, weight: Math.floor(rng() * 101) }));
      const total = 1 + Math.floor(rng() * 200);
      const weightSum = domains.reduce((s, d) => s + d.weight, 0);
      const out = allocateByWeight(total, domains);
      const sum = Object.values(out).reduce((s, n) => s + n, 0);
      expect(sum, JSON.stringify({ total, domains })).to.equal(weightSum === 0 ? 0 : total);
      for (const d of domains) {
        expect(out[d.id]).to.be.at.least(0);
        if (weightSum > 0) {
          const exact = (total * d.weight) / weightSum;
          expect(out[d.id]! - exact).to.be.within(-1, 1);
          if (d.weight === 0) expect(out[d.id]).to.equal(0);
        }
      }
    }
  });

  it('gives zeros for a zero total, zero weights or no domains', () => {
    expect(allocateByWeight(0, real)).to.deep.equal({ dev: 0, ops: 0, dep: 0 });
    expect(
      allocateByWeight(5, [
        { id: 'a', weight: 0 },
        { id: 'b', weight: 0 },
      ]),
    ).to.deep.equal({ a: 0, b: 0 });
    expect(allocateByWeight(5, [])).to.deep.equal({});
  });

  it('keeps the sum right for odd input: a fractional total, NaN or negative weights', () => {
    const out = allocateByWeight(5.5, [
      { id: 'a', weight: 50 },
      { id: 'b', weight: 50 },
    ]);
    expect(out.a! + out.b!).to.equal(5);
    expect(
      allocateByWeight(4, [
        { id: 'a', weight: Number.NaN },
        { id: 'b', weight: -10 },
        { id: 'c', weight: 10 },
      ]),
    ).to.deep.equal({ a: 0, b: 0, c: 4 });
  });
});
