import { expect } from '@open-wc/testing';
import { mergeBankFiles, mergeOrder } from '../../src/bank/merge.js';

describe('mergeBankFiles', () => {
  it('orders bank.json first, then by name', () => {
    expect(mergeOrder(['q/b.json', 'q/bank.json', 'q/a.json'])).to.deep.equal(['q/bank.json', 'q/a.json', 'q/b.json']);
  });

  it('concatenates arrays and keeps scalars', () => {
    const { merged, errors } = mergeBankFiles([
      { file: 'bank.json', data: { id: 'b', questions: [{ id: 'q1' }] } },
      { file: 'more.json', data: { $schema: 'x', questions: [{ id: 'q2' }] } },
    ]);
    expect(errors).to.deep.equal([]);
    expect(merged).to.deep.equal({ id: 'b', questions: [{ id: 'q1' }, { id: 'q2' }] });
  });

  it('names both files when a scalar is set twice', () => {
    const { errors } = mergeBankFiles([
      { file: 'bank.json', data: { title: 'A' } },
      { file: 'extra.json', data: { title: 'B' } },
    ]);
    expect(errors).to.deep.equal([
      {
        file: 'extra.json',
        path: 'title',
        message: 'expected "title" in one file only, found it in bank.json and extra.json',
      },
    ]);
  });

  it('finds the file an error path points into', () => {
    const merge = mergeBankFiles([
      { file: 'bank.json', data: { id: 'b', questions: [{ id: 'q1' }] } },
      { file: 'more.json', data: { questions: [{ id: 'q2' }, { nope: 1 }] } },
    ]);
    expect(merge.fileOf('questions[id=q2].answer')).to.equal('more.json');
    expect(merge.fileOf('questions[2].id')).to.equal('more.json');
    expect(merge.fileOf('questions[id=q1]')).to.equal('bank.json');
    expect(merge.fileOf('id')).to.equal('bank.json');
  });

  it('finds the file of an over-long id shown cut in a path', () => {
    const long = 'q'.repeat(1000);
    const merge = mergeBankFiles([
      { file: 'bank.json', data: { id: 'b' } },
      { file: 'more.json', data: { questions: [{ id: long }] } },
    ]);
    expect(merge.fileOf(`questions[id=${'q'.repeat(40)}…].answer`)).to.equal('more.json');
  });

  it('keeps "__proto__" and "constructor" keys as plain keys, never as a prototype', () => {
    const { merged, errors } = mergeBankFiles([
      { file: 'bank.json', data: JSON.parse('{"id": "b", "__proto__": {"questions": [1]}, "constructor": [2]}') },
      { file: 'more.json', data: JSON.parse('{"constructor": [3]}') },
    ]);
    expect(errors).to.deep.equal([]);
    expect(Object.keys(merged)).to.deep.equal(['id', '__proto__', 'constructor']);
    expect(merged.constructor).to.deep.equal([2, 3]);
    expect(Object.getPrototypeOf(merged)).to.equal(null);
    expect((merged as { questions?: unknown }).questions).to.equal(undefined);
  });
});
