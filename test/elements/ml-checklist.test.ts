import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/ml-bank.js';
import '../../src/elements/ml-checklist.js';
import type { MlChecklist } from '../../src/elements/ml-checklist.js';
import type { ChecklistChangeDetail } from '../../src/events.js';
import { miniBankUrl } from '../fixtures/mini-bank.js';

const KEY = 'ml-quiz:v1:mini:checklist:ready';
const OWN_KEYS = [
  KEY,
  'test-checklist-a',
  'test-checklist-b',
  'test-checklist-shared',
  'ml-quiz:v1:inline:checklist:solo',
];

const $ = <T extends Element = HTMLElement>(el: MlChecklist, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: MlChecklist, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function ready(el: MlChecklist): Promise<MlChecklist> {
  await waitUntil(() => $(el, 'ul.items') || $(el, '[role="alert"]'), 'checklist or error shown', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** A checklist from the mini bank (`ready`: r1 "Know dev", r2 "Know ops", r3 "Book the exam"). */
async function checklist(storageKey?: string): Promise<MlChecklist> {
  return ready(
    await fixture<MlChecklist>(
      storageKey
        ? html`<ml-checklist bank=${miniBankUrl} checklist="ready" storage-key=${storageKey}></ml-checklist>`
        : html`<ml-checklist bank=${miniBankUrl} checklist="ready"></ml-checklist>`,
    ),
  );
}

function box(el: MlChecklist, label: string): HTMLInputElement {
  const found = $$<HTMLLabelElement>(el, 'label').find((l) => text(l) === label);
  if (!found) throw new Error(`no item labelled ${label}`);
  return el.shadowRoot!.getElementById(found.htmlFor) as HTMLInputElement;
}

const checkedLabels = (el: MlChecklist) =>
  $$<HTMLInputElement>(el, 'input[type="checkbox"]:checked').map((i) => text(i.labels![0]!));
const progressText = (el: MlChecklist) => text($(el, '.progress'));
const notices = (el: MlChecklist) => $$(el, '.notice').map(text);

function changes(el: MlChecklist): ChecklistChangeDetail[] {
  const seen: ChecklistChangeDetail[] = [];
  el.addEventListener('ml-checklist-change', (e) => seen.push(e.detail));
  return seen;
}

async function click(el: MlChecklist, label: string): Promise<void> {
  box(el, label).click();
  await el.updateComplete;
}

/** Replaces Storage methods for one test, restoring them afterwards. */
function stubStorage(methods: Partial<Record<'getItem' | 'setItem' | 'removeItem', () => never>>): () => void {
  const originals = new Map<string, unknown>();
  for (const [name, fn] of Object.entries(methods)) {
    originals.set(name, Storage.prototype[name as keyof Storage]);
    Object.defineProperty(Storage.prototype, name, { value: fn, configurable: true, writable: true });
  }
  return () => {
    for (const [name, fn] of originals)
      Object.defineProperty(Storage.prototype, name, { value: fn, configurable: true, writable: true });
  };
}
const quota = (): never => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

describe('<ml-checklist>', () => {
  beforeEach(() => OWN_KEYS.forEach((key) => localStorage.removeItem(key)));
  afterEach(() => OWN_KEYS.forEach((key) => localStorage.removeItem(key)));

  it('shows the items as native checkboxes with a labelled progress bar', async () => {
    const el = await checklist();
    expect(text($(el, 'legend'))).to.equal('Ready list');
    expect($$(el, 'label').map(text)).to.deep.equal(['Know dev', 'Know ops', 'Book the exam']);
    expect($$<HTMLInputElement>(el, 'input').every((i) => i.type === 'checkbox' && !i.checked)).to.equal(true);
    const progress = $<HTMLProgressElement>(el, 'progress')!;
    expect([progress.value, progress.max]).to.deep.equal([0, 3]);
    expect(progressText(el)).to.equal('0 of 3 ready');
    expect(text(el.shadowRoot!.getElementById(progress.getAttribute('aria-labelledby')!))).to.equal('0 of 3 ready');
    await expect(el).to.be.accessible();
  });

  it("shows each item's objectives with their titles from the bank", async () => {
    const el = await checklist();
    const dev = box(el, 'Know dev');
    const description = el.shadowRoot!.getElementById(dev.getAttribute('aria-describedby')!)!;
    // The chip shows the objective's title; its id is in the tooltip.
    const chip = description.querySelector('.chip')!;
    expect(text(chip)).to.equal('Develop things');
    expect(chip.getAttribute('title')).to.equal('dev.t.1: Develop things');
    expect(text(description)).to.not.contain('dev.t.1');
    expect(box(el, 'Book the exam').hasAttribute('aria-describedby')).to.equal(false);
  });

  it('checks items, updates the progress and fires ml-checklist-change on user action only', async () => {
    let early = 0;
    const wrapper = fixtureSync(html`<div @ml-checklist-change=${() => early++}>
      <ml-checklist bank=${miniBankUrl} checklist="ready"></ml-checklist>
    </div>`);
    const el = await ready(wrapper.querySelector('ml-checklist')!);
    expect(early).to.equal(0);
    const seen = changes(el);

    await click(el, 'Know ops');
    expect(seen).to.deep.equal([{ checked: ['r2'], total: 3 }]);
    await click(el, 'Know dev');
    expect(seen[1]).to.deep.equal({ checked: ['r1', 'r2'], total: 3 });
    expect(progressText(el)).to.equal('2 of 3 ready');
    expect($<HTMLProgressElement>(el, 'progress')!.value).to.equal(2);
    await expect(el).to.be.accessible();

    await click(el, 'Know ops');
    expect(seen[2]).to.deep.equal({ checked: ['r1'], total: 3 });
    expect(progressText(el)).to.equal('1 of 3 ready');
  });

  it('works with the keyboard alone', async () => {
    const el = await checklist();
    const seen = changes(el);
    box(el, 'Know dev').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(checkedLabels(el)).to.deep.equal(['Know dev', 'Know ops']);
    expect(seen.map((d) => d.checked)).to.deep.equal([['r1'], ['r1', 'r2']]);
  });

  it('keeps the checked items across a reload', async () => {
    const first = await checklist();
    await click(first, 'Know dev');
    await click(first, 'Book the exam');
    expect(JSON.parse(localStorage.getItem(KEY)!).checked).to.deep.equal(['r1', 'r3']);
    first.remove();

    const again = await checklist();
    expect(checkedLabels(again)).to.deep.equal(['Know dev', 'Book the exam']);
    expect(progressText(again)).to.equal('2 of 3 ready');
    expect(notices(again)).to.deep.equal([]);
  });

  it('starts fresh, quietly noted, when the saved state is corrupted, and saves again', async () => {
    localStorage.setItem(KEY, '{"v":1,"checked":[');
    const el = await checklist();
    expect(checkedLabels(el)).to.deep.equal([]);
    expect(notices(el)).to.deep.equal(['Your saved progress could not be read, so the checklist starts fresh.']);
    await expect(el).to.be.accessible();
    await click(el, 'Know ops');
    expect(JSON.parse(localStorage.getItem(KEY)!).checked).to.deep.equal(['r2']);
  });

  it('treats well-formed JSON of the wrong shape as corrupted', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, checked: 'r1' }));
    const el = await checklist();
    expect(checkedLabels(el)).to.deep.equal([]);
    expect(notices(el)).to.have.length(1);
  });

  it('drops saved item ids the checklist no longer has, and says so', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, checked: ['r2', 'gone-item'] }));
    const el = await checklist();
    expect(checkedLabels(el)).to.deep.equal(['Know ops']);
    expect(progressText(el)).to.equal('1 of 3 ready');
    expect(notices(el)).to.deep.equal([
      'The question bank changed since your last visit; what still applies was kept.',
    ]);
  });

  it('works in memory with a quiet notice when storage throws on every call', async () => {
    const restore = stubStorage({ getItem: quota, setItem: quota, removeItem: quota });
    try {
      const el = await checklist();
      expect(notices(el)).to.deep.equal([
        'Progress cannot be saved in this browser; it is kept until you leave the page.',
      ]);
      const seen = changes(el);
      await click(el, 'Know dev');
      expect(checkedLabels(el)).to.deep.equal(['Know dev']);
      expect(seen).to.deep.equal([{ checked: ['r1'], total: 3 }]);
      expect(progressText(el)).to.equal('1 of 3 ready');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('keeps working when storage is full (setItem throws), and says so before the first tick', async () => {
    const restore = stubStorage({ setItem: quota });
    try {
      const el = await checklist();
      expect(notices(el)).to.deep.equal([
        'Progress cannot be saved in this browser; it is kept until you leave the page.',
      ]);
      await click(el, 'Know dev');
      await click(el, 'Know ops');
      expect(checkedLabels(el)).to.deep.equal(['Know dev', 'Know ops']);
      expect(notices(el)).to.deep.equal([
        'Progress cannot be saved in this browser; it is kept until you leave the page.',
      ]);
    } finally {
      restore();
    }
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('works when localStorage itself cannot be reached', async () => {
    const el = document.createElement('ml-checklist');
    el.storageArea = null;
    el.bank = miniBankUrl;
    el.checklist = 'ready';
    await ready(await fixture<MlChecklist>(el));
    await click(el, 'Know dev');
    expect(checkedLabels(el)).to.deep.equal(['Know dev']);
    expect(notices(el)).to.deep.equal([
      'Progress cannot be saved in this browser; it is kept until you leave the page.',
    ]);
  });

  it('says up front, on an untouched list, that progress cannot be saved when storage is unavailable', async () => {
    const el = document.createElement('ml-checklist');
    el.storageArea = null;
    el.bank = miniBankUrl;
    el.checklist = 'ready';
    await ready(await fixture<MlChecklist>(el));
    expect(checkedLabels(el)).to.deep.equal([]);
    expect(notices(el)).to.deep.equal([
      'Progress cannot be saved in this browser; it is kept until you leave the page.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows no storage notice while storage works, and leaves no trial key behind', async () => {
    const before = localStorage.length;
    const el = await checklist();
    expect(notices(el)).to.deep.equal([]);
    expect(localStorage.length).to.equal(before);
  });

  it('keeps two checklists of the same list on one page in step, and the saved state whole', async () => {
    const wrapper = fixtureSync(html`<div>
      <ml-checklist bank=${miniBankUrl} checklist="ready"></ml-checklist>
      <ml-checklist bank=${miniBankUrl} checklist="ready"></ml-checklist>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('ml-checklist')] as MlChecklist[];
    await ready(a!);
    await ready(b!);
    const seenByB = changes(b!);
    await click(a!, 'Know dev');
    await b!.updateComplete;
    expect(checkedLabels(b!)).to.deep.equal(['Know dev']);
    expect(progressText(b!)).to.equal('1 of 3 ready');
    await click(b!, 'Book the exam');
    await a!.updateComplete;
    expect(checkedLabels(a!)).to.deep.equal(['Know dev', 'Book the exam']);
    // Neither overwrote the other: the saved state has both ticks, so a reload shows both.
    expect(JSON.parse(localStorage.getItem(KEY)!).checked).to.deep.equal(['r1', 'r3']);
    const reloaded = await checklist();
    expect(checkedLabels(reloaded)).to.deep.equal(['Know dev', 'Book the exam']);
    // Only the element the learner used reports the change.
    expect(seenByB).to.deep.equal([{ checked: ['r1', 'r3'], total: 3 }]);

    // A reset in one clears the other.
    $(a!, 'button.reset')!.click();
    await a!.updateComplete;
    $(a!, 'dialog button.confirm')!.click();
    await a!.updateComplete;
    await b!.updateComplete;
    expect(checkedLabels(b!)).to.deep.equal([]);
    expect(progressText(b!)).to.equal('0 of 3 ready');
  });

  it('keeps two checklists with the same key in step when storage is unavailable', async () => {
    const restore = stubStorage({ getItem: quota, setItem: quota, removeItem: quota });
    try {
      const wrapper = fixtureSync(html`<div>
        <ml-checklist bank=${miniBankUrl} checklist="ready" storage-key="test-checklist-shared"></ml-checklist>
        <ml-checklist bank=${miniBankUrl} checklist="ready" storage-key="test-checklist-shared"></ml-checklist>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('ml-checklist')] as MlChecklist[];
      await ready(a!);
      await ready(b!);
      await click(a!, 'Know ops');
      await b!.updateComplete;
      expect(checkedLabels(b!)).to.deep.equal(['Know ops']);
      await click(b!, 'Know dev');
      await a!.updateComplete;
      expect(checkedLabels(a!)).to.deep.equal(['Know dev', 'Know ops']);
    } finally {
      restore();
    }
  });

  it('keeps two instances with different storage keys apart', async () => {
    const wrapper = fixtureSync(html`<div>
      <ml-checklist bank=${miniBankUrl} checklist="ready" storage-key="test-checklist-a"></ml-checklist>
      <ml-checklist bank=${miniBankUrl} checklist="ready" storage-key="test-checklist-b"></ml-checklist>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('ml-checklist')] as MlChecklist[];
    await ready(a!);
    await ready(b!);
    await click(a!, 'Know dev');
    await click(b!, 'Book the exam');
    expect(checkedLabels(a!)).to.deep.equal(['Know dev']);
    expect(checkedLabels(b!)).to.deep.equal(['Book the exam']);
    expect(JSON.parse(localStorage.getItem('test-checklist-a')!).checked).to.deep.equal(['r1']);
    expect(JSON.parse(localStorage.getItem('test-checklist-b')!).checked).to.deep.equal(['r3']);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('follows another tab through the storage event, without firing ml-checklist-change', async () => {
    const wrapper = fixtureSync(html`<div>
      <ml-checklist bank=${miniBankUrl} checklist="ready" storage-key="test-checklist-shared"></ml-checklist>
      <ml-checklist bank=${miniBankUrl} checklist="ready" storage-key="test-checklist-b"></ml-checklist>
    </div>`);
    const [el, other] = [...wrapper.querySelectorAll('ml-checklist')] as MlChecklist[];
    await ready(el!);
    await ready(other!);
    const seen = changes(el!);

    const value = JSON.stringify({ v: 1, checked: ['r2', 'r3'] });
    localStorage.setItem('test-checklist-shared', value);
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'test-checklist-shared', newValue: value, storageArea: localStorage }),
    );
    await el!.updateComplete;
    expect(checkedLabels(el!)).to.deep.equal(['Know ops', 'Book the exam']);
    expect(progressText(el!)).to.equal('2 of 3 ready');
    expect(checkedLabels(other!)).to.deep.equal([]);

    // A corrupted value from the other tab is ignored; a cleared key empties the list.
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'test-checklist-shared', newValue: '{oops', storageArea: localStorage }),
    );
    await el!.updateComplete;
    expect(checkedLabels(el!)).to.deep.equal(['Know ops', 'Book the exam']);
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'test-checklist-shared', newValue: null, storageArea: localStorage }),
    );
    await el!.updateComplete;
    expect(checkedLabels(el!)).to.deep.equal([]);
    expect(seen).to.deep.equal([]);
  });

  it('resets after confirmation in a modal dialog, and Cancel keeps everything', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, checked: ['r1', 'r2'] }));
    const el = await checklist();
    const seen = changes(el);
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(false);

    $(el, 'button.reset')!.click();
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(text(dialog)).to.contain('Clear all progress?');
    expect([...dialog.querySelectorAll('button')].map(text)).to.deep.equal(['Reset', 'Cancel']);
    expect(text(el.shadowRoot!.activeElement)).to.equal('Cancel');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(checkedLabels(el)).to.deep.equal(['Know dev', 'Know ops']);
    expect(seen).to.deep.equal([]);
    expect(text(el.shadowRoot!.activeElement)).to.equal('Reset');

    $(el, 'button.reset')!.click();
    await el.updateComplete;
    dialog.querySelector<HTMLButtonElement>('button.confirm')!.click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(checkedLabels(el)).to.deep.equal([]);
    expect(progressText(el)).to.equal('0 of 3 ready');
    expect(seen).to.deep.equal([{ checked: [], total: 3 }]);
    expect(localStorage.getItem(KEY)).to.equal(null);
    await expect(el).to.be.accessible();

    el.remove();
    const again = await checklist();
    expect(checkedLabels(again)).to.deep.equal([]);
  });

  it('closes the confirmation with Escape without resetting', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, checked: ['r3'] }));
    const el = await checklist();
    $(el, 'button.reset')!.click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$<HTMLDialogElement>(el, 'dialog')!.open, 'dialog closed');
    expect(checkedLabels(el)).to.deep.equal(['Book the exam']);
  });

  it('shows an error panel naming checklists and the id for an unknown id, and fires ml-bank-error', async () => {
    const el = document.createElement('ml-checklist');
    el.bank = miniBankUrl;
    el.checklist = 'no-such-list';
    const failed = oneEvent(el, 'ml-bank-error');
    document.body.append(el);
    try {
      const event = await failed;
      expect(event.detail.errors[0]!.path).to.equal('checklists');
      expect(event.detail.errors[0]!.message).to.contain('"no-such-list"').and.contain('"ready"');
      await el.updateComplete;
      expect(text($(el, '[role="alert"]')))
        .to.contain('checklists')
        .and.contain('no-such-list');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('lays items out compactly: rows, not a card each', async () => {
    const el = await checklist();
    const item = $(el, '.item')!;
    const style = getComputedStyle(item);
    expect(style.borderInlineStartWidth).to.equal('0px');
    expect(parseFloat(style.paddingBlockStart)).to.be.at.most(8);
    // One-line item with no objectives: about one line of text tall.
    const plain = $$(el, '.item').find((li) => text(li) === 'Book the exam')!;
    expect(plain.getBoundingClientRect().height).to.be.below(44);
  });

  it('uses an inline checklist, saved under the inline key', async () => {
    const el = document.createElement('ml-checklist');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      id: 'solo',
      title: 'Solo **list**',
      items: [
        { id: 's1', text: 'Read `docs`', objectives: ['dev.t.1'] },
        { id: 's2', text: '<b>not bold</b>' },
      ],
    });
    el.append(script);
    await ready(await fixture<MlChecklist>(el));
    expect(text($(el, 'legend'))).to.equal('Solo list');
    expect($$(el, 'label').map(text)).to.deep.equal(['Read docs', '<b>not bold</b>']);
    expect(!!$(el, 'label b')).to.equal(false);
    expect(text($(el, '.objectives'))).to.contain('dev.t.1');
    await click(el, 'Read docs');
    expect(JSON.parse(localStorage.getItem('ml-quiz:v1:inline:checklist:solo')!).checked).to.deep.equal(['s1']);
  });

  it('takes the bank from <ml-bank> and defaults to its first checklist', async () => {
    const wrapper = await fixture(html`<ml-bank src=${miniBankUrl}><ml-checklist></ml-checklist></ml-bank>`);
    const el = await ready(wrapper.querySelector('ml-checklist')!);
    expect(text($(el, 'legend'))).to.equal('Ready list');
  });

  it('is usable at 320 px and accessible in dark mode when complete', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      localStorage.setItem(KEY, JSON.stringify({ v: 1, checked: ['r1', 'r2', 'r3'] }));
      const el = await ready(
        await fixture<MlChecklist>(
          html`<ml-checklist theme="dark" bank=${miniBankUrl} checklist="ready"></ml-checklist>`,
        ),
      );
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      expect(progressText(el)).to.equal('3 of 3 ready');
      expect(el.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
