import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/ml-exam.js';
import type { MlExam } from '../../src/elements/ml-exam.js';
import type { Bank } from '../../src/bank/schema.js';
import { miniBank, miniBankUrl } from '../fixtures/mini-bank.js';
import { FakeClock, makeExam, start, submitViaDialog } from './exam-helpers.js';
import { all, button, q, root, text } from './dom-helpers.js';

let bank: Bank;

/** The id of the question on screen, from its inputs' group name. */
function currentId(el: MlExam): string {
  const name = q<HTMLInputElement>(el, 'fieldset input')!.name;
  return name.slice(name.indexOf('-') + 1);
}

async function answer(el: MlExam, rightly: boolean) {
  const question = bank.questions.find((x) => x.id === currentId(el))!;
  const inputs = [...root(el).querySelectorAll<HTMLInputElement>('fieldset input')];
  const pick = rightly ? question.answer : [question.options.find((o) => !question.answer.includes(o.id))!.id];
  for (const input of inputs) if (pick.includes(input.value as never)) input.click();
  await el.updateComplete;
}

describe('<ml-exam>', () => {
  before(async () => {
    bank = await miniBank();
  });
  afterEach(() => localStorage.clear());

  it('shows the start screen: count, duration, pass mark, domain weights, untimed choice', async () => {
    const el = await makeExam();
    expect(text(el, '.start h2')).to.equal('Mini exam');
    expect(text(el, '.facts')).to.contain('5').and.contain('10 minutes').and.contain('60%');
    expect(text(el, '.weights')).to.contain('Development').and.contain('50%');
    expect(text(el, '.untimed')).to.equal('Practise without a time limit');
    await expect(el).to.be.accessible();
  });

  it('starts: ml-exam-start with seed, count and the absolute deadline; one question in the DOM', async () => {
    const clock = new FakeClock();
    const el = await makeExam({ clock });
    const event = await start(el);
    expect(event.detail).to.deep.equal({
      examId: 'mini-exam',
      seed: 7,
      questionCount: 5,
      deadline: clock.time + 10 * 60_000,
    });
    expect(text(el, '[part~="progress"]')).to.equal('Question 1 of 5');
    expect(text(el, '[part~="timer"]')).to.contain('10:00');
    expect(root(el).querySelectorAll('fieldset.question')).to.have.length(1);
    expect(root(el).querySelectorAll('.navigator button')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('draws the same exam for the same seed, from the bank, without repeats', async () => {
    const a = await makeExam({ key: 'k:a' });
    await start(a);
    const b = await makeExam({ key: 'k:b' });
    await start(b);
    const ids = async (el: MlExam) => {
      const out: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        root(el).querySelectorAll<HTMLButtonElement>('.navigator button')[i]!.click();
        await el.updateComplete;
        out.push(currentId(el));
      }
      return out;
    };
    const first = await ids(a);
    expect(new Set(first).size).to.equal(5);
    expect(first.every((id) => bank.questions.some((x) => x.id === id))).to.equal(true);
    expect(await ids(b)).to.deep.equal(first);
  });

  it('answers, flags and moves with Next, Previous and the navigator; never emits ml-answer', async () => {
    const el = await makeExam();
    await start(el);
    let answers = 0;
    el.addEventListener('ml-answer', () => (answers += 1));
    await answer(el, true);
    button(el, 'Flag for review').click();
    await el.updateComplete;
    expect(button(el, 'Flag for review').getAttribute('aria-pressed')).to.equal('true');
    button(el, 'Next').click();
    await el.updateComplete;
    expect(text(el, '[part~="progress"]')).to.equal('Question 2 of 5');
    const nav = root(el).querySelectorAll<HTMLButtonElement>('.navigator button');
    expect(nav[0]!.className).to.contain('answered').and.contain('flagged');
    expect(nav[0]!.getAttribute('aria-label')).to.equal('1: Answered, Flagged');
    expect(nav[1]!.getAttribute('aria-current')).to.equal('step');
    nav[4]!.click();
    await el.updateComplete;
    expect(text(el, '[part~="progress"]')).to.equal('Question 5 of 5');
    expect(button(el, 'Next').disabled).to.equal(true);
    button(el, 'Previous').click();
    await el.updateComplete;
    expect(text(el, '[part~="progress"]')).to.equal('Question 4 of 5');
    expect(answers).to.equal(0);
  });

  it('asks before submitting, saying how many are unanswered and flagged; Return to exam goes back', async () => {
    const el = await makeExam();
    await start(el);
    await answer(el, true);
    button(el, 'Flag for review').click();
    await el.updateComplete;
    button(el, 'Submit exam').click();
    await el.updateComplete;
    await waitUntil(() => q<HTMLDialogElement>(el, 'dialog')?.open, 'dialog open');
    expect(text(el, 'dialog')).to.contain('4 unanswered').and.contain('1 flagged for review');
    await expect(el).to.be.accessible();
    [...q(el, 'dialog')!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Return to exam')!.click();
    await el.updateComplete;
    expect(q<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
    expect(text(el, '[part~="progress"]')).to.equal('Question 1 of 5');
  });

  it('submits: results with verdict, percent, time used, domain chart and table, weakest objectives', async () => {
    const clock = new FakeClock();
    const el = await makeExam({ clock });
    await start(el);
    for (let i = 0; i < 5; i += 1) {
      await answer(el, i < 4); // four right, one wrong: 80% ≥ 60%
      clock.advance(30_000);
      if (i < 4) button(el, 'Next').click();
      await el.updateComplete;
    }
    const event = await submitViaDialog(el);
    const d = event.detail;
    expect(d).to.include({
      examId: 'mini-exam',
      percent: 80,
      passed: true,
      correct: 4,
      total: 5,
      secondsUsed: 150,
      reason: 'user',
    });
    expect(Object.keys(d.answers)).to.have.length(5);
    const domainTotal = Object.values(d.byDomain as Record<string, { total: number }>).reduce((n, s) => n + s.total, 0);
    expect(domainTotal).to.equal(5);
    expect(text(el, '[part~="verdict"]')).to.equal('Passed');
    expect(text(el, '.percent')).to.equal('80.0%');
    expect(text(el, '.facts')).to.contain('2 min 30 s');
    // The chart: one bar per domain, as long as its share right (a 100% domain fills its track).
    const domains = bank.domains.filter((dom) => (d.byDomain as Record<string, { total: number }>)[dom.id]?.total);
    const bars = [...root(el).querySelectorAll<SVGRectElement>('[part~="chart"] rect.bar')];
    expect(bars).to.have.length(domains.length);
    // The table: each domain's real figures, "correct / total" and the percent with its sign.
    const rows = all(el, 'table.domains tbody tr');
    expect(rows).to.have.length(Object.keys(d.byDomain).length);
    for (const dom of domains) {
      const s = (d.byDomain as Record<string, { correct: number; total: number; percent: number }>)[dom.id]!;
      expect(rows.find((r) => r.startsWith(dom.title)))
        .to.contain(`${s.correct} / ${s.total}`)
        .and.contain(`${s.percent.toFixed(1)}%`);
    }
    // The weakest objective is the one of the question answered wrong (the others are all right).
    const isRight = (id: string, picked: string[]) => {
      const key = bank.questions.find((x) => x.id === id)!.answer;
      return picked.length === key.length && key.every((k) => picked.includes(k));
    };
    const wrongId = Object.entries(d.answers as Record<string, string[]>).find(
      ([id, picked]) => !isRight(id, picked),
    )![0];
    const wrongObjective = bank.questions.find((x) => x.id === wrongId)!.objective;
    expect(all(el, '.weakest li')[0]).to.contain(wrongObjective);
    await expect(el).to.be.accessible();
  });

  it('submits itself at the deadline (reason time), with a fake clock', async () => {
    const clock = new FakeClock();
    const el = await makeExam({ clock, duration: 1 });
    await start(el);
    await answer(el, true);
    const submitted = oneEvent(el, 'ml-exam-submit');
    clock.advance(61_000);
    const event = await submitted;
    expect(event.detail.reason).to.equal('time');
    expect(event.detail.secondsUsed).to.equal(60);
    await el.updateComplete;
    // One right answer of five: 20%, below the 60% pass mark, with the full minute used.
    expect(text(el, '[part~="verdict"]')).to.equal('Failed');
    expect(text(el, '.percent')).to.equal('20.0%');
    expect(text(el, '.facts')).to.contain('1 min');
  });

  it('announces the time left at 10, 5 and 1 minutes only', async () => {
    const clock = new FakeClock();
    const el = await makeExam({ clock, duration: 12 });
    await start(el);
    const live = () => text(el, '[aria-live="polite"]');
    clock.advance(60_000); // 11 minutes left
    await waitUntil(() => text(el, '[part~="timer"]').includes('11:00'), 'tick', { timeout: 2000 });
    expect(live()).to.equal('');
    clock.advance(61_000); // under 10 minutes
    await waitUntil(() => live() === '10 minutes left', 'announced', { timeout: 2000 });
  });

  it('survives a reload mid-exam: same question, answers, flags and remaining time', async () => {
    const clock = new FakeClock();
    const el = await makeExam({ clock, key: 'test:reload' });
    await start(el);
    await answer(el, true);
    button(el, 'Next').click();
    await el.updateComplete;
    button(el, 'Flag for review').click();
    await el.updateComplete;
    const id2 = currentId(el);
    clock.advance(3 * 60_000);
    el.remove();
    const again = await makeExam({ clock, key: 'test:reload' });
    await waitUntil(() => q(again, '.bar'), 'resumed');
    expect(text(again, '[part~="progress"]')).to.equal('Question 2 of 5');
    expect(currentId(again)).to.equal(id2);
    expect(button(again, 'Flag for review').getAttribute('aria-pressed')).to.equal('true');
    expect(text(again, '[part~="timer"]')).to.contain('07:00');
    expect(root(again).querySelectorAll('.navigator button.answered')).to.have.length(1);
  });

  it('a reload after the deadline submits with reason time', async () => {
    const clock = new FakeClock();
    const el = await makeExam({ clock, key: 'test:late' });
    await start(el);
    el.remove();
    clock.advance(11 * 60_000);
    const fresh = document.createElement('ml-exam') as MlExam;
    fresh.clock = clock;
    fresh.setAttribute('bank', miniBankUrl);
    fresh.setAttribute('storage-key', 'test:late');
    const submitted = oneEvent(fresh, 'ml-exam-submit');
    document.body.append(fresh);
    expect((await submitted).detail.reason).to.equal('time');
    fresh.remove();
  });

  it('review: every question with answer, key and explanation; filters wrong only and flagged', async () => {
    const el = await makeExam();
    await start(el);
    await answer(el, false);
    button(el, 'Flag for review').click();
    await el.updateComplete;
    button(el, 'Next').click();
    await el.updateComplete;
    await answer(el, true);
    await submitViaDialog(el);
    button(el, 'Review answers').click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.reviewed > li')).to.have.length(5);
    expect(text(el, '.reviewed > li')).to.contain('Your answer').and.contain('Correct answer');
    // Each reviewed question shows its explanation from the bank (the drawn five, each once).
    const plain = (t: string) => t.replace(/[`*]/g, '').replace(/\s+/g, ' ').trim();
    const explanations = all(el, '.reviewed [part~="explanation"]');
    expect(explanations).to.have.length(5);
    const shown = explanations.map(
      (e) => bank.questions.find((x) => e.includes(plain(x.explanation).slice(0, 40)))?.id,
    );
    expect(new Set(shown).size, `explanations matched to questions: ${shown.join(', ')}`).to.equal(5);
    expect(shown).to.not.include(undefined);
    await expect(el).to.be.accessible();
    const filter = (value: string) => q<HTMLInputElement>(el, `.filters input[value="${value}"]`)!;
    filter('wrong').click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.reviewed > li')).to.have.length(4);
    filter('flagged').click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.reviewed > li')).to.have.length(1);
    expect(text(el, '.reviewed > li')).to.contain('Incorrect');
  });

  it('"Practice missed questions" opens an <ml-quiz> deck of exactly the missed ones', async () => {
    const el = await makeExam();
    await start(el);
    const right: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      if (i < 2) {
        right.push(currentId(el));
        await answer(el, true);
      }
      if (i < 4) button(el, 'Next').click();
      await el.updateComplete;
    }
    const event = await submitViaDialog(el);
    button(el, 'Practice missed questions').click();
    const quiz = await waitUntil(() => q(el, 'ml-quiz'), 'practice deck added').then(() => q(el, 'ml-quiz')!);
    const missed = Object.keys(event.detail.answers).filter((id) => !right.includes(id));
    expect(quiz.getAttribute('questions')!.split(' ').sort()).to.deep.equal(missed.sort());
    await waitUntil(() => quiz.shadowRoot?.querySelector('fieldset'), 'practice deck shows');
    expect(quiz.shadowRoot!.textContent).to.contain('1 of 3');
  });

  it('"New attempt" clears the attempt; results stay until then, across reloads', async () => {
    const el = await makeExam({ key: 'test:new' });
    await start(el);
    await submitViaDialog(el);
    el.remove();
    const again = await makeExam({ key: 'test:new' });
    expect(text(again, '[part~="verdict"]')).to.equal('Failed');
    button(again, 'New attempt').click();
    // A confirmation names what will be cleared, "Cancel" focused; confirming clears.
    await waitUntil(() => q<HTMLDialogElement>(again, 'dialog.ml-confirm')?.open, 'confirmation open');
    q<HTMLButtonElement>(again, 'dialog.ml-confirm button.confirm')!.click();
    await waitUntil(() => q(again, '.start'), 'start screen');
    const saved = JSON.parse(localStorage.getItem('test:new')!);
    expect(saved.attempt).to.equal(null);
    expect(saved.seen).to.have.length(5);
  });

  it('corrupted saved state gives the start screen with a notice', async () => {
    localStorage.setItem('test:corrupt', '{"v":1,"attempt":{"version":99,"garbage":true},"seen":[]}');
    const el = await makeExam({ key: 'test:corrupt' });
    expect(q(el, '.start')).to.not.equal(null);
    expect(text(el, '.start .notice')).to.contain('could not be restored');
    localStorage.setItem('test:corrupt2', 'not json at all');
    const el2 = await makeExam({ key: 'test:corrupt2' });
    expect(text(el2, '.start .notice')).to.contain('could not be restored');
  });

  it('keeps working in memory, with a quiet notice, when storage throws', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await makeExam({ key: 'test:full' });
      await start(el);
      await answer(el, true);
      expect(text(el, '.notice')).to.contain('cannot be saved');
      expect(root(el).querySelectorAll('.navigator button.answered')).to.have.length(1);
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('two exams with different storage keys do not interact', async () => {
    const wrap = await fixture(html`<div>
      <ml-exam bank=${miniBankUrl} seed="1" storage-key="test:one" duration="10"></ml-exam>
      <ml-exam bank=${miniBankUrl} seed="1" storage-key="test:two" duration="10"></ml-exam>
    </div>`);
    const [one, two] = [...wrap.querySelectorAll('ml-exam')] as MlExam[];
    await waitUntil(() => q(one!, '.start') && q(two!, '.start'), 'both ready');
    await start(one!);
    expect(q(two!, '.start')).to.not.equal(null);
    expect(localStorage.getItem('test:two')).to.equal(null);
  });

  it('can be sat by keyboard alone', async () => {
    const el = await makeExam({ key: 'test:keyboard' });
    button(el, 'Start exam').focus();
    const started = oneEvent(el, 'ml-exam-start');
    await sendKeys({ press: 'Enter' });
    await started;
    await el.updateComplete;
    for (let i = 0; i < 5; i += 1) {
      await waitUntil(() => root(el).activeElement?.classList.contains('question-focus'), `focus on question ${i + 1}`);
      await sendKeys({ press: 'Tab' }); // first option
      await sendKeys({ press: 'Space' }); // select (radio or checkbox)
      await el.updateComplete;
      if (i < 4) {
        button(el, 'Next').focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
    }
    expect(root(el).querySelectorAll('.navigator button.answered')).to.have.length(5);
    button(el, 'Submit exam').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q<HTMLDialogElement>(el, 'dialog')?.open, 'dialog open');
    // Focus starts on "Return to exam" (the safe choice); Shift+Tab reaches "Submit exam".
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    const submitted = oneEvent(el, 'ml-exam-submit');
    await sendKeys({ press: 'Enter' });
    expect((await submitted).detail.reason).to.equal('user');
  });

  it('moves through the navigator with arrow keys (one tab stop)', async () => {
    const el = await makeExam();
    await start(el);
    const nav = () => [...root(el).querySelectorAll<HTMLButtonElement>('.navigator button')];
    expect(nav().filter((b) => b.tabIndex === 0)).to.have.length(1);
    nav()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    // Compare booleans: a failed assertion on a DOM element can hang the test page.
    expect(root(el).activeElement === nav()[2]).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(el, '[part~="progress"]')).to.equal('Question 3 of 5');
  });

  it('shows an error panel for an unknown exam id', async () => {
    const el = await fixture<MlExam>(html`<ml-exam bank=${miniBankUrl} exam="final"></ml-exam>`);
    await waitUntil(() => q(el, '[role="alert"]'), 'error');
    expect(text(el, '[role="alert"]')).to.contain('exams').and.contain('final');
    await expect(el).to.be.accessible();
  });
});
