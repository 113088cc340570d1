import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { Bank } from '../../src/bank/schema.js';
import { clearPageMemory, recordKey } from '../../src/controllers/record-store.js';
import '../../src/elements/ml-review.js';
import type { MlReview } from '../../src/elements/ml-review.js';
import '../../src/elements/ml-progress.js';
import type { MlProgress } from '../../src/elements/ml-progress.js';
import { assessReadiness } from '../../src/engine/readiness.js';
import { addToRecord, emptyRecord, type LearnerRecord } from '../../src/engine/record.js';
import { miniBank, miniBankUrl } from '../fixtures/mini-bank.js';
import { DAY, T0, fakeClock, q, rendered, root, selection, text } from './record-helpers.js';

async function progress(clock = fakeClock(T0 + 7 * DAY), theme: 'light' | 'dark' = 'light'): Promise<MlProgress> {
  const el = await fixture<MlProgress>(
    html`<ml-progress bank=${miniBankUrl} .clock=${clock} theme=${theme}></ml-progress>`,
  );
  await rendered(el, '[part~="readiness"], [role="alert"]');
  return el;
}

/** Every question answered over the first week: dev right, ops wrong, dep right; one exam attempt. */
function studied(bank: Bank): LearnerRecord {
  const domain = (id: string) =>
    bank.objectives.find((o) => o.id === bank.questions.find((x) => x.id === id)!.objective)!.domain;
  const answers = bank.questions.map((question, i) => {
    const right = domain(question.id) !== 'ops';
    return {
      q: question.id,
      t: T0 + i * DAY * 0.5,
      s: selection(bank, question.id, right),
      c: right,
      src: 'quiz' as const,
    };
  });
  return addToRecord(emptyRecord('mini'), answers, [
    { examId: 'mini-exam', t: T0 + 2 * DAY, percent: 40, passed: false, correct: 2, total: 5 },
  ]);
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
    expect(text(el, '[part~="readiness"]')).to.equal(
      `Estimated score ${Math.round(e.percent)}% (${Math.round(e.low)}–${Math.round(e.high)}%)`,
    );
    expect(text(el, '[part~="readiness"]')).to.match(/^Estimated score \d+% \(\d+–\d+%\)$/);
    const ops = [...root(el).querySelectorAll('tr.domain')].find((r) => r.textContent!.includes('Operations'))!;
    expect(ops.textContent!.replace(/\s+/g, ' ')).to.contain('3 / 3').and.contain('0%');
    expect(text(el, '[part~="results"] tbody')).to.contain('40.0% (2 / 5)').and.contain('Failed');
    expect(text(el, 'ol li')).to.contain('ops.t.1');
    await expect(el).to.be.accessible();
  });

  it('at 320 px the tables scroll inside named regions a keyboard can reach, and axe is clean', async () => {
    localStorage.setItem(recordKey('mini'), JSON.stringify(studied(bank)));
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await progress();
      const regions = [...root(el).querySelectorAll<HTMLElement>('.table-wrap')];
      expect(regions).to.have.length(2);
      for (const region of regions) {
        expect(region.getAttribute('role')).to.equal('region');
        expect(region.tabIndex).to.equal(0);
        expect(region.getAttribute('aria-label')).to.not.equal('');
      }
      expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
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

  it("garbage or another bank's file: a visible error, and nothing changed", async () => {
    localStorage.setItem(recordKey('mini'), JSON.stringify(studied(bank)));
    const el = await progress();
    const before = localStorage.getItem(recordKey('mini'));
    await importFile(el, 'not json at all');
    expect(text(el, '[role="alert"]')).to.contain('This file cannot be imported').and.contain('expected a JSON file');
    await importFile(
      el,
      JSON.stringify({ ...emptyRecord('other-bank'), answers: [{ q: 'x', t: T0, s: [], c: true }] }),
    );
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
    const other = addToRecord(emptyRecord('mini'), [
      { q: 'dev-q2', t: T0, s: ['b'], c: true },
      { q: 'dev-q1', t: T0, s: ['a'], c: true },
    ]);
    localStorage.setItem(recordKey('mini'), JSON.stringify(other));
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: recordKey('mini'),
        newValue: JSON.stringify(other),
        storageArea: localStorage,
      }),
    );
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

/** A browser's own localStorage: a second browser shares nothing with the first. */
class BrowserStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

describe('<ml-progress> with a learner over weeks', () => {
  let bank: Bank;
  before(async () => {
    bank = await miniBank();
  });
  afterEach(() => {
    localStorage.clear();
    clearPageMemory();
  });

  /** One review session in `browser` on the clock's day: every question answered, ops ones wrong. */
  async function studyDay(browser: Storage, clock: ReturnType<typeof fakeClock>): Promise<void> {
    const el = await fixture<MlReview>(
      html`<ml-review bank=${miniBankUrl} count="9" .clock=${clock} .storageArea=${() => browser}></ml-review>`,
    );
    await rendered(el, 'fieldset, .summary');
    while (q(el, 'fieldset')) {
      const id = q<HTMLInputElement>(el, 'fieldset input')!.name.replace(/^mlr\d+-/, '');
      const right = !id.startsWith('ops');
      for (const option of selection(bank, id, right)) q<HTMLInputElement>(el, `input[value="${option}"]`)!.click();
      await el.updateComplete;
      q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
      q<HTMLButtonElement>(el, '.actions button')!.click();
      await el.updateComplete;
    }
    el.remove();
  }

  it('studies in one browser for two weeks, exports; another browser imports it and shows the same figures', async function () {
    this.timeout(30_000);
    const first = new BrowserStorage();
    const clock = fakeClock();
    for (const day of [0, 1, 3, 7, 14]) {
      clock.time = T0 + day * DAY + 3600_000;
      await studyDay(first, clock);
    }
    const stored = JSON.parse(first.getItem(recordKey('mini'))!);
    expect(stored.answers.length).to.be.greaterThan(9);
    const inFirst = await fixture<MlProgress>(
      html`<ml-progress bank=${miniBankUrl} .clock=${clock} .storageArea=${() => first}></ml-progress>`,
    );
    await rendered(inFirst, '[part~="readiness"]');
    const figures = text(inFirst, 'table');
    const readiness = text(inFirst, '[part~="readiness"]');
    expect(readiness).to.match(/^Estimated score \d+% \(\d+–\d+%\)$/);
    // The ops questions were always missed: that domain shows 0% and leads "study next".
    expect(text(inFirst, 'ol li')).to.contain('ops.t.1');
    const ops = [...root(inFirst).querySelectorAll('tr.domain')].find((row) =>
      row.textContent!.includes('Operations'),
    )!;
    expect(ops.textContent!.replace(/\s+/g, ' ')).to.contain('3 / 3').and.contain(' 0%');
    const file = await exportFile(inFirst);
    inFirst.remove();

    const second = new BrowserStorage();
    const inSecond = await fixture<MlProgress>(
      html`<ml-progress bank=${miniBankUrl} .clock=${clock} .storageArea=${() => second}></ml-progress>`,
    );
    await rendered(inSecond, '[part~="readiness"]');
    expect(text(inSecond, '[part~="readiness"]')).to.equal('Not enough answers yet');
    await importFile(inSecond, file.body);
    expect(text(inSecond, '[part~="readiness"]')).to.equal(readiness);
    expect(text(inSecond, 'table')).to.equal(figures);
    expect(JSON.parse(second.getItem(recordKey('mini'))!).answers).to.deep.equal(stored.answers);
    expect(localStorage.getItem(recordKey('mini'))).to.equal(null);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible in every state: ${theme}`, async function () {
      // Axe runs five times here.
      this.timeout(40_000);
      const states: Record<string, () => void> = {
        empty: () => {},
        studied: () => localStorage.setItem(recordKey('mini'), JSON.stringify(studied(bank))),
        corrupted: () => localStorage.setItem(recordKey('mini'), '{broken'),
      };
      for (const [name, prepare] of Object.entries(states)) {
        localStorage.clear();
        prepare();
        const el = await progress(fakeClock(T0 + 7 * DAY), theme);
        await expect(el, `${name} ${theme}`).to.be.accessible();
        if (name === 'studied') {
          await importFile(el, '{"format":"ml-quiz-record","version":1,"bankId":"other"}');
          expect(q(el, '[role="alert"]')).to.exist;
          await expect(el, `import error ${theme}`).to.be.accessible();
        }
        el.remove();
      }
      const off = await fixture<MlProgress>(
        html`<ml-progress bank=${miniBankUrl} theme=${theme} .storageArea=${() => null}></ml-progress>`,
      );
      await rendered(off, '[part~="readiness"]');
      expect(text(off, '.notice')).to.contain('cannot be saved');
      await expect(off, `storage off ${theme}`).to.be.accessible();
      off.remove();
    });
  }
});
