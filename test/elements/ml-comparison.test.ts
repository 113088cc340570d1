import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/ml-bank.js';
import '../../src/elements/ml-comparison.js';
import type { MlComparison } from '../../src/elements/ml-comparison.js';
import type { AnswerDetail } from '../../src/events.js';
import { miniBankUrl } from '../fixtures/mini-bank.js';

const $ = <T extends Element = HTMLElement>(el: MlComparison, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: MlComparison, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The text of the focused element inside the shadow root (strings keep failure messages readable). */
const focused = (el: MlComparison) => text(el.shadowRoot!.activeElement);
const visible = (node: Element | null) =>
  !!node && getComputedStyle(node).display !== 'none' && (node as HTMLElement).offsetParent !== null;

async function ready(el: MlComparison): Promise<MlComparison> {
  await waitUntil(() => $(el, 'table') || $(el, '[role="alert"]'), 'comparison or error shown', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function comparison(id = 'x-vs-y'): Promise<MlComparison> {
  return ready(await fixture<MlComparison>(html`<ml-comparison bank=${miniBankUrl} comparison=${id}></ml-comparison>`));
}

/** An element whose content is an inline `<script type="application/json">` child. */
async function inlineFixture(content: unknown): Promise<MlComparison> {
  const el = document.createElement('ml-comparison');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(content);
  el.append(script);
  return fixture<MlComparison>(el);
}

function choice(el: MlComparison, name: string): HTMLButtonElement {
  const button = $$<HTMLButtonElement>(el, 'button.choice').find((b) => text(b).startsWith(name));
  if (!button) throw new Error(`no choice named ${name}`);
  return button;
}

function answers(el: MlComparison): AnswerDetail[] {
  const seen: AnswerDetail[] = [];
  el.addEventListener('ml-answer', (e) => seen.push(e.detail));
  return seen;
}

const RECORD = 'ml-quiz:v1:mini:record';
const recorded = (): { q: string; s: string[]; c: boolean; src?: string }[] =>
  JSON.parse(localStorage.getItem(RECORD) ?? '{"answers":[]}').answers;

describe('<ml-comparison>', () => {
  beforeEach(() => localStorage.removeItem(RECORD));
  afterEach(() => localStorage.removeItem(RECORD));

  it("adds each practice answer to the learner's record, marked as comparison practice", async () => {
    const el = await comparison();
    const before = Date.now();
    choice(el, 'X').click();
    await waitUntil(() => recorded().length === 1, 'first answer recorded', { timeout: 5000 });
    $(el, 'button.next')!.click();
    await el.updateComplete;
    choice(el, 'X').click();
    await waitUntil(() => recorded().length === 2, 'second answer recorded', { timeout: 5000 });
    const answers = recorded();
    expect(answers.map(({ q, s, c, src }) => ({ q, s, c, src }))).to.deep.equal([
      { q: 'x-vs-y-p1', s: ['a'], c: true, src: 'comparison' },
      { q: 'x-vs-y-p2', s: ['a'], c: false, src: 'comparison' },
    ]);
    expect((answers[0] as unknown as { t: number }).t).to.be.at.least(before);
    expect($(el, '.notice')).to.equal(null);
  });

  it('adds nothing to the record with record="off", and practice works the same', async () => {
    const el = await ready(
      await fixture<MlComparison>(
        html`<ml-comparison bank=${miniBankUrl} comparison="x-vs-y" record="off"></ml-comparison>`,
      ),
    );
    const seen = answers(el);
    choice(el, 'Y').click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).to.have.length(1);
    expect(text($(el, '[part~="verdict"]'))).to.equal('Incorrect');
    expect(localStorage.getItem(RECORD)).to.equal(null);
  });

  it('keeps practising, with a quiet notice, when the record cannot be saved', async () => {
    const el = await comparison();
    el.recordStorage = () => null;
    choice(el, 'X').click();
    await waitUntil(() => $(el, '.notice'), 'notice shown', { timeout: 5000 });
    expect(text($(el, '.notice'))).to.equal(
      'Progress cannot be saved in this browser; it is kept until you leave the page.',
    );
    expect(text($(el, '[part~="verdict"]'))).to.equal('Correct');
    await expect(el).to.be.accessible();
  });
  it('shows both concepts in a real table with column headers, and the trap as a callout', async () => {
    const el = await comparison();
    expect(text($(el, 'h2'))).to.equal('X vs Y');
    const headers = $$(el, 'table thead th');
    expect(headers.map(text)).to.deep.equal(['Use X when…', 'Use Y when…']);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect($$(el, 'table tbody td').map(text)).to.deep.equal(['Use X for small things.', 'Use Y for big things.']);
    const trap = $(el, '[role="note"]')!;
    expect(text(trap)).to.contain('Trap').and.contain('People think X is always faster.');
    expect(visible($(el, 'table'))).to.equal(true);
    expect(visible($(el, '.stacked'))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('writes column headers in sentence case, keeping proper names', async () => {
    const el = await inlineFixture({
      id: 'bg-vs-canary',
      title: 'Blue-green vs canary',
      a: { name: 'Blue-green deployment', useWhen: 'All at once.' },
      b: { name: 'Optuna', useWhen: 'A name.' },
      trap: 'Both roll back.',
      practice: [],
    });
    await ready(el);
    expect($$(el, 'table thead th').map(text)).to.deep.equal(['Use blue-green deployment when…', 'Use Optuna when…']);
  });

  it('shows the trap in the caution colour, not the colour of "Incorrect"', async () => {
    const el = await comparison();
    const trapBorder = getComputedStyle($(el, '.trap')!).borderInlineStartColor;
    choice(el, 'Y').click();
    await el.updateComplete;
    const incorrect = getComputedStyle($(el, '.is-incorrect .verdict')!).color;
    expect(trapBorder).to.not.equal(incorrect);
    el.style.setProperty('--ml-caution', 'rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '.trap')!).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
  });

  it('asks "Which fits" for the first scenario with two buttons named after the concepts', async () => {
    const el = await comparison();
    expect(text($(el, 'legend')))
      .to.contain('A small thing.')
      .and.contain('Which fits: X or Y?');
    expect($$(el, 'button.choice').map(text)).to.deep.equal(['X', 'Y']);
    expect(text($(el, '[part~="progress"]')))
      .to.contain('Scenario 1 of 3')
      .and.contain('0 of 0 correct');
    expect(!!$(el, '[part~="verdict"]'), '[part~="verdict"]').to.equal(false);
    expect(!!$(el, 'button.next'), 'button.next').to.equal(false);
  });

  it('runs the practice: verdict, explanation, score, Next, summary and practise again, with ml-answer events', async () => {
    const el = await comparison();
    const seen = answers(el);

    const first = oneEvent(el, 'ml-answer');
    choice(el, 'X').click();
    expect((await first).detail).to.deep.equal({ questionId: 'x-vs-y-p1', selected: ['a'], correct: true });
    await el.updateComplete;
    expect(text($(el, '[part~="verdict"]'))).to.equal('Correct');
    expect(text($(el, '[part~="explanation"]'))).to.contain('X suits small things.');
    expect(text($(el, '[part~="progress"]'))).to.contain('1 of 1 correct');
    expect(focused(el)).to.equal('Next');
    expect(!!$(el, '[role="status"] [part~="feedback"]'), '[role="status"] [part~="feedback"]').to.equal(true);
    await expect(el).to.be.accessible();

    // A second click on an answered scenario changes nothing.
    choice(el, 'Y').click();
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect(text($(el, '[part~="verdict"]'))).to.equal('Correct');

    $(el, 'button.next')!.click();
    await el.updateComplete;
    expect(text($(el, 'legend'))).to.contain('A big thing.');
    expect(text($(el, '[part~="progress"]'))).to.contain('Scenario 2 of 3');
    expect(!!$(el, '[part~="verdict"]'), '[part~="verdict"]').to.equal(false);
    expect(focused(el)).to.equal('X');

    choice(el, 'X').click();
    await el.updateComplete;
    expect(seen[1]).to.deep.equal({ questionId: 'x-vs-y-p2', selected: ['a'], correct: false });
    expect(text($(el, '[part~="verdict"]'))).to.equal('Incorrect');
    expect(text($(el, '[part~="explanation"]')))
      .to.contain('Correct answer: Y')
      .and.contain('Y suits big things.');
    expect(text($(el, '[part~="progress"]'))).to.contain('1 of 2 correct');
    expect(choice(el, 'X').getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();

    $(el, 'button.next')!.click();
    await el.updateComplete;
    choice(el, 'X').click();
    await el.updateComplete;
    expect(seen[2]).to.deep.equal({ questionId: 'x-vs-y-p3', selected: ['a'], correct: true });
    $(el, 'button.next')!.click();
    await el.updateComplete;

    expect(text($(el, '.summary h3'))).to.equal('Practice complete');
    expect(text($(el, '.summary'))).to.contain('2 of 3 correct');
    expect(focused(el)).to.equal('Practice complete');
    await expect(el).to.be.accessible();

    $(el, 'button.again')!.click();
    await el.updateComplete;
    expect(text($(el, 'legend'))).to.contain('A small thing.');
    expect(text($(el, '[part~="progress"]')))
      .to.contain('Scenario 1 of 3')
      .and.contain('0 of 0 correct');
    expect(seen).to.have.length(3);
  });

  it('works with the keyboard alone', async () => {
    const el = await comparison();
    const seen = answers(el);
    choice(el, 'X').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('Y');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(seen).to.deep.equal([{ questionId: 'x-vs-y-p1', selected: ['b'], correct: false }]);
    expect(text($(el, '[part~="verdict"]'))).to.equal('Incorrect');
    expect(focused(el)).to.equal('Next');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(text($(el, '[part~="progress"]'))).to.contain('Scenario 2 of 3');
    expect(focused(el)).to.equal('X');
  });

  it('emits nothing without user action', async () => {
    let events = 0;
    const wrapper = fixtureSync(html`<div @ml-answer=${() => events++}>
      <ml-comparison bank=${miniBankUrl} comparison="x-vs-y"></ml-comparison>
    </div>`);
    await ready(wrapper.querySelector('ml-comparison')!);
    expect(events).to.equal(0);
  });

  it('stacks into two labelled sections at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await comparison();
      await waitUntil(() => !visible($(el, 'table')), 'table hidden at 320 px');
      expect(visible($(el, 'table'))).to.equal(false);
      const sections = $$(el, '.stacked section');
      expect(sections.every(visible)).to.equal(true);
      expect(
        sections.map((s) => text(el.shadowRoot!.getElementById(s.getAttribute('aria-labelledby')!))),
      ).to.deep.equal(['Use X when…', 'Use Y when…']);
      expect(text(sections[0])).to.contain('Use X for small things.');
      expect(el.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('follows the space it gets, not only the viewport', async () => {
    const wrapper = fixtureSync(html`<div style="width: 300px">
      <ml-comparison bank=${miniBankUrl} comparison="x-vs-y"></ml-comparison>
    </div>`);
    const el = await ready(wrapper.querySelector('ml-comparison')!);
    expect(visible($(el, 'table'))).to.equal(false);
    expect(visible($(el, '.stacked section'))).to.equal(true);
  });

  it('shows an error panel naming comparisons and the id for an unknown id, and fires ml-bank-error', async () => {
    const el = document.createElement('ml-comparison');
    el.bank = miniBankUrl;
    el.comparison = 'nope-vs-nada';
    const failed = oneEvent(el, 'ml-bank-error');
    document.body.append(el);
    try {
      const event = await failed;
      expect(event.detail.errors[0]!.path).to.equal('comparisons');
      expect(event.detail.errors[0]!.message).to.contain('"nope-vs-nada"').and.contain('"x-vs-y"');
      await el.updateComplete;
      const panel = $(el, '[role="alert"]')!;
      expect(text(panel)).to.contain('comparisons').and.contain('nope-vs-nada');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('reports the unknown id once, and recovers when the id is fixed', async () => {
    let errors = 0;
    const wrapper = fixtureSync(html`<div @ml-bank-error=${() => errors++}>
      <ml-comparison bank=${miniBankUrl} comparison="nope"></ml-comparison>
    </div>`);
    const el = await ready(wrapper.querySelector('ml-comparison')!);
    el.theme = 'dark';
    await el.updateComplete;
    expect(errors).to.equal(1);
    el.comparison = 'x-vs-y';
    // The new id is resolved from the source afresh (split banks fetch the comparison's own file).
    await waitUntil(() => $(el, 'h2') && text($(el, 'h2')) === 'X vs Y', 'the comparison shown', { timeout: 3000 });
    expect(text($(el, 'h2'))).to.equal('X vs Y');
    expect(!!$(el, '[role="alert"]'), '[role="alert"]').to.equal(false);
  });

  it('takes the bank from <ml-bank> and defaults to its first comparison', async () => {
    const wrapper = await fixture(html`<ml-bank src=${miniBankUrl}><ml-comparison></ml-comparison></ml-bank>`);
    const el = await ready(wrapper.querySelector('ml-comparison')!);
    expect(text($(el, 'h2'))).to.equal('X vs Y');
  });

  it('renders an inline comparison, with its markup as text, never HTML', async () => {
    const inline = {
      id: 'p-vs-q',
      title: 'P vs **Q**',
      a: { name: '`P`', useWhen: 'Use P <img src=x onerror="window.__pwned=1">.' },
      b: { name: 'Q', useWhen: 'Use Q *carefully*.' },
      trap: 'A trap.',
      practice: [{ id: 'pq-1', scenario: 'Scenario one.', answer: 'b', why: 'Because Q.' }],
    };
    const el = await ready(await inlineFixture(inline));
    expect(text($(el, 'h2'))).to.equal('P vs Q');
    expect(!!$(el, 'h2 strong'), 'h2 strong').to.equal(true);
    expect(!!$(el, 'th code'), 'th code').to.equal(true);
    expect(!!$(el, 'img'), 'img').to.equal(false);
    expect(text($(el, 'td'))).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(!!$$(el, 'td')[0]!.querySelector('em')).to.equal(false);
    expect(!!$$(el, 'td')[1]!.querySelector('em')).to.equal(true);
    const answered = oneEvent(el, 'ml-answer');
    choice(el, 'Q').click();
    expect((await answered).detail).to.deep.equal({ questionId: 'pq-1', selected: ['b'], correct: true });
  });

  it('shows a comparison without practice scenarios as the table and trap only', async () => {
    const inline = {
      id: 'n',
      title: 'N',
      a: { name: 'A1', useWhen: 'a' },
      b: { name: 'B1', useWhen: 'b' },
      trap: 't',
      practice: [],
    };
    const el = await ready(await inlineFixture(inline));
    expect(!!$(el, 'table'), 'table').to.equal(true);
    expect(!!$(el, '.practice'), '.practice').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows an error panel for invalid inline content', async () => {
    const el = document.createElement('ml-comparison');
    el.innerHTML = '<script type="application/json">{"id":"x","title":"T","a":{"name":"A"},"practice":[]}</script>';
    const failed = oneEvent(el, 'ml-bank-error');
    document.body.append(el);
    try {
      const event = await failed;
      expect(event.detail.errors.length).to.be.greaterThan(0);
      await el.updateComplete;
      expect(!!$(el, '[role="alert"]'), '[role="alert"]').to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('is accessible in dark mode, mid-practice', async () => {
    const el = await ready(
      await fixture<MlComparison>(
        html`<ml-comparison theme="dark" bank=${miniBankUrl} comparison="x-vs-y"></ml-comparison>`,
      ),
    );
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    choice(el, 'Y').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('uses overridden labels', async () => {
    const el = await comparison();
    el.labels = { whichFits: '{a} oder {b}?', next: 'Weiter', correct: 'Richtig' };
    await el.updateComplete;
    expect(text($(el, '.prompt'))).to.equal('X oder Y?');
    choice(el, 'X').click();
    await el.updateComplete;
    expect(text($(el, '[part~="verdict"]'))).to.equal('Richtig');
    expect(text($(el, 'button.next'))).to.equal('Weiter');
  });
});
