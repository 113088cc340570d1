import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/ml-exam.js';
import type { MlExam } from '../../src/elements/ml-exam.js';
import { miniBankUrl } from '../fixtures/mini-bank.js';
import { button, q, root } from './dom-helpers.js';

/** What the <ml-exam> tests share: a clock moved by hand, an exam on the mini bank, starting it, submitting it. */

/** A clock the test moves by hand, so a 10-minute deadline takes no real minutes. */
export class FakeClock {
  constructor(public time = Date.UTC(2026, 10, 28, 9, 0, 0)) {}
  now = () => this.time;
  advance(ms: number) {
    this.time += ms;
  }
}

export interface ExamOptions {
  /** storage-key (default `test:exam`). */
  key?: string;
  clock?: FakeClock;
  /** Minutes (default 10). */
  duration?: number;
  seed?: number;
  lms?: string;
  record?: string;
  /** progress-href. */
  href?: string;
}

/** An exam on the mini bank (5 questions), once its first screen shows. */
export async function makeExam(options: ExamOptions = {}): Promise<MlExam> {
  const el = await fixture<MlExam>(
    html`<ml-exam
      bank=${miniBankUrl}
      seed=${options.seed ?? 7}
      storage-key=${options.key ?? 'test:exam'}
      lms=${options.lms ?? 'none'}
      record=${options.record ?? 'on'}
      progress-href=${options.href ?? ''}
      .clock=${options.clock ?? new FakeClock()}
      duration=${options.duration ?? 10}
    ></ml-exam>`,
  );
  // The first fixture fetches the bank (and, with an LMS, the validator) cold: a loaded machine needs seconds.
  await waitUntil(() => q(el, '.start, .bar, .results, [role="alert"]'), 'exam rendered', { timeout: 15000 });
  return el;
}

/** Presses "Start exam"; resolves with `ml-exam-start` once the first question is on screen and focused. */
export async function start(el: MlExam): Promise<CustomEvent> {
  const started = oneEvent(el, 'ml-exam-start');
  button(el, 'Start exam').click();
  const event = await started;
  await el.updateComplete;
  // The drawn questions arrive after the click (split delivery fetches what the attempt drew); focus follows them.
  await waitUntil(() => root(el).activeElement?.classList.contains('question-focus'), 'focus on the first question');
  return event;
}

/** Presses "Submit exam", then the dialog's "Submit exam"; resolves with `ml-exam-submit` once the results render. */
export async function submitViaDialog(el: MlExam): Promise<CustomEvent> {
  button(el, 'Submit exam').click();
  await el.updateComplete;
  await waitUntil(() => q<HTMLDialogElement>(el, 'dialog')?.open, 'dialog open');
  const submitted = oneEvent(el, 'ml-exam-submit');
  [...q(el, 'dialog')!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Submit exam')!.click();
  const event = await submitted;
  await el.updateComplete;
  return event;
}
