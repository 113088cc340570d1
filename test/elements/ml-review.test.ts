import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Bank } from '../../src/bank/schema.js';
import { recordKey } from '../../src/controllers/record-store.js';
import '../../src/elements/ml-review.js';
import type { MlReview } from '../../src/elements/ml-review.js';
import { miniBank, miniBankUrl } from '../fixtures/mini-bank.js';
import { DAY, T0, fakeClock, q, rendered, root, selection, text } from './record-helpers.js';

/** The question on screen: its id is the input name's suffix. */
function currentId(el: MlReview): string {
  const input = q<HTMLInputElement>(el, 'fieldset input')!;
  return input.name.replace(/^mlr\d+-/, '');
}

/** Answers the question on screen, right or wrong, like a learner: tick, "Check answer", read the verdict, "Next". */
async function answer(el: MlReview, bank: Bank, right: boolean): Promise<{ id: string; verdict: string }> {
  const id = currentId(el);
  for (const option of selection(bank, id, right)) q<HTMLInputElement>(el, `input[value="${option}"]`)!.click();
  await el.updateComplete;
  q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
  const verdict = text(el, '[part~="verdict"]');
  q<HTMLButtonElement>(el, '.actions button')!.click();
  await el.updateComplete;
  return { id, verdict };
}

async function review(
  clock: ReturnType<typeof fakeClock>,
  count = 9,
  extra: Partial<MlReview> = {},
): Promise<MlReview> {
  // The clock and the storage are set before the element connects: a cached bank is ready at once.
  const el = await fixture<MlReview>(
    html`<ml-review bank=${miniBankUrl} count=${count} .clock=${clock} .storageArea=${extra.storageArea} record=${extra.record ?? 'on'} theme=${extra.theme ?? 'light'}></ml-review>`,
  );
  await rendered(el, 'fieldset, .summary, [role="alert"]');
  return el;
}

describe('<ml-review>', () => {
  let bank: Bank;
  before(async () => {
    bank = await miniBank();
  });
  afterEach(() => localStorage.clear());

  it('a first session: nothing due, new questions, each answer recorded; the summary names the next review', async () => {
    const clock = fakeClock();
    const el = await review(clock, 4);
    expect(text(el, '.due')).to.equal('0 due');
    expect(text(el, '.header')).to.contain('New').and.contain('1 of 4');
    const answered = oneEvent(el, 'ml-answer');
    const first = await answer(el, bank, false);
    expect(first.verdict).to.equal('Incorrect');
    expect((await answered).detail).to.deep.equal({
      questionId: first.id,
      selected: selection(bank, first.id, false),
      correct: false,
    });
    for (let i = 0; i < 2; i += 1) await answer(el, bank, true);
    const done = oneEvent(el, 'ml-complete');
    await answer(el, bank, true);
    expect((await done).detail).to.deep.equal({ correct: 3, total: 4 });
    expect(text(el, '.summary h2')).to.equal('Review complete');
    expect(text(el, '.summary .next')).to.equal('Next review: tomorrow');
    const saved = JSON.parse(localStorage.getItem(recordKey('mini'))!);
    expect(saved.answers.map((a: { q: string; src: string }) => [a.q, a.src])).to.have.length(4);
    expect(saved.answers[0].src).to.equal('review');
    await expect(el).to.be.accessible();
  });

  it('over simulated weeks: the question missed today comes back before the ones answered right', async () => {
    const clock = fakeClock();
    const day0 = await review(clock, 9);
    const missed = (await answer(day0, bank, false)).id;
    while (q(day0, 'fieldset')) await answer(day0, bank, true);
    day0.remove();

    clock.time = T0 + DAY + 3600_000;
    const day1 = await review(clock, 9);
    expect(text(day1, '.due')).to.equal('1 due');
    expect(text(day1, '.header')).to.contain('Review').and.contain('1 of 1');
    expect(currentId(day1)).to.equal(missed);
    await answer(day1, bank, true);
    expect(text(day1, '.summary .next')).to.match(/^Next review: /);
    day1.remove();

    // Later the same day: nothing due and nothing unseen.
    clock.time += 3600_000;
    const later = await review(clock, 9);
    expect(text(later, '.summary')).to.contain('Nothing is due and you have seen every question');
    later.remove();

    // Three days in, the questions answered right on day 0 are due; the one fixed on day 1 is not yet.
    clock.time = T0 + 3 * DAY + 3600_000;
    const day3 = await review(clock, 9);
    expect(text(day3, '.due')).to.equal('8 due');
    const ids: string[] = [];
    while (q(day3, 'fieldset')) ids.push((await answer(day3, bank, true)).id);
    expect(ids).to.have.length(8);
    expect(ids).to.not.include(missed);
  });

  it('record="off": answers are not added to the record, and it says so', async () => {
    const el = await review(fakeClock(), 2, { record: 'off' });
    await el.updateComplete;
    await answer(el, bank, true);
    expect(localStorage.getItem(recordKey('mini'))).to.equal(null);
    expect(text(el, '.notice')).to.equal('Answers here are not added to your record.');
  });

  it('storage unavailable: the session works in memory and says so quietly', async () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    const el = await review(fakeClock(), 2, { storageArea: () => broken });
    await el.updateComplete;
    await answer(el, bank, false);
    expect(text(el, '.notice')).to.contain('cannot be saved');
    await answer(el, bank, true);
    expect(text(el, '.summary')).to.contain('1 of 2 correct');
  });

  it('shows an error panel for a bank that does not load', async () => {
    const el = await fixture<MlReview>(html`<ml-review bank="/nowhere/bank.json"></ml-review>`);
    await rendered(el, '[role="alert"]');
    expect(text(el, '[role="alert"]')).to.contain('nowhere');
  });

  it('is accessible in dark mode mid-question and after the verdict', async () => {
    const el = await review(fakeClock(), 3, { theme: 'dark' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    q<HTMLInputElement>(el, 'fieldset input')!.click();
    q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect(root(el).activeElement ?? null).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('inline questions are not enough (the record is per bank): an error panel and ml-bank-error', async () => {
    const el = document.createElement('ml-review');
    el.innerHTML = `<script type="application/json">${JSON.stringify({
      id: 'x',
      type: 'single',
      stem: 'S?',
      options: [
        { id: 'a', text: 'A', rationale: 'r' },
        { id: 'b', text: 'B', rationale: 'r' },
      ],
      answer: ['a'],
      explanation: 'E',
    })}</script>`;
    const failed = oneEvent(el, 'ml-bank-error');
    document.body.append(el);
    try {
      expect((await failed).detail.errors[0]!.message).to.contain('expected a bank');
      await rendered(el, '[role="alert"]');
    } finally {
      el.remove();
    }
  });
  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible in every state: ${theme}`, async function () {
      // Axe runs six times here.
      this.timeout(40_000);
      const clock = fakeClock();
      const el = await review(clock, 2, { theme });
      await expect(el, `question ${theme}`).to.be.accessible();
      q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
      expect(text(el, '.nudge')).to.not.equal('');
      await expect(el, `nudge ${theme}`).to.be.accessible();
      q<HTMLInputElement>(el, 'fieldset input')!.click();
      q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
      expect(q(el, '[part~="verdict"]')).to.exist;
      await expect(el, `verdict ${theme}`).to.be.accessible();
      q<HTMLButtonElement>(el, '.actions button')!.click();
      await el.updateComplete;
      await answer(el, bank, true);
      expect(q(el, '.summary')).to.exist;
      await expect(el, `summary ${theme}`).to.be.accessible();
      el.remove();

      const off = await review(clock, 2, { theme, storageArea: () => null, record: 'off' });
      expect(text(off, '.notice')).to.not.equal('');
      await expect(off, `record off ${theme}`).to.be.accessible();
      off.remove();

      const failing = await fixture<MlReview>(html`<ml-review bank="/nowhere/bank.json" theme=${theme}></ml-review>`);
      await rendered(failing, '[role="alert"]');
      await expect(failing, `error ${theme}`).to.be.accessible();
    });
  }
});
