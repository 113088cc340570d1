import { expect } from '@open-wc/testing';
import { emptyRecord, ownValue, withEntry } from '../../src/engine/records.js';

describe('engine/records', () => {
  it('ownValue never reads Object.prototype', () => {
    const plain: Record<string, number> = { a: 1 };
    expect(ownValue(plain, 'a')).to.equal(1);
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(ownValue(plain, key), key).to.equal(undefined);
  });

  it('withEntry adds __proto__ as an entry (not a prototype), copies, and removes on undefined', () => {
    const start = { a: 1 };
    const added = withEntry<number>(start, '__proto__', 2);
    expect(Object.getPrototypeOf(added)).to.equal(null);
    expect(ownValue(added, '__proto__')).to.equal(2);
    expect(Object.keys(added).sort()).to.deep.equal(['__proto__', 'a']);
    expect(JSON.parse(JSON.stringify(added))).to.deep.equal(JSON.parse('{"a":1,"__proto__":2}'));
    expect(start).to.deep.equal({ a: 1 });
    expect(Object.keys(withEntry<number>(added, 'a', undefined))).to.deep.equal(['__proto__']);
    expect(Object.keys(emptyRecord())).to.deep.equal([]);
  });
});
