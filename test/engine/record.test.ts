import { expect } from '@open-wc/testing';
import {
  MAX_ANSWERS,
  MAX_ANSWERS_PER_QUESTION,
  addToRecord,
  emptyRecord,
  mergeRecords,
  readRecord,
  type RecordedAnswer,
} from '../../src/engine/record.js';

const T0 = Date.UTC(2026, 4, 4, 8, 0, 0);
const a = (q: string, t: number, c = true, s = ['a']): RecordedAnswer => ({ q, t, s, c });

describe('engine/record', () => {
  it('reads back what it writes, sorted oldest first', () => {
    const record = addToRecord(
      emptyRecord('b1'),
      [a('q2', T0 + 5), a('q1', T0)],
      [{ examId: 'e', t: T0, percent: 70, passed: true, correct: 7, total: 10 }],
    );
    const read = readRecord(JSON.parse(JSON.stringify(record)), 'b1');
    expect(read.ok).to.equal(true);
    if (!read.ok) return;
    expect(read.record.answers.map((x) => x.q)).to.deep.equal(['q1', 'q2']);
    expect(read.record.exams).to.have.length(1);
    expect(read.dropped).to.equal(0);
  });

  it('refuses garbage, another format or version, and another bank, with a message, never throwing', () => {
    const cases: [unknown, RegExp][] = [
      [null, /found null/],
      ['hello', /found text/],
      [[1, 2], /found a list/],
      [{ format: 'other', version: 1, bankId: 'b1', answers: [] }, /"format": "ml-quiz-record"/],
      [{ format: 'ml-quiz-record', version: 2, bankId: 'b1', answers: [] }, /"version": 1, found 2/],
      [{ format: 'ml-quiz-record', version: 1, answers: [] }, /bankId/],
      [{ format: 'ml-quiz-record', version: 1, bankId: 'other', answers: [] }, /bank "b1", found one of bank "other"/],
      [{ format: 'ml-quiz-record', version: 1, bankId: 'b1', answers: {} }, /"answers" to be a list/],
    ];
    for (const [input, message] of cases) {
      const read = readRecord(input, 'b1');
      expect(read.ok, JSON.stringify(input)).to.equal(false);
      if (!read.ok) expect(read.problem).to.match(message);
    }
  });

  it('drops malformed entries, counting and naming them', () => {
    const read = readRecord(
      {
        format: 'ml-quiz-record',
        version: 1,
        bankId: 'b1',
        answers: [
          a('q1', T0),
          { q: 'q2', t: 'yesterday', s: [], c: true },
          { q: 'q3', t: T0, s: [1], c: false },
          { q: 'q4', t: T0, s: [], c: true, src: 'tv' },
        ],
        exams: [{ examId: 'e', t: T0, percent: 140, passed: true, correct: 1, total: 1 }],
      },
      'b1',
    );
    expect(read.ok).to.equal(true);
    if (!read.ok) return;
    expect(read.record.answers).to.have.length(1);
    expect(read.dropped).to.equal(4);
    expect(read.problems[0]).to.equal('answers[1]: expected { q, t, s, c }');
    expect(read.problems[3]).to.match(/^exams\[0\]/);
  });

  it('merges without losing either side; the same file twice adds nothing', () => {
    const mine = addToRecord(emptyRecord('b1'), [a('q1', T0), a('q2', T0 + 1000, false)]);
    const theirs = addToRecord(emptyRecord('b1'), [a('q1', T0), a('q3', T0 + 2000), a('q1', T0, true, ['b'])]);
    const once = mergeRecords(mine, theirs);
    expect(once.added).to.equal(2);
    expect(once.record.answers).to.have.length(4);
    const twice = mergeRecords(once.record, theirs);
    expect(twice.added).to.equal(0);
    expect(twice.record).to.deep.equal(once.record);
    // Selection order does not make a different answer.
    expect(
      mergeRecords(
        once.record,
        addToRecord(emptyRecord('b1'), [a('q9', T0, true, ['b', 'a']), a('q9', T0, true, ['a', 'b'])]),
      ).added,
    ).to.equal(1);
  });

  it('keeps the newest answers per question and overall at the bound', () => {
    const many = Array.from({ length: MAX_ANSWERS_PER_QUESTION + 5 }, (_, i) => a('q1', T0 + i * 1000, i % 2 === 0));
    const record = addToRecord(emptyRecord('b1'), many);
    expect(record.answers).to.have.length(MAX_ANSWERS_PER_QUESTION);
    expect(record.answers[0]!.t).to.equal(T0 + 5000);
    const spread = Array.from({ length: MAX_ANSWERS + 100 }, (_, i) => a(`q${i}`, T0 + i));
    const big = addToRecord(emptyRecord('b1'), spread);
    expect(big.answers).to.have.length(MAX_ANSWERS);
    expect(big.answers[0]!.q).to.equal('q100');
    expect(JSON.stringify(big).length).to.be.below(400_000);
  });
});
