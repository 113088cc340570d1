import { expect } from '@open-wc/testing';
import { bankIndex, checklistPath, comparisonPath, indexPath, questionPath, splitBank } from '../../src/bank/split.js';
import { miniBank } from '../fixtures/mini-bank.js';

describe('splitBank', () => {
  it('writes an index, one file per question, comparison and checklist, and nothing else', async () => {
    const bank = await miniBank();
    const files = splitBank(bank);
    expect(files.size).to.equal(1 + bank.questions.length + bank.comparisons.length + bank.checklists.length);
    expect(files.get(indexPath)).to.deep.equal(bankIndex(bank));
    for (const q of bank.questions) expect(files.get(questionPath(q.id))).to.equal(q);
    for (const c of bank.comparisons) expect(files.get(comparisonPath(c.id))).to.equal(c);
    for (const c of bank.checklists) expect(files.get(checklistPath(c.id))).to.equal(c);
  });

  it('keeps in the index what drawing, resuming and the start screen need, and no question text', async () => {
    const bank = await miniBank();
    const index = bankIndex(bank);
    expect(index).to.include({ id: bank.id, title: bank.title, version: bank.version });
    expect(index.domains).to.deep.equal(bank.domains);
    expect(index.objectives).to.deep.equal(bank.objectives);
    expect(index.exams).to.deep.equal(bank.exams);
    expect(index.questions).to.deep.equal(
      bank.questions.map((q) => ({ id: q.id, objective: q.objective, options: q.options.map((o) => ({ id: o.id })) })),
    );
    expect(index.comparisons).to.deep.equal(bank.comparisons.map((c) => c.id));
    expect(index.checklists).to.deep.equal(bank.checklists.map((c) => c.id));
    expect(JSON.stringify(index)).not.to.include(bank.questions[0]!.stem);
  });

  it('names files by id, escaped for a URL path', () => {
    expect(questionPath('dev-sparkml-001')).to.equal('q/dev-sparkml-001.json');
    expect(comparisonPath('ray-vs-spark')).to.equal('comparisons/ray-vs-spark.json');
    expect(checklistPath('a b')).to.equal('checklists/a%20b.json');
  });
});
