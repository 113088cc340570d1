/**
 * What `<ml-exam>` does beyond its screens: probing storage up front, choosing the plural of a time announcement, and
 * adding a submitted attempt to the learner's record (its writer loads on submit, never before the question shows).
 */
import type { RecordedAnswer } from '../../engine/record.js';
import type { ExamResults } from '../../engine/results.js';
import { type Labels, format } from '../../labels.js';

type Stored = { status: 'ok'; state: unknown } | { status: 'corrupt' } | { status: 'empty' };

/** Local storage's copy without its attempt (the seen ids stay) when an LMS is connected: the LMS alone holds attempts. */
export function withoutAttempt(stored: Stored, lmsOnly: boolean): Stored {
  if (!lmsOnly || stored.status !== 'ok' || typeof stored.state !== 'object' || stored.state === null) return stored;
  return { status: 'ok', state: { ...stored.state, attempt: null } };
}

/** Asks before "New attempt" clears a result (the dialog's code loads on this click); true when confirmed. */
export async function confirmNewAttempt(
  host: HTMLElement,
  percent: number,
  label: (key: keyof Labels) => string,
): Promise<boolean> {
  const { confirmClear } = await import('../shared/confirm-dialog.js');
  return confirmClear(host, {
    title: label('newAttemptConfirm'),
    body: format(label('newAttemptClears'), { percent: percent.toFixed(1) }),
    confirm: label('newAttempt'),
    cancel: label('cancel'),
  });
}

/** The announcement at a minute mark: "1 minute left", "5 minutes left" (plural rules of the page's language). */
export function minutesLeft(minutes: number, lang: string, label: (key: keyof Labels) => string): string {
  return format(label(isSingular(minutes, lang) ? 'minuteLeft' : 'minutesLeft'), { minutes });
}

/** Whether `n` takes the singular form in the page's language (English when the page names none or a bad one). */
export function isSingular(n: number, lang: string): boolean {
  try {
    return new Intl.PluralRules(lang || 'en').select(n) === 'one';
  } catch {
    return n === 1;
  }
}

/** The record's entries for a submitted attempt: every drawn question, unanswered ones as `s: [], c: false`. */
export function recordedAnswers(results: ExamResults, at: number): RecordedAnswer[] {
  return results.questions.map((q) => ({
    q: q.questionId,
    t: at,
    s: [...q.selected],
    c: q.answered && q.correct,
    src: 'exam',
  }));
}

/** Appends a submitted attempt to the record; the record store loads here, on submit. Never throws. */
export async function recordSubmitted(bankId: string, results: ExamResults, at: number): Promise<void> {
  try {
    const { appendExam } = await import('../../controllers/record-store.js');
    const { examId, percent, passed, correct, total } = results;
    appendExam(bankId, { examId, t: at, percent, passed, correct, total }, recordedAnswers(results, at));
  } catch (error) {
    console.error('ml-quiz: the exam could not be added to the record', error);
  }
}

type Rendered = { renderRoot: HTMLElement | DocumentFragment; updateComplete: Promise<boolean> };

/** Focuses `selector` once the screen has rendered (a heading on a new screen). */
export function focusWhenRendered(host: Rendered, selector: string): void {
  void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
}

/** Closes the submit dialog if it is open. */
export function closeDialog(host: Rendered): void {
  const dialog = host.renderRoot.querySelector('dialog');
  if (dialog?.open) dialog.close();
}
