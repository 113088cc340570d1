import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/ml-exam.js';
import type { MlExam } from '../../src/elements/ml-exam.js';
import type { Bank } from '../../src/bank/schema.js';
import { clearPageMemory } from '../../src/controllers/record-store.js';
import { miniBank, miniBankUrl } from '../fixtures/mini-bank.js';
import { newLms12, recorded } from '../lms/scorm-runtime.js';
import { all, button, q, root, text } from './dom-helpers.js';
import { FakeClock, makeExam, start, submitViaDialog as submit } from './exam-helpers.js';

/** Issue 15's faults in <ml-exam> (and issue 16/19's exam items), each acted out as a learner would meet it. */

const win = window as unknown as { API?: unknown };

async function answerFirstOption(el: MlExam) {
  q<HTMLInputElement>(el, 'fieldset input')!.click();
  await el.updateComplete;
}

const answered = (el: MlExam) => root(el).querySelectorAll('.navigator button.answered').length;

describe('<ml-exam> faults (issue 15)', () => {
  let bank: Bank;
  before(async () => {
    bank = await miniBank();
  });
  afterEach(() => {
    delete win.API;
    localStorage.clear();
    clearPageMemory();
  });

  it('15.1 with an LMS connected, a stale local attempt is neither resumed nor reported', async () => {
    const local = await makeExam({ key: 'f:stale' });
    await start(local);
    await answerFirstOption(local);
    local.remove();
    expect(JSON.parse(localStorage.getItem('f:stale')!).attempt).to.not.equal(null);
    const api = newLms12(); // a fresh LMS attempt: no suspend_data, "not attempted"
    win.API = api;
    const submits: Event[] = [];
    const el = document.createElement('ml-exam') as MlExam;
    Object.assign(el, { clock: new FakeClock(Date.UTC(2026, 10, 28, 15, 0, 0)) });
    for (const [k, v] of Object.entries({
      bank: miniBankUrl,
      seed: '7',
      'storage-key': 'f:stale',
      lms: 'scorm12',
      duration: '10',
    }))
      el.setAttribute(k, v);
    el.addEventListener('ml-exam-submit', (e) => submits.push(e));
    document.body.append(el);
    await waitUntil(() => q(el, '.start, .bar, .results'), 'exam rendered', { timeout: 5000 });
    expect(q(el, '.start'), 'the LMS attempt starts at the start screen').to.not.equal(null);
    expect(submits).to.have.length(0);
    expect(recorded(api).core.lesson_status).to.equal('incomplete');
    expect(recorded(api).core.score.raw).to.equal('');
    el.remove();
  });

  it('15.2 LMS code that fails to load gives one ml-lms-error and a working exam', async () => {
    const el = document.createElement('ml-exam') as MlExam;
    (el as unknown as { store: { scorm: { importer: () => Promise<never> } } }).store.scorm.importer = () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: lms-controller.js (404)'));
    for (const [k, v] of Object.entries({ bank: miniBankUrl, 'storage-key': 'f:404', lms: 'auto' }))
      el.setAttribute(k, v);
    const errors: CustomEvent[] = [];
    el.addEventListener('ml-lms-error', (e) => errors.push(e as CustomEvent));
    document.body.append(el);
    await waitUntil(() => q(el, '.start'), 'start screen, not "Loading questions…" forever', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.call).to.equal('load');
    await start(el as MlExam);
    expect(text(el, '[part~="progress"]')).to.equal('Question 1 of 5');
    el.remove();
  });

  it('15.3 a result the LMS refused says on the results screen that it was not recorded', async () => {
    for (const failure of ['false', 'throw'] as const) {
      const api = newLms12();
      const original = api.LMSSetValue.bind(api);
      (api as unknown as { LMSSetValue: (k: string, v: string) => string }).LMSSetValue = (k, v) => {
        if (k.startsWith('cmi.core.score') || k === 'cmi.core.lesson_status') {
          if (failure === 'throw') throw new Error('LMS down');
          return 'false';
        }
        return original(k, v);
      };
      win.API = api;
      const el = await makeExam({ key: `f:lms-${failure}`, lms: 'scorm12' });
      await start(el);
      // Starting marks the attempt incomplete through the same call: before the result, nothing says "not recorded".
      await submit(el);
      expect(text(el, '[part~="verdict"]')).to.match(/Passed|Failed/);
      expect(all(el, '.results .notice').join(' ')).to.contain('not recorded');
      el.remove();
    }
    // A result that reached the LMS shows no such notice.
    win.API = newLms12();
    const ok = await makeExam({ key: 'f:lms-ok', lms: 'scorm12' });
    await start(ok);
    await submit(ok);
    expect(all(ok, '.results .notice').join(' ')).to.not.contain('not recorded');
  });

  it('15.4 two exams with the same key on one page stay in step', async () => {
    const wrap = await fixture(html`<div>
      <ml-exam bank=${miniBankUrl} seed="1" storage-key="f:same" duration="10"></ml-exam>
      <ml-exam bank=${miniBankUrl} seed="1" storage-key="f:same" duration="10"></ml-exam>
    </div>`);
    const [one, two] = [...wrap.querySelectorAll('ml-exam')] as MlExam[];
    await waitUntil(() => q(one!, '.start') && q(two!, '.start'), 'both ready', { timeout: 5000 });
    await start(one!);
    await waitUntil(() => q(two!, '.bar'), 'the second follows the started attempt');
    await answerFirstOption(one!);
    await waitUntil(() => answered(two!) === 1, 'the second sees the first answer');
    button(two!, 'Next').click();
    await two!.updateComplete;
    await answerFirstOption(two!);
    await waitUntil(() => answered(one!) === 2, 'the first sees the second answer');
    const saved = JSON.parse(localStorage.getItem('f:same')!);
    expect(Object.keys(saved.attempt.answers)).to.have.length(2);
  });

  it('15.5 an exam moved to another parent keeps its attempt and its timer keeps counting down', async () => {
    const clock = new FakeClock();
    const el = await makeExam({ key: 'f:moved', clock });
    await start(el);
    await answerFirstOption(el);
    expect(text(el, '[part~="timer"]')).to.contain('10:00');
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    try {
      elsewhere.append(el);
      clock.advance(3 * 60_000);
      await waitUntil(() => text(el, '[part~="timer"]').includes('07:00'), 'timer ticking after the move', {
        timeout: 3000,
      });
      expect(answered(el)).to.equal(1);
    } finally {
      elsewhere.remove();
    }
  });

  it('15.6 a resumed exam whose bank lost a drawn question keeps the other answers and says so', async () => {
    const el = await makeExam({ key: 'f:partial' });
    await start(el);
    await answerFirstOption(el);
    button(el, 'Next').click();
    await el.updateComplete;
    await answerFirstOption(el);
    const saved = JSON.parse(localStorage.getItem('f:partial')!);
    const [firstId, secondId] = saved.attempt.questionIds as string[];
    el.remove();
    // The bank loses the second drawn question (another of its domain takes its place in the blueprint).
    const changed = structuredClone(bank);
    changed.questions = changed.questions.filter((x) => x.id !== secondId);
    const again = await fixture<MlExam>(
      html`<ml-exam .bank=${changed} .clock=${new FakeClock()} seed="7" storage-key="f:partial" duration="10"></ml-exam>`,
    );
    await waitUntil(() => q(again, '.bar, .start, [role="alert"]'), 'rendered', { timeout: 5000 });
    expect(q(again, '.bar'), 'resumed').to.not.equal(null);
    expect(text(again, '.main .notice')).to.contain('1 of your questions no longer exist');
    expect(answered(again)).to.equal(1);
    expect(q(again, '.navigator button.answered')).to.not.equal(null);
    expect(saved.attempt.answers[firstId!]).to.not.equal(undefined);
    await expect(again).to.be.accessible();
  });

  it('15.7 storage full, then submit, then reload: the older attempt does not come back, and the loss is said', async () => {
    const el = await makeExam({ key: 'f:quota' });
    await start(el);
    await answerFirstOption(el);
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'f:quota') throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
    try {
      button(el, 'Next').click();
      await el.updateComplete;
      await answerFirstOption(el);
      await submit(el);
      expect(all(el, '.results .notice').join(' ')).to.contain('gone when you leave the page');
    } finally {
      Storage.prototype.setItem = original;
    }
    el.remove();
    const again = await makeExam({ key: 'f:quota' });
    expect(q(again, '.bar'), 'no in-progress attempt resurrected').to.equal(null);
    expect(q(again, '.start')).to.not.equal(null);
  });

  it('15.8 "New attempt" asks first, naming what it clears, with Cancel focused; Cancel clears nothing', async () => {
    const el = await makeExam({ key: 'f:confirm' });
    await start(el);
    await submit(el);
    const before = localStorage.getItem('f:confirm');
    button(el, 'New attempt').click();
    await waitUntil(() => q<HTMLDialogElement>(el, 'dialog.ml-confirm')?.open, 'confirmation open');
    const dialog = q<HTMLDialogElement>(el, 'dialog.ml-confirm')!;
    expect(text(el, 'dialog.ml-confirm h2')).to.equal('Start a new attempt?');
    expect(text(el, 'dialog.ml-confirm p')).to.contain('clears the results and review').and.contain('%');
    expect(root(el).activeElement?.textContent).to.equal('Cancel');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, 'dialog.ml-confirm button.cancel')!.click();
    await waitUntil(() => !dialog.isConnected, 'dialog gone');
    expect(q(el, '[part~="verdict"]'), 'results kept').to.not.equal(null);
    expect(localStorage.getItem('f:confirm')).to.equal(before);
    // Escape is a cancel too.
    button(el, 'New attempt').click();
    await waitUntil(() => q<HTMLDialogElement>(el, 'dialog.ml-confirm')?.open, 'confirmation open again');
    q<HTMLDialogElement>(el, 'dialog.ml-confirm')!.dispatchEvent(new Event('cancel'));
    q<HTMLDialogElement>(el, 'dialog.ml-confirm')!.close();
    await waitUntil(() => !q(el, 'dialog.ml-confirm'), 'dialog gone');
    expect(q(el, '[part~="verdict"]')).to.not.equal(null);
  });

  it('15.12 with storage unavailable, the start screen says so before anything is written', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const el = await makeExam({ key: 'f:nostorage' });
      expect(q(el, '.start')).to.not.equal(null);
      expect(text(el, '.notice')).to.contain('cannot be saved');
    } finally {
      Storage.prototype.setItem = original;
    }
    const fine = await makeExam({ key: 'f:storage-ok' });
    expect(q(fine, '.notice')).to.equal(null);
  });

  it('15.13 the focus target after "Start exam" is a named group; one minute left is singular', async () => {
    const clock = new FakeClock();
    const el = await makeExam({ key: 'f:a11y', clock });
    await start(el);
    const target = q(el, '.question-focus')!;
    expect(target.getAttribute('role')).to.equal('group');
    expect(target.getAttribute('aria-label')).to.equal('Question 1 of 5');
    clock.advance(9 * 60_000 + 1000); // 59 s left: the 1-minute mark is crossed
    await waitUntil(() => text(el, '[aria-live]') !== '', 'announced', { timeout: 3000 });
    expect(text(el, '[aria-live]')).to.equal('1 minute left');
  });
});

describe('<ml-exam> results and review (issue 16)', () => {
  afterEach(() => {
    localStorage.clear();
    clearPageMemory();
  });

  it('results: % signs, time used as "4 s", a "Likely range" column explained in a note, a fluid chart', async () => {
    const clock = new FakeClock();
    const el = await makeExam({ key: 'f:results', clock });
    await start(el);
    clock.advance(4000);
    await submit(el);
    expect(all(el, '.facts dd')).to.include('4 s');
    const headers = all(el, 'table.domains thead th');
    expect(headers).to.include('Likely range');
    const cells = [...root(el).querySelectorAll('table.domains tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
    );
    for (const row of cells) {
      expect(row[1]).to.match(/^\d+\.\d%$/);
      expect(row[2]).to.match(/^\d+–\d+%$/);
    }
    const note = q(el, '.results .note')!;
    expect(note.textContent).to.contain('Likely range').and.contain('90%');
    expect(q(el, 'table.domains')!.getAttribute('aria-describedby')).to.equal(note.id);
    el.style.width = '300px';
    await el.updateComplete;
    expect(q(el, '.chart svg')!.getBoundingClientRect().width).to.be.at.most(300);
    el.style.width = '900px';
    expect(q(el, '.chart svg')!.getBoundingClientRect().width).to.be.greaterThan(600);
    await expect(el).to.be.accessible();
  });

  it('review: a sticky bar with "Back to results" and the filters before the questions, jump links by number', async () => {
    const el = await makeExam({ key: 'f:review' });
    await start(el);
    await answerFirstOption(el);
    await submit(el);
    button(el, 'Review answers').click();
    await waitUntil(() => q(el, '.review'), 'review');
    const bar = q(el, '.review-bar')!;
    expect(getComputedStyle(bar).position).to.equal('sticky');
    expect(bar.compareDocumentPosition(q(el, '.reviewed')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect([...bar.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.include('Back to results');
    expect(bar.querySelector('fieldset.filters')).to.not.equal(null);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('nav .jump a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['1', '2', '3', '4', '5']);
    links[3]!.click();
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Question 4 of 5');
    await expect(el).to.be.accessible();
    [...bar.querySelectorAll('button')][0]!.click();
    await waitUntil(() => q(el, '.results'), 'back to results');
  });

  it('review marks: a chosen right answer is green, a chosen wrong one red, the key marked when not chosen', async () => {
    const el = await makeExam({ key: 'f:marks' });
    el.style.setProperty('--ml-correct', 'rgb(0, 128, 0)');
    el.style.setProperty('--ml-incorrect', 'rgb(200, 0, 0)');
    await start(el);
    await answerFirstOption(el);
    await submit(el);
    button(el, 'Review answers').click();
    await waitUntil(() => q(el, '.review'), 'review');
    const keyMarks = [...root(el).querySelectorAll<HTMLElement>('.reviewed .option.key .mark')];
    const wrongMarks = [...root(el).querySelectorAll<HTMLElement>('.reviewed .option.wrong .mark')];
    expect(keyMarks.length).to.be.greaterThan(0);
    for (const mark of keyMarks) expect(getComputedStyle(mark).color).to.equal('rgb(0, 128, 0)');
    for (const mark of wrongMarks) expect(getComputedStyle(mark).color).to.equal('rgb(200, 0, 0)');
  });
});

describe('<ml-exam> and the learner record (issue 19)', () => {
  afterEach(() => {
    localStorage.clear();
    clearPageMemory();
  });
  const record = () => JSON.parse(localStorage.getItem('ml-quiz:v1:mini:record') ?? 'null');

  it('a submitted exam (never one in progress) is added to the record; unanswered as s: [], c: false', async () => {
    const el = await makeExam({ key: 'f:record' });
    await start(el);
    await answerFirstOption(el);
    expect(record(), 'nothing during the attempt').to.equal(null);
    const event = await submit(el);
    await waitUntil(() => record() !== null, 'record written');
    const saved = record();
    expect(saved.exams).to.have.length(1);
    expect(saved.exams[0]).to.include({
      examId: 'mini-exam',
      correct: event.detail.correct,
      total: 5,
      passed: event.detail.passed,
    });
    expect(saved.answers).to.have.length(5);
    const unanswered = saved.answers.filter((a: { s: string[] }) => a.s.length === 0);
    expect(unanswered).to.have.length(4);
    expect(unanswered.every((a: { c: boolean }) => a.c === false)).to.equal(true);
  });

  it('record="off" keeps a submitted exam out of the record', async () => {
    const el = await makeExam({ key: 'f:record-off', record: 'off' });
    await start(el);
    await submit(el);
    await new Promise((r) => setTimeout(r, 200));
    expect(record()).to.equal(null);
  });

  it('the practice deck after an exam feeds the record too, and follows record="off"', async () => {
    for (const setting of ['on', 'off']) {
      localStorage.clear();
      clearPageMemory();
      const el = await makeExam({ key: `f:practice-${setting}`, record: setting });
      await start(el);
      await submit(el);
      const examAnswers = setting === 'on' ? 5 : 0;
      if (setting === 'on') await waitUntil(() => record()?.answers.length === examAnswers, 'exam recorded');
      button(el, 'Practice missed questions').click();
      const deck = await waitUntil(
        () => q(el, 'ml-quiz')?.shadowRoot?.querySelector('fieldset input'),
        'practice deck shows',
      ).then(() => q(el, 'ml-quiz')!);
      deck.shadowRoot!.querySelector<HTMLInputElement>('fieldset input')!.click();
      [...deck.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Check answer')!.click();
      await waitUntil(() => deck.shadowRoot!.querySelector('[part~="verdict"]'), 'verdict shown');
      if (setting === 'on') {
        await waitUntil(() => record()?.answers.length === examAnswers + 1, 'practice answer recorded');
        expect(record().answers.at(-1)).to.include({ src: 'quiz' });
      } else {
        await new Promise((r) => setTimeout(r, 200));
        expect(record(), 'record="off" reaches the practice deck').to.equal(null);
      }
      el.remove();
    }
  });

  it('the results link to the progress view given by progress-href (and show no link without it)', async () => {
    const el = await makeExam({ key: 'f:link', href: '#progress' });
    await start(el);
    await submit(el);
    const link = [...root(el).querySelectorAll<HTMLAnchorElement>('.results a')].find(
      (a) => a.textContent!.trim() === 'See your progress',
    )!;
    expect(link.getAttribute('href')).to.equal('#progress');
    el.remove();
    const plain = await makeExam({ key: 'f:nolink' });
    await start(plain);
    await submit(plain);
    expect(q(plain, '.results a.progress-link')).to.equal(null);
  });
});
