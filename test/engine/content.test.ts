import { expect } from '@open-wc/testing';
import type { Bank, Question } from '../../src/bank/schema.js';
import { type ContentRequest, type Resolution, bankMeta, findById, resolveContent } from '../../src/engine/content.js';
import { miniBank } from '../fixtures/mini-bank.js';

describe('engine/content resolveContent', () => {
  let bank: Bank;
  before(async () => {
    bank = await miniBank();
  });
  const from = (request: ContentRequest) => resolveContent({ kind: 'bank', bank }, request);
  const ids = (r: Resolution) => (r.ok ? r.content.questions.map((q) => q.id) : r.errors);

  it('a question request gives exactly that question and the bank meta, without its content arrays', () => {
    const r = from({ kind: 'question', id: 'ops-q2' });
    expect(ids(r)).to.deep.equal(['ops-q2']);
    if (!r.ok) return;
    expect(r.content.bank).to.deep.equal(bankMeta(bank));
    expect(r.content.bank).to.not.have.property('questions');
  });

  it('an unknown question id is an issue at "question" naming the bank and the id', () => {
    expect(from({ kind: 'question', id: 'nope' })).to.deep.equal({
      ok: false,
      errors: [{ path: 'question', message: 'expected a question id of bank "mini", found "nope"' }],
    });
  });

  it('ids named like Object.prototype members are ordinary unknown ids', () => {
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(from({ kind: 'question', id }).ok, id).to.equal(false);
      expect(from({ kind: 'comparison', id }).ok, id).to.equal(false);
      expect(from({ kind: 'exam', examId: id }).ok, id).to.equal(false);
    }
  });

  it('a deck request applies the deck selection (domain, count)', () => {
    expect(ids(from({ kind: 'deck', query: { domain: 'ops', count: 2 } }))).to.deep.equal(['ops-q1', 'ops-q2']);
    expect(ids(from({ kind: 'deck', query: { questions: ['dep-q2', 'dev-q1'] } }))).to.deep.equal(['dep-q2', 'dev-q1']);
  });

  it('an exam request finds the exam (the first by default) and, given ids, resolves exactly those in order', () => {
    const all = from({ kind: 'exam' });
    expect(all.ok && all.content.exam?.id).to.equal('mini-exam');
    const drawn = from({ kind: 'exam', examId: 'mini-exam', questionIds: ['dep-q1', 'dev-q3'] });
    expect(ids(drawn)).to.deep.equal(['dep-q1', 'dev-q3']);
    const gone = from({ kind: 'exam', questionIds: ['dev-q1', 'gone'] });
    expect(gone.ok).to.equal(false);
    expect(JSON.stringify(ids(gone))).to.contain('gone');
    const unknown = from({ kind: 'exam', examId: 'final' });
    expect(unknown.ok ? '' : unknown.errors[0]!.path).to.equal('exams');
  });

  it("comparison and checklist requests take the id, or the bank's first; a missing one lists the known ids", () => {
    const c = from({ kind: 'comparison' });
    expect(c.ok && c.content.comparison?.id).to.equal('x-vs-y');
    const l = from({ kind: 'checklist', id: ' ready ' });
    expect(l.ok && l.content.checklist?.id).to.equal('ready');
    const missing = from({ kind: 'checklist', id: 'other' });
    expect(missing).to.deep.equal({
      ok: false,
      errors: [
        { path: 'checklists', message: 'expected the id of a checklist in bank "mini" ("ready"), found "other"' },
      ],
    });
    const none = resolveContent({ kind: 'bank', bank: { ...bank, comparisons: [] } }, { kind: 'comparison' });
    expect(none.ok ? '' : none.errors[0]!.message).to.equal(
      'expected at least one comparison in bank "mini", found none',
    );
  });

  it('inline questions: a deck is the list as written, a question is found by id; no bank meta', () => {
    const list = bank.questions.slice(0, 3) as Question[];
    const deck = resolveContent({ kind: 'questions', questions: list }, { kind: 'deck', query: { count: 1 } });
    expect(ids(deck)).to.deep.equal(['dev-q1', 'dev-q2', 'dev-q3']);
    expect(deck.ok && deck.content.bank).to.equal(null);
    expect(
      ids(resolveContent({ kind: 'questions', questions: list }, { kind: 'question', id: 'dev-q2' })),
    ).to.deep.equal(['dev-q2']);
    const miss = resolveContent({ kind: 'questions', questions: list }, { kind: 'question', id: 'x' });
    expect(miss.ok ? '' : miss.errors[0]!.message).to.equal('expected the id of an inline question, found "x"');
  });

  it('inline content of another kind than asked is an issue naming both', () => {
    const r = resolveContent({ kind: 'comparison', comparison: bank.comparisons![0]! }, { kind: 'checklist' });
    expect(r).to.deep.equal({
      ok: false,
      errors: [{ path: '(root)', message: 'expected a checklist or a bank in the inline JSON, found a comparison' }],
    });
    const exam = resolveContent({ kind: 'questions', questions: bank.questions }, { kind: 'exam' });
    expect(exam.ok ? '' : exam.errors[0]!.message).to.equal(
      'expected a bank in the inline JSON, found a list of questions',
    );
  });

  it('findById reads items by their id field only', () => {
    const items = [{ id: 'constructor' }, { id: 'a' }];
    expect(findById(items, 'constructor')).to.equal(items[0]);
    expect(findById(items, 'toString')).to.equal(undefined);
    expect(findById(undefined, 'a')).to.equal(undefined);
  });
});
