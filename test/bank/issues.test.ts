import { expect } from '@open-wc/testing';
import { MAX_SHOWN_ID, describeValue, formatPath, isRecord, shortId, valueAt } from '../../src/bank/issues.js';

const bank = {
  id: 'b',
  questions: [
    { id: 'q1', answer: ['a', 'b'], options: [{ id: 'a' }, { text: 'no id' }] },
    { id: '', answer: [] },
    { id: 7 },
    'not an object',
  ],
};

describe('bank/issues', () => {
  describe('formatPath', () => {
    it('writes (root) for the whole input', () => {
      expect(formatPath(bank, [])).to.equal('(root)');
      expect(formatPath(undefined, [])).to.equal('(root)');
    });

    it('names array items by their id, in the contract grammar', () => {
      expect(formatPath(bank, ['questions', 0, 'answer', 0])).to.equal('questions[id=q1].answer[0]');
      expect(formatPath(bank, ['questions', 0, 'options', 0, 'id'])).to.equal('questions[id=q1].options[id=a].id');
    });

    it('falls back to the index for items without a usable id (none, empty, not a string, not an object)', () => {
      expect(formatPath(bank, ['questions', 0, 'options', 1, 'text'])).to.equal('questions[id=q1].options[1].text');
      expect(formatPath(bank, ['questions', 1, 'answer'])).to.equal('questions[1].answer');
      expect(formatPath(bank, ['questions', 2, 'id'])).to.equal('questions[2].id');
      expect(formatPath(bank, ['questions', 3])).to.equal('questions[3]');
      expect(formatPath(bank, ['questions', 99, 'id'])).to.equal('questions[99].id');
    });

    it('keeps going past missing parts, and writes a leading index without a dot', () => {
      expect(formatPath(bank, ['nothing', 'deeper', 2])).to.equal('nothing.deeper[2]');
      expect(formatPath([{ id: 'x' }], [0, 'text'])).to.equal('[id=x].text');
      expect(formatPath({ 0: { id: 'x' } }, [0])).to.equal('[0]');
    });

    it('cuts an over-long id or field name', () => {
      const long = 'q'.repeat(MAX_SHOWN_ID + 1);
      expect(formatPath({ questions: [{ id: long }] }, ['questions', 0])).to.equal(`questions[id=${'q'.repeat(40)}…]`);
      expect(formatPath({}, [long])).to.equal(`${'q'.repeat(40)}…`);
    });
  });

  describe('shortId', () => {
    it('keeps an id up to MAX_SHOWN_ID (128) characters whole and cuts a longer one to 40 and an ellipsis', () => {
      expect(MAX_SHOWN_ID).to.equal(128);
      const max = 'x'.repeat(128);
      expect(shortId(max)).to.equal(max);
      expect(shortId('')).to.equal('');
      const cut = shortId(`${'a'.repeat(40)}${'b'.repeat(89)}`);
      expect(cut).to.equal(`${'a'.repeat(40)}…`);
      expect(cut).to.have.length(41);
    });
  });

  describe('valueAt', () => {
    it('walks objects and arrays', () => {
      expect(valueAt(bank, [])).to.equal(bank);
      expect(valueAt(bank, ['questions', 0, 'answer', 1])).to.equal('b');
      expect(valueAt(bank, ['questions', 0, 'options', 1])).to.deep.equal({ text: 'no id' });
    });

    it('is undefined when the path leaves the input or passes through a non-container', () => {
      expect(valueAt(bank, ['questions', 9, 'id'])).to.equal(undefined);
      expect(valueAt(bank, ['id', 'length'])).to.equal(undefined);
      expect(valueAt(null, ['a'])).to.equal(undefined);
      expect(valueAt(42, [0])).to.equal(undefined);
    });
  });

  describe('describeValue', () => {
    it('says what was found, in words', () => {
      expect(describeValue(undefined)).to.equal('nothing (the field is missing)');
      expect(describeValue(null)).to.equal('null');
      expect(describeValue('abc')).to.equal('"abc"');
      expect(describeValue(3.5)).to.equal('3.5');
      expect(describeValue(false)).to.equal('false');
      expect(describeValue([])).to.equal('a list of 0 items');
      expect(describeValue([1])).to.equal('a list of 1 item');
      expect(describeValue([1, 2])).to.equal('a list of 2 items');
      expect(describeValue({ a: 1 })).to.equal('an object');
      expect(describeValue(() => 1)).to.equal('a function');
      expect(describeValue(10n)).to.equal('a bigint');
    });

    it('shows a long string cut to 40 characters with its length', () => {
      expect(describeValue('x'.repeat(40))).to.equal(JSON.stringify('x'.repeat(40)));
      expect(describeValue('y'.repeat(41))).to.equal(`"${'y'.repeat(40)}…" (41 characters)`);
      expect(describeValue('say "hi"')).to.equal('"say \\"hi\\""');
    });
  });

  describe('isRecord', () => {
    it('is true only for non-null, non-array objects', () => {
      expect(isRecord({})).to.equal(true);
      expect(isRecord(Object.create(null))).to.equal(true);
      expect(isRecord([])).to.equal(false);
      expect(isRecord(null)).to.equal(false);
      expect(isRecord('s')).to.equal(false);
      expect(isRecord(undefined)).to.equal(false);
    });
  });
});
