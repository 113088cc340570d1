/**
 * What a deck or card keeps, and what it says about it: same key on one page, a moved element, a bank update under
 * saved progress, corrupted saved data, and the learner's record (issues 15 and 19).
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/ml-quiz.js';
import type { MlQuiz } from '../../src/elements/ml-quiz.js';
import type { Bank } from '../../src/bank/schema.js';
import { miniBank, miniBankUrl, mutableBank } from '../fixtures/mini-bank.js';
import { optionInput, q, quizReady, root, text } from './dom-helpers.js';
const ready = quizReady;

const notices = (el: HTMLElement) => text(el, '.notices');

async function pickAndCheck(el: MlQuiz, option: string): Promise<void> {
  optionInput(el, option).click();
  await el.updateComplete;
  q<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

async function next(el: MlQuiz): Promise<void> {
  q<HTMLButtonElement>(el, '.actions button').click();
  await el.updateComplete;
}

const KEY = 'test:deck-state';

describe('<ml-quiz> keeps and explains its state', () => {
  afterEach(() => localStorage.clear());

  it('two decks with the same storage-key on one page stay in step (issue 15.4)', async () => {
    const wrap = await fixture(html`<div>
      <ml-quiz bank=${miniBankUrl} questions="dev-q1 dev-q2 ops-q1" storage-key=${KEY}></ml-quiz>
      <ml-quiz bank=${miniBankUrl} questions="dev-q1 dev-q2 ops-q1" storage-key=${KEY}></ml-quiz>
    </div>`);
    const [one, two] = [...wrap.querySelectorAll('ml-quiz')] as MlQuiz[];
    await ready(one!);
    await ready(two!);
    await pickAndCheck(one!, 'Option A');
    await next(one!);
    await two!.updateComplete;
    expect(text(two!, '[part~="progress"]')).to.contain('2 of 3');
    // The other deck carries on from there, and the first one follows.
    optionInput(two!, 'Option B').click();
    await two!.updateComplete;
    await one!.updateComplete;
    expect(optionInput(one!, 'Option B').checked).to.equal(true);
    // Both answers survive a reload: the last writer did not overwrite the first.
    wrap.remove();
    const again = await ready(
      await fixture<MlQuiz>(
        html`<ml-quiz bank=${miniBankUrl} questions="dev-q1 dev-q2 ops-q1" storage-key=${KEY}></ml-quiz>`,
      ),
    );
    expect(text(again, '[part~="progress"]')).to.contain('2 of 3');
    expect(optionInput(again, 'Option B').checked).to.equal(true);
  });

  it('a deck without storage-key moved to another parent keeps "2 of 3" and its answers (issue 15.5)', async () => {
    const wrap = await fixture(html`<div>
      <section id="a"><ml-quiz bank=${miniBankUrl} questions="dev-q1 dev-q2 ops-q1"></ml-quiz></section>
      <section id="b"></section>
    </div>`);
    const el = await ready(wrap.querySelector('ml-quiz') as MlQuiz);
    await pickAndCheck(el, 'Option A');
    await next(el);
    optionInput(el, 'Option C').click();
    await el.updateComplete;
    wrap.querySelector('#b')!.append(el);
    // Let the content resolve again after reconnecting (the bank is fetched again).
    await aTimeout(300);
    await ready(el);
    expect(text(el, '[part~="progress"]')).to.contain('2 of 3');
    expect(optionInput(el, 'Option C').checked).to.equal(true);
    expect(q(el, '[part~="verdict"]')).to.equal(null); // the selection was kept, not submitted
  });

  it('a single card moved in the DOM keeps its verdict (issue 15.5)', async () => {
    const wrap = await fixture(html`<div>
      <section id="a"><ml-quiz bank=${miniBankUrl} question="dev-q1"></ml-quiz></section>
      <section id="b"></section>
    </div>`);
    const el = await ready(wrap.querySelector('ml-quiz') as MlQuiz);
    await pickAndCheck(el, 'Option B');
    expect(text(el, '[part~="verdict"]')).to.equal('Incorrect');
    wrap.querySelector('#b')!.append(el);
    await aTimeout(300);
    await ready(el);
    expect(text(el, '[part~="verdict"]')).to.equal('Incorrect');
    expect(optionInput(el, 'Option B').checked).to.equal(true);
  });

  it('a bank update that removed a saved question keeps what applies and says so (issue 15.6)', async () => {
    const bank = await miniBank();
    const make = (b: Bank) => {
      const el = document.createElement('ml-quiz');
      el.bank = b;
      el.domain = 'dev';
      el.count = 3;
      el.storageKey = KEY;
      return fixture<MlQuiz>(html`<div>${el}</div>`).then((w) => ready(w.querySelector('ml-quiz') as MlQuiz));
    };
    const el = await make(bank);
    expect(text(el, 'legend')).to.contain('Question 1 of domain dev');
    await pickAndCheck(el, 'Option A'); // dev-q1: right
    await next(el);
    await pickAndCheck(el, 'Option A'); // dev-q2: wrong
    await next(el);
    el.remove();

    const updated = (await mutableBank()) as unknown as Bank;
    updated.version = '1.1.0';
    updated.questions = updated.questions.filter((x) => x.id !== 'dev-q2');
    const again = await make(updated);
    // dev-q2 left the deck; dev-q1's answer and the place (dev-q3) were kept.
    expect(text(again, 'legend')).to.contain('Question 3 of domain dev');
    expect(text(again, '[part~="progress"]')).to.contain('2 of 2');
    expect(notices(again)).to.contain('The question bank changed since your last visit; what still applies was kept.');
    await expect(again).to.be.accessible();
    // Saved again: the notice has done its job.
    optionInput(again, 'Option C').click();
    await again.updateComplete;
    expect(notices(again)).to.equal('');
    await pickAndCheck(again, 'Option A'); // dev-q3 (multiple): A and C, right
    await next(again);
    expect(text(again, '.summary .score')).to.equal('2 of 2 correct');
  });

  it('corrupted or wrong-shape saved data gives a notice, not a silent restart; it clears once saved again (issue 15.11)', async () => {
    for (const stored of ['{ not json', JSON.stringify({ v: 1, ids: 'dev-q1', index: 0 }), JSON.stringify([1, 2, 3])]) {
      localStorage.setItem(KEY, stored);
      const el = await ready(
        await fixture<MlQuiz>(
          html`<ml-quiz bank=${miniBankUrl} questions="dev-q1 dev-q2" storage-key=${KEY}></ml-quiz>`,
        ),
      );
      expect(text(el, '[part~="progress"]')).to.contain('1 of 2');
      expect(notices(el)).to.equal('Your saved progress could not be read, so the deck starts fresh.');
      await expect(el).to.be.accessible();
      optionInput(el, 'Option A').click();
      await el.updateComplete;
      expect(notices(el)).to.equal('');
      expect(JSON.parse(localStorage.getItem(KEY)!).answers['dev-q1'].selected).to.deep.equal(['a']);
      el.remove();
      localStorage.clear();
    }
  });

  it('drops a restored answer naming an option id that no longer exists, and says so (issue 15.11)', async () => {
    // dev-q1 has options a–d; the saved answer names "e" (an option a bank update removed).
    const saved = {
      v: 1,
      ids: ['dev-q1', 'dev-q2'],
      index: 0,
      answers: { 'dev-q1': { selected: ['e'], checked: true } },
      done: false,
    };
    localStorage.setItem(KEY, JSON.stringify(saved));
    const el = await ready(
      await fixture<MlQuiz>(html`<ml-quiz bank=${miniBankUrl} questions="dev-q1 dev-q2" storage-key=${KEY}></ml-quiz>`),
    );
    expect(q(el, '[part~="verdict"]')).to.equal(null);
    expect(
      [...root(el).querySelectorAll('input')].some(
        (i) => (i as HTMLInputElement).checked || (i as HTMLInputElement).disabled,
      ),
    ).to.equal(false);
    expect(notices(el)).to.contain('what still applies was kept');
    await pickAndCheck(el, 'Option A');
    expect(text(el, '[part~="verdict"]')).to.equal('Correct');
    expect(notices(el)).to.equal('');
  });

  it('says so when none of the saved questions is in the deck any more', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, ids: ['gone-1'], index: 0, answers: {}, done: false }));
    const el = await ready(
      await fixture<MlQuiz>(html`<ml-quiz bank=${miniBankUrl} questions="dev-q1 dev-q2" storage-key=${KEY}></ml-quiz>`),
    );
    expect(notices(el)).to.equal('The questions changed since your last visit, so the deck starts fresh.');
  });

  describe("the learner's record (issue 19.1)", () => {
    const recordKey = 'ml-quiz:v1:mini:record';
    const recorded = () =>
      JSON.parse(localStorage.getItem(recordKey) ?? 'null') as {
        answers: { q: string; s: string[]; c: boolean; src: string; t: number }[];
      } | null;
    // Load the writer once so that "nothing was written" below is not just "not loaded yet".
    before(() => import('../../src/controllers/record-store.js'));

    it('a deck appends each checked answer to the record', async () => {
      const el = await ready(
        await fixture<MlQuiz>(html`<ml-quiz bank=${miniBankUrl} questions="dev-q1 dev-q2"></ml-quiz>`),
      );
      const before = Date.now();
      await pickAndCheck(el, 'Option A');
      await waitUntil(() => recorded()?.answers.length === 1, 'first answer recorded');
      await next(el);
      await pickAndCheck(el, 'Option A');
      await waitUntil(() => recorded()?.answers.length === 2, 'second answer recorded');
      const [first, second] = recorded()!.answers;
      expect(first).to.include({ q: 'dev-q1', c: true, src: 'quiz' });
      expect(first!.s).to.deep.equal(['a']);
      expect(first!.t).to.be.at.least(before);
      expect(second).to.include({ q: 'dev-q2', c: false, src: 'quiz' });
    });

    it('a single card from a bank records too; record="off" and inline questions without a bank do not', async () => {
      const off = await ready(
        await fixture<MlQuiz>(html`<ml-quiz bank=${miniBankUrl} question="dev-q1" record="off"></ml-quiz>`),
      );
      await pickAndCheck(off, 'Option A');
      const inline = await ready(
        await fixture<MlQuiz>(
          html`<ml-quiz><script type="application/json">${JSON.stringify({ ...(await miniBank()).questions[0], id: 'inline-q' })}</script></ml-quiz>`,
        ),
      );
      await pickAndCheck(inline, 'Option A');
      await aTimeout(100);
      expect(recorded()).to.equal(null);
      expect(Object.keys(localStorage).filter((k) => k.endsWith(':record'))).to.deep.equal([]);

      const on = await ready(await fixture<MlQuiz>(html`<ml-quiz bank=${miniBankUrl} question="dev-q1"></ml-quiz>`));
      await pickAndCheck(on, 'Option B');
      await waitUntil(() => recorded()?.answers.length === 1, 'card answer recorded');
      expect(recorded()!.answers[0]).to.include({ q: 'dev-q1', c: false });
    });
  });
});
