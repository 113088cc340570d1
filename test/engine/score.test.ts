import { expect } from '@open-wc/testing';
import { isCorrect } from '../../src/engine/score.js';

describe('engine/score isCorrect', () => {
  it('single answer: right only with exactly the key', () => {
    const q = { answer: ['b' as const] };
    expect(isCorrect(q, ['b'])).to.equal(true);
    expect(isCorrect(q, ['a'])).to.equal(false);
    expect(isCorrect(q, [])).to.equal(false);
    expect(isCorrect(q, ['a', 'b'])).to.equal(false);
  });

  it('multiple-select is all-or-nothing, in any order', () => {
    const q = { answer: ['a' as const, 'c' as const] };
    expect(isCorrect(q, ['a', 'c'])).to.equal(true);
    expect(isCorrect(q, ['c', 'a'])).to.equal(true);
    expect(isCorrect(q, ['a'])).to.equal(false);
    expect(isCorrect(q, ['a', 'c', 'd'])).to.equal(false);
    expect(isCorrect(q, ['a', 'b'])).to.equal(false);
  });

  it('repeated ids count once on either side', () => {
    expect(isCorrect({ answer: ['a', 'c'] }, ['a', 'a', 'c'])).to.equal(true);
    expect(isCorrect({ answer: ['a', 'c'] }, ['a', 'a'])).to.equal(false);
    // A key with a repeated id (not a valid bank, but scoring must not be fooled by it).
    expect(isCorrect({ answer: ['a', 'a'] }, ['a', 'b'])).to.equal(false);
    expect(isCorrect({ answer: ['a', 'a'] }, ['a'])).to.equal(true);
  });
});
