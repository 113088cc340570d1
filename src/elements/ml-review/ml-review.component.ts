import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BankIssue } from '../../bank/issues.js';
import type { Question } from '../../bank/schema.js';
import { planReview } from '../../engine/review.js';
import { buildSchedule, describeWhen, dueQuestions, nextReview } from '../../engine/schedule.js';
import { isCorrect } from '../../engine/score.js';
import { defaultLabels, format } from '../../labels.js';
import { errorPanel } from '../shared/error-panel.js';
import { MlElement } from '../shared/ml-element.js';
import { RecordElement } from '../shared/record-element.js';
import { feedbackPanel, questionView } from '../shared/question-view.js';
import { practiceFrameStyles, questionViewStyles } from '../shared/question-view.styles.js';
import { feedbackStyles } from '../../styles/tokens.js';
import { reviewStyles } from './ml-review.styles.js';

interface Answer {
  selected: string[];
  checked: boolean;
}

let instances = 0;

/**
 * Spaced review: the questions whose review time has come (scheduled with FSRS from the learner's record), then new
 * questions from the objectives the record knows least, up to `count`. Every answer is added to the record
 * (`ml-quiz:v1:<bankId>:record`) unless `record="off"`.
 *
 * @tagname ml-review
 * @summary "N due", the due questions first, then new ones from the weakest objectives; says when the next review is.
 *
 * @event ml-answer - The learner checked an answer: `{ questionId, selected, correct }`.
 * @event ml-complete - The session finished: `{ correct, total }`.
 * @event ml-bank-error - The content cannot be used: `{ errors }`.
 *
 * @csspart base - The card.
 * @csspart question - The fieldset holding the stem and the options.
 * @csspart option - Each option (also `option-correct` / `option-incorrect` once revealed).
 * @csspart button - Every button.
 * @csspart feedback - What appears after "Check answer".
 * @csspart verdict - "Correct" or "Incorrect".
 * @csspart explanation - Why the key is right.
 * @csspart progress - "N due" and "3 of 20".
 * @csspart results - The summary.
 * @csspart error - The error panel.
 */
export class MlReview extends RecordElement {
  static override styles = [...MlElement.styles, questionViewStyles, practiceFrameStyles, feedbackStyles, reviewStyles];
  static override defaultLabels = defaultLabels;

  /** Questions per session: the due ones first, then new ones. */
  @property({ type: Number }) count = 20;

  private readonly uid = `mlr${++instances}`;

  /** @internal The session's questions. */
  @state() private session: Question[] | undefined;
  /** @internal */
  @state() private reviews = 0;
  /** @internal */
  @state() private index = 0;
  /** @internal */
  @state() private answers: Record<string, Answer> = {};
  /** @internal */
  @state() private done = false;
  /** @internal */
  @state() private nudge = false;
  /** @internal */
  @state() private announcement = '';
  private errors: BankIssue[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('bank') && this.hasUpdated) this.session = undefined;
    const s = this.content.state;
    this.errors = s.status === 'error' ? s.errors : [];
    this.learner.sync();
    // A new count or clock re-plans a session not yet begun.
    if (changed.has('count') || (changed.has('clock') && Object.keys(this.answers).length === 0))
      this.session = undefined;
    if (!this.session && this.content.bank) this.plan();
  }

  private plan(): void {
    const bank = this.content.bank!;
    const plan = planReview(bank, this.learner.record, this.clock.now(), this.count);
    this.session = plan.questions;
    this.reviews = plan.reviews;
    this.index = 0;
    this.answers = {};
    this.done = false;
    this.announcement = '';
  }

  private get current(): Question | undefined {
    return this.session?.[this.index];
  }

  private answerOf(id: string): Answer {
    return this.answers[id] ?? { selected: [], checked: false };
  }

  private check(event?: Event): void {
    event?.preventDefault();
    const question = this.current;
    if (!question) return;
    const answer = this.answerOf(question.id);
    if (answer.checked) return;
    if (answer.selected.length === 0) {
      this.nudge = true;
      return;
    }
    const correct = isCorrect(question, answer.selected);
    this.answers = { ...this.answers, [question.id]: { ...answer, checked: true } };
    this.learner.append({ q: question.id, t: this.clock.now(), s: [...answer.selected], c: correct, src: 'review' });
    this.announcement = this.label(correct ? 'correct' : 'incorrect');
    this.emit('ml-answer', { questionId: question.id, selected: [...answer.selected], correct });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="feedback"]')?.focus());
  }

  private next(): void {
    if (!this.session) return;
    if (this.index >= this.session.length - 1) {
      this.done = true;
      const { correct, total } = this.tally();
      this.announcement = format(this.label('score'), { correct, total });
      this.emit('ml-complete', { correct, total });
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.summary h2')?.focus());
      return;
    }
    this.index += 1;
    this.announcement = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.question-focus')?.focus());
  }

  private tally(): { correct: number; total: number } {
    const list = this.session ?? [];
    return { correct: list.filter((q) => isCorrect(q, this.answerOf(q.id).selected)).length, total: list.length };
  }

  private again(): void {
    this.plan();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.question-focus, .summary h2')?.focus(),
    );
  }

  /** "tomorrow", "today", or a date in the page's language. */
  private when(time: number): string {
    const now = this.clock.now();
    const when = describeWhen(time, now, new Date(now).getTimezoneOffset());
    if (when.kind === 'date')
      return new Date(time).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
    return this.label(when.kind);
  }

  protected override render() {
    return html`<div part="base" class="card">
      ${this.renderBody()}
      ${this.recordNotice()}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderBody() {
    if (this.errors.length) return errorPanel(this.label('errorTitle'), this.errors);
    const bank = this.content.bank;
    if (!bank || !this.session) return html`<p class="loading" role="status">${this.label('loading')}</p>`;
    const schedule = buildSchedule(
      this.learner.record,
      bank.questions.map((q) => q.id),
    );
    const now = this.clock.now();
    if (this.done || this.session.length === 0) return this.renderSummary(nextReview(schedule, now));
    const question = this.current!;
    const answer = this.answerOf(question.id);
    const correct = answer.checked && isCorrect(question, answer.selected);
    const position = format(this.label('progress'), { current: this.index + 1, total: this.session.length });
    const dueNow = dueQuestions(schedule, now).length;
    return html`<div class="header" part="progress">
        <span class="due">${format(this.label('dueCount'), { n: dueNow })}</span>
        <span><span class="kind">${this.label(this.index < this.reviews ? 'dueReview' : 'newQuestion')}</span> ${position}</span>
      </div>
      <form @submit=${this.check} novalidate>
        <div class="question-focus" tabindex="-1" aria-label=${position}>
          ${questionView({
            question,
            selected: answer.selected,
            revealed: answer.checked,
            name: `${this.uid}-${question.id}`,
            label: (key) => this.label(key),
            onChange: (selected) => {
              this.nudge = false;
              this.answers = { ...this.answers, [question.id]: { selected, checked: false } };
            },
          })}
        </div>
        ${answer.checked ? feedbackPanel(question, correct, (key) => this.label(key)) : nothing}
        <div class="actions">
          ${
            answer.checked
              ? html`<button type="button" part="button" @click=${this.next}>${this.label(this.index >= this.session.length - 1 ? 'seeResults' : 'next')}</button>`
              : html`<button type="submit" part="button">${this.label('checkAnswer')}</button>`
          }
          ${this.nudge && !answer.checked ? html`<p class="nudge" role="status">${this.label('selectOne')}</p>` : nothing}
        </div>
      </form>`;
  }

  private renderSummary(next: number | null) {
    const empty = this.session!.length === 0;
    const { correct, total } = this.tally();
    return html`<section class="summary" part="results">
      <h2 tabindex="-1">${this.label('reviewComplete')}</h2>
      ${empty ? html`<p>${this.label('nothingToReview')}</p>` : html`<p part="progress">${format(this.label('score'), { correct, total })}</p>`}
      <p class="next">${next === null ? this.label('noReviewScheduled') : format(this.label('nextReview'), { when: this.when(next) })}</p>
      ${empty ? nothing : html`<div class="actions"><button type="button" part="button" @click=${this.again}>${this.label('reviewAgain')}</button></div>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ml-review': MlReview;
  }
}
