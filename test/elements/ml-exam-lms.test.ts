import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/ml-exam.js';
import type { MlExam } from '../../src/elements/ml-exam.js';
import { miniBankUrl } from '../fixtures/mini-bank.js';
import { newLms12, newLms2004, recorded, spy } from '../lms/scorm-runtime.js';
import { button, q, root } from './dom-helpers.js';

/** <ml-exam lms> against scorm-again's real runtimes, placed on the window as an LMS frame would. */
const win = window as unknown as { API?: unknown; API_1484_11?: unknown };

async function exam(lms: string, key: string): Promise<MlExam> {
  const el = await fixture<MlExam>(
    html`<ml-exam bank=${miniBankUrl} seed="3" lms=${lms} storage-key=${key}></ml-exam>`,
  );
  // The first test loads the validator (zod) cold through the dev server, which can take seconds on a busy machine.
  await waitUntil(() => q(el, '.start, .bar, .results'), 'exam rendered', { timeout: 5000 });
  return el;
}

async function sit(el: MlExam, answerFirst = true): Promise<CustomEvent> {
  button(el, 'Start exam').click();
  // The drawn questions arrive after the click (split delivery fetches what the attempt drew).
  await waitUntil(() => q(el, 'fieldset input'), 'first question shown');
  if (answerFirst) {
    root(el).querySelector<HTMLInputElement>('fieldset input')!.click();
    await el.updateComplete;
  }
  button(el, 'Submit exam').click();
  await el.updateComplete;
  const submitted = oneEvent(el, 'ml-exam-submit');
  [...q(el, 'dialog')!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Submit exam')!.click();
  return submitted;
}

describe('<ml-exam lms>', () => {
  afterEach(() => {
    delete win.API;
    delete win.API_1484_11;
    localStorage.clear();
  });

  it('reports a SCORM 1.2 attempt: score, status, session time, one interaction per question', async () => {
    const api = newLms12();
    win.API = api;
    const el = await exam('auto', 'lms:12');
    const event = await sit(el);
    const cmi = recorded(api);
    expect(Number(cmi.core.score.raw)).to.equal(Math.round(event.detail.percent * 100) / 100);
    expect(cmi.core.score.min).to.equal('0');
    expect(cmi.core.score.max).to.equal('100');
    expect(cmi.core.lesson_status).to.equal(event.detail.passed ? 'passed' : 'failed');
    expect(cmi.core.session_time).to.match(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    const interactions = Object.values(cmi.interactions.childArray ?? cmi.interactions) as {
      id: string;
      type: string;
      result: string;
    }[];
    expect(interactions.length).to.equal(5);
    expect(interactions.map((i) => i.id).sort()).to.deep.equal(Object.keys(event.detail.answers).sort());
    expect(interactions.every((i) => i.type === 'choice' && ['correct', 'wrong'].includes(i.result))).to.equal(true);
  });

  it('reports a SCORM 2004 attempt with scaled score, success and completion', async () => {
    const api = newLms2004();
    win.API_1484_11 = api;
    const el = await exam('auto', 'lms:2004');
    const event = await sit(el);
    const cmi = recorded(api);
    expect(Number(cmi.score.scaled)).to.be.closeTo(event.detail.percent / 100, 1e-6);
    expect(cmi.success_status).to.equal(event.detail.passed ? 'passed' : 'failed');
    expect(cmi.completion_status).to.equal('completed');
    expect(cmi.session_time).to.match(/^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/);
  });

  it('saves to suspend_data and resumes from it on relaunch (the LMS copy wins over localStorage)', async () => {
    const api = newLms12();
    win.API = api;
    const el = await exam('scorm12', 'lms:resume');
    button(el, 'Start exam').click();
    await waitUntil(() => q(el, 'fieldset input'), 'first question shown');
    button(el, 'Next').click();
    await el.updateComplete;
    root(el).querySelector<HTMLInputElement>('fieldset input')!.click();
    await el.updateComplete;
    const suspend = recorded(api).suspend_data as string;
    expect(suspend.length).to.be.greaterThan(0).and.at.most(4096);
    el.remove();
    localStorage.clear(); // only the LMS remembers now
    const relaunched = newLms12({ suspend_data: suspend, core: { lesson_status: 'incomplete' } });
    win.API = relaunched;
    const again = await exam('scorm12', 'lms:resume');
    await waitUntil(() => q(again, '.bar'), 'resumed from the LMS');
    expect(q(again, '[part~="progress"]')!.textContent).to.contain('Question 2 of 5');
    expect(root(again).querySelectorAll('.navigator button.answered')).to.have.length(1);
  });

  it('marks the attempt incomplete at start and exits suspend on pagehide before submitting', async () => {
    const api = newLms12();
    win.API = api;
    const calls = spy(api, 'LMSSetValue');
    const el = await exam('scorm12', 'lms:pagehide');
    button(el, 'Start exam').click();
    await el.updateComplete;
    expect(recorded(api).core.lesson_status).to.equal('incomplete');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(calls.some((c) => c[0] === 'cmi.core.exit' && c[1] === 'suspend')).to.equal(true);
  });

  it('turns a failing LMS call into ml-lms-error, and the exam goes on', async () => {
    const api = newLms12();
    (api as unknown as { LMSSetValue: () => string }).LMSSetValue = () => 'false';
    win.API = api;
    const el = document.createElement('ml-exam') as MlExam;
    el.setAttribute('bank', miniBankUrl);
    el.setAttribute('lms', 'scorm12');
    el.setAttribute('storage-key', 'lms:fail');
    const errors: CustomEvent[] = [];
    el.addEventListener('ml-lms-error', (e) => errors.push(e));
    document.body.append(el);
    await waitUntil(() => q(el, '.start'), 'ready');
    const event = await sit(el);
    expect(errors.length).to.be.greaterThan(0);
    expect(errors[0]!.detail).to.have.keys(['call', 'code', 'message']);
    expect(event.detail.total).to.equal(5);
    expect(q(el, '[part~="verdict"]')).to.not.equal(null);
    el.remove();
  });

  it('sends nothing and reports no error without an LMS', async () => {
    const el = await exam('auto', 'lms:none');
    let errors = 0;
    el.addEventListener('ml-lms-error', () => (errors += 1));
    await sit(el);
    expect(errors).to.equal(0);
  });
});
