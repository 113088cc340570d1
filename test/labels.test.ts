import { expect } from '@open-wc/testing';
import { cardLabels, format as cardFormat } from '../src/labels-card.js';
import { defaultLabels, format } from '../src/labels.js';

describe('labels (labels.ts, labels-card.ts)', () => {
  describe('format', () => {
    it('fills each {name} placeholder, numbers as text', () => {
      expect(format(defaultLabels.progress, { current: 3, total: 10 })).to.equal('3 of 10');
      expect(format(defaultLabels.selectN, { n: 2 })).to.equal('Select 2.');
      expect(format('{a}-{b}', { a: 0, b: -1.5 })).to.equal('0--1.5');
      expect(format('{name}', { name: 'x' })).to.equal('x');
    });

    it('fills a repeated placeholder every time it appears', () => {
      expect(format('{n} and {n} and {n}', { n: 4 })).to.equal('4 and 4 and 4');
    });

    it('leaves a placeholder without a value as written (visible, not "undefined")', () => {
      expect(format('{current} of {total}', { current: 1 })).to.equal('1 of {total}');
      expect(format('Select {n}.', {})).to.equal('Select {n}.');
      // Only own values count: names inherited from Object.prototype are missing too.
      expect(format('{toString} {constructor}', {})).to.equal('{toString} {constructor}');
    });

    it('puts values in literally (no second pass, no $-patterns) and ignores what is not a {word}', () => {
      expect(format('{a}', { a: '{b}', b: 'no' })).to.equal('{b}');
      expect(format('{a}', { a: '$& $1 $$' })).to.equal('$& $1 $$');
      expect(format('{} { a } {a-b} {{a}}', { a: 'A' })).to.equal('{} { a } {a-b} {A}');
      expect(format('no placeholders', { a: 1 })).to.equal('no placeholders');
    });

    it('is one function, whichever module it is imported from', () => {
      expect(format).to.equal(cardFormat);
    });
  });

  describe('texts', () => {
    it("the card's labels are defaultLabels' own, with the same texts (one source of truth)", () => {
      const keys = Object.keys(cardLabels) as (keyof typeof cardLabels)[];
      expect(keys.length).to.be.greaterThan(0);
      for (const key of keys) {
        expect(Object.hasOwn(defaultLabels, key), key).to.equal(true);
        expect(defaultLabels[key], key).to.equal(cardLabels[key]);
      }
      expect(Object.keys(defaultLabels).length).to.be.greaterThan(keys.length);
    });

    it('every default text is non-empty and its braces are only {word} placeholders', () => {
      for (const [key, text] of Object.entries(defaultLabels)) {
        expect(text, key).to.be.a('string');
        expect(text.trim(), key).to.not.equal('');
        expect(text.replace(/\{\w+\}/g, ''), key).to.not.match(/[{}]/);
      }
    });

    it('the texts with placeholders name the values the elements pass', () => {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(defaultLabels.progress)).to.deep.equal(['current', 'total']);
      expect(names(defaultLabels.questionProgress)).to.deep.equal(['current', 'total']);
      expect(names(defaultLabels.score)).to.deep.equal(['correct', 'total']);
      expect(names(defaultLabels.checklistProgress)).to.deep.equal(['checked', 'total']);
      expect(names(defaultLabels.resetDeckClears)).to.deep.equal(['answered', 'total']);
      expect(names(defaultLabels.estimatedScore)).to.deep.equal(['high', 'low', 'percent']);
      expect(names(defaultLabels.durationMinutes)).to.deep.equal(['m', 'ss']);
      expect(names(defaultLabels.durationHours)).to.deep.equal(['h', 'mm']);
      expect(names(defaultLabels.moreErrors)).to.deep.equal(['n']);
      expect(names(defaultLabels.minutesLeft)).to.deep.equal(['minutes']);
      expect(names(defaultLabels.minuteLeft)).to.deep.equal(['minutes']);
      expect(format(defaultLabels.score, { correct: 7, total: 9 })).to.equal('7 of 9 correct');
    });
  });
});
