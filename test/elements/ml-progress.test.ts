import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Bank } from '../../src/bank/schema.js';
import { recordKey } from '../../src/controllers/record-store.js';
import '../../src/elements/ml-progress.js';
import type { MlProgress } from '../../src/elements/ml-progress.js';
import { assessReadiness } from '../../src/engine/readiness.js';
import { addToRecord, emptyRecord, type LearnerRecord } from '../../src/engine/record.js';
import { miniBank, miniBankUrl } from '../fixtures/mini-bank.js';
import { DAY, T0, fakeClock, q, rendered, root, selection, text } from './record-helpers.js';

async function progress(clock = fakeClock(T0 + 7 * DAY), theme: 'light' | 'dark' = 'light'): Promise<MlProgress> {
  const el = await fixture<MlProgress>(html`<ml-progress bank=${miniBankUrl} .clock=${clock} theme=${theme}></ml-progress>`);
  await rendered(el, '[part~="readiness"], [role="alert"]');
  return el;
}

/** Every question answered over the first week: dev right, ops wrong, dep right; one exam attempt. */
function studied(bank: Bank): LearnerRecord {
  const domain = (id: string) => bank.objectives.find((o) => o.id === bank.questions.find((x) => x.id === id)!.objective)!.domain;
  const answers = bank.questions.map((question, i) => {
    const right = domain(question.id) !== 'ops';
    return { q: question.id, t: T0 + i * DAY * 0.5, s: selection(bank, question.id, right), c: right, src: 'quiz' as const };
  });
  return addToRecord(emptyRecord('mini'), answers, [{ examId: 'mini-exam', t: T0 + 2 * DAY, percent: 40, passed: false, correct: 2, total: 5 }]);
}

/** Picks a file in "Import progress" the way the browser does after the file dialog. */
async function importFile(el: MlProgress, content: string): Promise<void> {
  const input = q<HTMLInputElement>(el, 'input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], 'progress.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  // The previous message is cleared at once; wait for that render before waiting for the new one.
  await el.updateComplete;
  await waitUntil(() => text(el, '[role="status"]') || q(el, '[role="alert"]'), 'import finished', { timeout: 3000 });
  await el.updateComplete;
}

/** Clicks "Export progress" and returns the downloaded file's name and text. */
async function exportFile(el: MlProgress): Promise<{ name: string; body: string }> {
  const original = HTMLAnchorElement.prototype.click;
  let link: HTMLAnchorElement | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    link = [this][0];
  };
  try {
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Export progress')!.click();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  return { name: link!.download, body: await (await fetch(link!.href)).text() };
}

describe('<ml-progress>', () => {
  let bank: Bank;
  before(async () => {
    bank = await miniBank();
  });
  afterEach(() => localStorage.clear());

  it('with no answers: "Not enough answers yet", every objective unseen, no attempts; accessible light and dark', async () => {
    const el = await progress();
    expect(text(el, '[part~="readiness"]')).to.equal('Not enough answers yet');
    expect(text(el, '.detail')).to.contain('Answer 9 more questions');
    expect(text(el, 'tbody tr')).to.contain('0 / 4').and.contain('Never');
    expect(text(el, 'h3 + .detail')).to.equal('No exam submitted yet.');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('with enough answers: the estimated score and interval from the readiness model, per domain figures, attempts', async () => {
    const record = studied(bank);
    localStorage.setItem(recordKey('mini'), JSON.stringify(record));
    const clock = fakeClock(T0 + 7 * DAY);
    const el = await progress(clock);
    const model = assessReadiness(bank, record, clock.time);
    const e = model.estimate!;
    expect(text(el, '[part~="readiness"]')).to.equal(`Estimated score ${Math.round(e.percent)}% (${Math.round(e.low)}–${Math.round(e.high)}%)`);
    expect(text(el, '[part~="readiness"]')).to.match(/^Estimated score \d+% \(\d+–\d+%\)$/);
    const ops = [...root(el).querySelectorAll('tr.domain')].find((r) => r.textContent!.includes('Operations'))!;
    expect(ops.textContent!.replace(/\s+/g, ' ')).to.contain('3 / 3').and.contain('0%');
    expect(text(el, '[part~="results"] tbody')).to.contain('40.0% (2 / 5)').and.contain('Failed');
    expect(text(el, 'ol li')).to.contain('ops.t.1');
    await expect(el).to.be.accessible();
  });

  it('export in one page, import in a fresh one: same figures; the same file twice adds nothing', async () => {
    localStorage.setItem(recordKey('mini'), JSON.stringify(studied(bank)));
    const first = await progress();
    const figures = text(first, 'table');
    const readiness = text(first, '[part~="readiness"]');
    const file = await exportFile(first);
    expect(file.name).to.equal('ml-quiz-record-mini-2026-05-11.json');
    expect(JSON.parse(file.body)).to.include({ format: 'ml-quiz-record', version: 1, bankId: 'mini' });
    first.remove();

    localStorage.clear();
    const fresh = await progress();
    expect(text(fresh, '[part~="readiness"]')).to.equal('Not enough answers yet');
    const imported = oneEvent(fresh, 'ml-record-import');
    await importFile(fresh, file.body);
    expect((await imported).detail).to.deep.equal({ added: 9, total: 9 });
    expect(text(fresh, '[part~="readiness"]')).to.equal(readiness);
    expect(text(fresh, 'table')).to.equal(figures);

    const again = oneEvent(fresh, 'ml-record-import');
    await importFile(fresh, file.body);
    expect((await again).detail).to.deep.equal({ added: 0, total: 9 });
    expect(text(fresh, '[role="status"]')).to.equal('0 new answers imported; 9 in the record.');
  });

  it('garbage or another bank\'s file: a visible error, and nothing changed', async () => {
    localStorage.setItem(recordKey('mini'), JSON.stringify(studied(bank)));
    const el = await progress();
    const before = localStorage.getItem(recordKey('mini'));
    await importFile(el, 'not json at all');
    expect(text(el, '[role="alert"]')).to.contain('This file cannot be imported').and.contain('expected a JSON file');
    await importFile(el, JSON.stringify({ ...emptyRecord('other-bank'), answers: [{ q: 'x', t: T0, s: [], c: true }] }));
    expect(text(el, '[role="alert"]')).to.contain('found one of bank "other-bank"');
    expect(localStorage.getItem(recordKey('mini'))).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('follows answers written on the same page and by another tab', async () => {
    const el = await progress();
    const { appendAnswer } = await import('../../src/controllers/record-store.js');
    appendAnswer('mini', { q: 'dev-q1', t: T0, s: ['a'], c: true });
    await el.updateComplete;
    expect(text(el, 'tr.domain')).to.contain('1 / 4');
    const other = addToRecord(emptyRecord('mini'), [{ q: 'dev-q2', t: T0, s: ['b'], c: true }, { q: 'dev-q1', t: T0, s: ['a'], c: true }]);
    localStorage.setItem(recordKey('mini'), JSON.stringify(other));
    window.dispatchEvent(new StorageEvent('storage', { key: recordKey('mini'), newValue: JSON.stringify(other), storageArea: localStorage }));
    await el.updateComplete;
    expect(text(el, 'tr.domain')).to.contain('2 / 4');
  });

  it('a corrupted record: works and says so; an unknown exam id: an error panel', async () => {
    localStorage.setItem(recordKey('mini'), '{broken');
    const el = await progress();
    expect(text(el, '.notice')).to.contain('could not be read');
    const wrong = await fixture<MlProgress>(html`<ml-progress bank=${miniBankUrl} exam="nope"></ml-progress>`);
    await rendered(wrong, '[role="alert"]');
    expect(text(wrong, '[role="alert"]')).to.contain('"nope"');
  });

  it('prints a clean report: the buttons and notices are hidden, the figures stay', async () => {
    localStorage.setItem(recordKey('mini'), JSON.stringify(studied(bank)));
    const el = await progress();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(q(el, '.actions')!).display).to.equal('none');
      expect(getComputedStyle(q(el, 'table')!).display).to.equal('table');
      expect(getComputedStyle(q(el, '[part~="readiness"]')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
