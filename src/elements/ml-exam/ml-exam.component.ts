import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BankIssue } from '../../bank/issues.js';
import type { Bank, Exam, Question } from '../../bank/schema.js';
import { BankController } from '../../controllers/bank-controller.js';
import type { LmsController } from '../../controllers/lms-controller.js';
import { PersistenceController, storageKey } from '../../controllers/persistence-controller.js';
import { type Clock, TimerController, systemClock } from '../../controllers/timer-controller.js';
import { crossedMarks, elapsedMs, expired, formatClock, remainingMs } from '../../engine/deadline.js';
import { assembleExam, findExam, rememberSeen } from '../../engine/exam.js';
import { type ExamAction, type ExamState, examReducer, isSubmitted, startExam } from '../../engine/exam-state.js';
import { randomSeed } from '../../engine/random.js';
import { type ExamResults, scoreExam, submitDetail } from '../../engine/results.js';
import { isCorrect } from '../../engine/score.js';
import { compactState, expandState, restoreState, serializeState } from '../../engine/serialize.js';
import { format } from '../../labels.js';
import { errorPanel } from '../shared/error-panel.js';
import { inlineText, richText } from '../shared/markup.js';
import { MlElement } from '../shared/ml-element.js';
import { orderedOptions, questionView } from '../shared/question-view.js';
import { questionViewStyles } from '../shared/question-view.styles.js';
import { examStyles } from './ml-exam.styles.js';

/** What is saved under the exam's key: the attempt (if any) and the ids earlier attempts showed. */
interface SavedExam {
  v: 1;
  attempt: ExamState | null;
  seen: string[];
}

type Screen = 'start' | 'question' | 'results' | 'review';
type ReviewFilter = 'all' | 'wrong' | 'flagged';

let instances = 0;

/**
 * A timed mock exam drawn by the bank's blueprint: start screen, one question at a time with a timer, a navigator and
 * flags, a confirmation before submitting, and results by domain with a review of every answer. The attempt is saved
 * after every change, survives a reload, and can report to an LMS through SCORM.
 *
 * @tagname ml-exam
 * @summary Timed mock exam by blueprint, with results, review and SCORM reporting.
 *
 * @event ml-exam-start - An attempt started: `{ examId, seed, questionCount, deadline }`.
 * @event ml-exam-submit - The attempt was submitted by the reader or at the deadline: `{ examId, percent, passed, correct, total, byDomain, answers, secondsUsed, reason }`.
 * @event ml-lms-error - An LMS call failed (the exam goes on): `{ call, code, message }`.
 * @event ml-bank-error - The content cannot be used: `{ errors }`.
 *
 * @csspart base - The exam card.
 * @csspart question - The fieldset of the current question.
 * @csspart option - Each option.
 * @csspart button - Every button.
 * @csspart progress - "Question 12 of 59" and its bar.
 * @csspart timer - The remaining time.
 * @csspart navigator - The grid of question buttons.
 * @csspart results - The results screen.
 * @csspart verdict - "Passed" or "Failed".
 * @csspart chart - The per-domain bar chart.
 * @csspart explanation - Explanations in the review.
 * @csspart feedback - Each reviewed question's answer and key.
 * @csspart error - The error panel.
 *
 * @cssproperty --ml-accent - Buttons, selection, bars.
 * @cssproperty --ml-surface - Card background.
 * @cssproperty --ml-text - Text colour.
 * @cssproperty --ml-muted - Secondary text.
 * @cssproperty --ml-border - Borders.
 * @cssproperty --ml-correct - Correct marks and passing bars.
 * @cssproperty --ml-incorrect - Incorrect marks and failing bars.
 * @cssproperty --ml-focus - Focus ring.
 * @cssproperty --ml-radius - Corner radius.
 * @cssproperty --ml-font - Text font.
 * @cssproperty --ml-font-mono - Code font.
 */
export class MlExam extends MlElement {
  static override styles = [...MlElement.styles, questionViewStyles, examStyles];

  /** A built-in bank id or a URL (attribute), or a bank object (property). */
  @property() bank?: string | Bank;
  /** The exam's id; by default the bank's first exam. */
  @property() exam?: string;
  /** Seed of the draw: the same seed with the same history draws the same exam. Random by default. */
  @property({ type: Number }) seed?: number;
  /** Time limit in minutes, overriding the exam's blueprint. */
  @property({ type: Number }) duration?: number;
  /** Where the attempt is saved (localStorage key); default `ml-quiz:v1:<bankId>:exam:<examId>`. */
  @property({ attribute: 'storage-key' }) storageKey?: string;
  /** Report to an LMS: `none`, `auto` (SCORM 2004 then 1.2), `scorm12` or `scorm2004`. */
  @property() lms: 'none' | 'auto' | 'scorm12' | 'scorm2004' = 'none';
  /** The clock the timer reads (tests inject a fake one). */
  @property({ attribute: false }) clock: Clock = systemClock;

  private readonly content = new BankController(this);
  private readonly store = new PersistenceController<unknown>(this, {
    restore: (data) => data,
    onExternalChange: () => this.restoreSaved(true),
  });
  /** The LMS link, loaded only when `lms` is not `none` (most pages never need SCORM). */
  private lmsLink?: LmsController;
  private readonly timer = new TimerController(this, { clock: () => this.clock, onTick: (now) => this.onTick(now) });
  private readonly uid = `mlx${++instances}`;

  /** @internal */
  @state() private attempt: ExamState | null = null;
  /** @internal */
  @state() private screen: Screen = 'start';
  /** @internal */
  @state() private errors: BankIssue[] = [];
  /** @internal */
  @state() private notice = '';
  /** @internal */
  @state() private untimed = false;
  /** @internal */
  @state() private now = 0;
  /** @internal */
  @state() private reviewFilter: ReviewFilter = 'all';
  /** @internal */
  @state() private practising = false;
  /** @internal */
  @state() private announcement = '';
  private seen: string[] = [];
  private bankData?: Bank;
  private examData?: Exam;
  private resultsCache?: { attempt: ExamState; results: ExamResults };
  private loadedFor?: unknown;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.timer.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('bank') && this.hasUpdated) this.content.resolve();
    const content = this.content.state;
    const key = [content, this.exam, this.storageKey];
    if (content.status === 'loading') return;
    if (this.loadedFor && key.every((v, i) => v === (this.loadedFor as unknown[])[i])) return;
    this.loadedFor = key;
    this.setUp();
  }

  /** Finds the bank and exam, then restores a saved attempt (the LMS's copy first). */
  private setUp(): void {
    if (this.lms && this.lms !== 'none' && !this.lmsLink) {
      // Connect to the LMS first: its saved state wins over local storage.
      void this.loadLms().then(() => this.setUp());
      return;
    }
    const content = this.content.state;
    this.timer.stop();
    this.attempt = null;
    this.screen = 'start';
    this.notice = '';
    if (content.status === 'error') {
      this.errors = content.errors;
      return;
    }
    if (content.status !== 'ready') return;
    const bank = content.inline?.kind === 'bank' ? content.inline.bank : content.bank;
    if (!bank) return this.fail([{ path: '(root)', message: `expected a bank for <ml-exam>, found a ${content.inline?.kind ?? 'nothing'}` }]);
    const found = findExam(bank, this.exam);
    if (!found.ok) return this.fail(found.errors);
    this.errors = [];
    this.bankData = bank;
    this.examData = found.exam;
    this.store.setKey(storageKey(bank.id, 'exam', found.exam.id, this.storageKey));
    this.restoreSaved(false);
  }

  private async loadLms(): Promise<void> {
    try {
      const { LmsController } = await import('../../controllers/lms-controller.js');
      this.lmsLink ??= new LmsController(this, { mode: () => this.lms, onError: (detail) => this.emit('ml-lms-error', detail) });
      this.lmsLink.connect();
    } catch (error) {
      this.emit('ml-lms-error', { call: 'load', code: 'load', message: `could not load the LMS adapter: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  private fail(errors: BankIssue[]): void {
    this.errors = errors;
    queueMicrotask(() => this.emit('ml-bank-error', { errors }));
  }

  /** Reads the saved attempt: the LMS's suspend data wins over local storage. */
  private restoreSaved(fromOtherTab: boolean): void {
    const bank = this.bankData;
    if (!bank || !this.examData) return;
    const saved = this.store.read();
    let data: Partial<SavedExam> | undefined;
    if (saved.status === 'ok' && typeof saved.state === 'object' && saved.state !== null) data = saved.state as Partial<SavedExam>;
    this.seen = Array.isArray(data?.seen) ? data.seen.filter((id): id is string => typeof id === 'string') : [];
    const fromLms = fromOtherTab ? null : this.lmsLink?.readSuspendData() ?? null;
    const restored = fromLms !== null ? expandState(fromLms, bank) : data?.attempt ? restoreState(data.attempt, bank) : undefined;
    if (saved.status === 'corrupt' && !restored) this.notice = this.label('savedStateOutdated');
    if (!restored) {
      if (fromOtherTab) {
        this.attempt = null;
        this.screen = 'start';
        this.timer.stop();
      }
      return;
    }
    if (restored.status === 'invalid' || restored.state.examId !== this.examData.id) {
      this.notice = this.label('savedStateOutdated');
      return;
    }
    if (restored.status === 'partial') this.notice = this.label('savedStateKeptPartly');
    this.attempt = restored.state;
    this.screen = isSubmitted(restored.state) ? 'results' : 'question';
    if (this.screen === 'question') {
      this.now = this.clock.now();
      // Time ran out while the page was closed: the exam submits itself now.
      if (expired(restored.state, this.now)) this.dispatchAction({ type: 'expire', now: this.now });
      else if (restored.state.timed) this.timer.start();
    }
  }

  private persist(attempt: ExamState | null): void {
    const data: SavedExam = { v: 1, attempt: attempt ? serializeState(attempt) : null, seen: this.seen };
    this.store.write(data);
    if (attempt && this.bankData && this.lmsLink?.connected) this.lmsLink.saveState(compactState(attempt, this.bankData));
  }

  /** Applies an engine action, saves, and reports a submission. */
  private dispatchAction(action: ExamAction): void {
    const before = this.attempt;
    if (!before) return;
    const after = examReducer(before, action);
    if (after === before || !after) return;
    this.attempt = after;
    const submittedNow = !isSubmitted(before) && isSubmitted(after);
    if (submittedNow) this.onSubmitted(after);
    else this.persist(after);
  }

  private onSubmitted(attempt: ExamState): void {
    const bank = this.bankData!;
    this.timer.stop();
    this.seen = rememberSeen(this.seen, attempt.questionIds, new Set(bank.questions.map((q) => q.id)));
    this.persist(attempt);
    const results = this.results!;
    const detail = submitDetail(attempt, bank, { results });
    this.lmsLink?.report({
      percent: results.percent,
      passed: results.passed,
      secondsUsed: detail.secondsUsed,
      interactions: results.questions.map((outcome) => ({
        id: outcome.questionId,
        learnerResponse: outcome.selected,
        correctResponse: [...(this.question(outcome.questionId)?.answer ?? [])],
        correct: outcome.correct,
        objectiveId: outcome.objective,
      })),
    });
    this.screen = 'results';
    this.practising = false;
    this.closeDialog();
    this.announcement = `${this.label(results.passed ? 'passed' : 'failed')}: ${results.percent.toFixed(1)}%`;
    this.emit('ml-exam-submit', detail);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.results h2')?.focus());
  }

  private get results(): ExamResults | undefined {
    const attempt = this.attempt;
    if (!attempt || !this.bankData || !isSubmitted(attempt)) return undefined;
    if (this.resultsCache?.attempt !== attempt) this.resultsCache = { attempt, results: scoreExam(attempt, this.bankData) };
    return this.resultsCache.results;
  }

  private question(id: string): Question | undefined {
    return this.bankData?.questions.find((q) => q.id === id);
  }

  private start(): void {
    const bank = this.bankData;
    const exam = this.examData;
    if (!bank || !exam) return;
    const seed = this.seed !== undefined && Number.isFinite(this.seed) ? this.seed : randomSeed();
    const drawn = assembleExam(bank, exam.id, { seed, seen: this.seen });
    if (!drawn.ok) return this.fail(drawn.errors);
    const now = this.clock.now();
    const minutes = this.untimed ? null : this.duration !== undefined && this.duration > 0 ? this.duration : exam.durationMinutes;
    this.attempt = startExam({ bank, draw: drawn.draw, now, durationMinutes: minutes });
    this.now = now;
    this.notice = '';
    this.screen = 'question';
    this.lmsLink?.markIncomplete();
    this.persist(this.attempt);
    if (this.attempt.timed) this.timer.start();
    this.emit('ml-exam-start', {
      examId: exam.id,
      seed: this.attempt.seed,
      questionCount: this.attempt.questionIds.length,
      deadline: this.attempt.deadline,
    });
    this.focusQuestion();
  }

  private newAttempt(): void {
    this.attempt = null;
    this.practising = false;
    this.screen = 'start';
    this.persist(null);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.start h2')?.focus());
  }

  private onTick(now: number): void {
    const attempt = this.attempt;
    if (!attempt || isSubmitted(attempt)) return this.timer.stop();
    const before = remainingMs(attempt, this.now);
    const after = remainingMs(attempt, now);
    this.now = now;
    const marks = crossedMarks(before, after);
    if (marks.length) this.announcement = format(this.label('minutesLeft'), { minutes: marks[marks.length - 1]! });
    if (expired(attempt, now)) this.dispatchAction({ type: 'expire', now });
  }

  private goTo(index: number): void {
    this.dispatchAction({ type: 'goto', index });
    this.focusQuestion();
  }

  /** Moves focus to the question after it has painted: focusing forces style and layout, which would delay the frame. */
  private focusQuestion(): void {
    void this.updateComplete.then(() => requestAnimationFrame(() => this.renderRoot.querySelector<HTMLElement>('.question-focus')?.focus()));
  }

  private openConfirm(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
    this.requestUpdate();
  }

  private closeDialog(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
  }

  private submit(): void {
    this.dispatchAction({ type: 'submit', now: this.clock.now(), reason: 'user' });
  }

  protected override render() {
    return html`<div part="base" class="exam">
      ${this.renderScreen()}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.store.available ? nothing : html`<p class="notice">${this.label('storageUnavailable')}</p>`}
    </div>`;
  }

  private renderScreen() {
    if (this.errors.length) return errorPanel(this.label('errorTitle'), this.errors);
    if (!this.bankData || !this.examData) return html`<p class="loading" role="status">${this.label('loading')}</p>`;
    if (this.screen === 'question' && this.attempt && !isSubmitted(this.attempt)) return this.renderQuestion(this.attempt);
    if ((this.screen === 'results' || this.screen === 'review') && this.results) {
      return this.screen === 'review' ? this.renderReview(this.attempt!, this.results) : this.renderResults(this.attempt!, this.results);
    }
    return this.renderStart(this.bankData, this.examData);
  }

  private renderStart(bank: Bank, exam: Exam) {
    const minutes = this.duration !== undefined && this.duration > 0 ? this.duration : exam.durationMinutes;
    return html`<section class="start" aria-labelledby="${this.uid}-title">
      <h2 id="${this.uid}-title" tabindex="-1">${exam.title}</h2>
      ${bank.notes ? html`<p class="muted">${bank.notes}</p>` : nothing}
      <dl class="facts">
        <div><dt>${this.label('questions')}</dt><dd>${exam.questionCount}</dd></div>
        <div><dt>${this.label('duration')}</dt><dd>${this.untimed ? '—' : `${minutes} ${this.label('minutes')}`}</dd></div>
        <div><dt>${this.label('passMark')}</dt><dd>${exam.passPercent}%</dd></div>
      </dl>
      <table class="weights">
        <caption class="visually-hidden">${this.label('domain')}</caption>
        <thead>
          <tr><th scope="col">${this.label('domain')}</th><th scope="col" class="num">%</th></tr>
        </thead>
        <tbody>
          ${bank.domains.map((d) => html`<tr><th scope="row">${d.title}</th><td class="num">${d.weight}%</td></tr>`)}
        </tbody>
      </table>
      <label class="untimed">
        <input type="checkbox" .checked=${this.untimed} @change=${(e: Event) => (this.untimed = (e.target as HTMLInputElement).checked)} />
        ${this.label('untimedPractice')}
      </label>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      <div class="actions">
        <button type="button" part="button" @click=${this.start}>${this.label('startExam')}</button>
      </div>
    </section>`;
  }

  private renderQuestion(attempt: ExamState) {
    const id = attempt.questionIds[attempt.current]!;
    const question = this.question(id);
    const total = attempt.questionIds.length;
    const position = attempt.current + 1;
    const flagged = attempt.flags.includes(id);
    const unanswered = attempt.questionIds.filter((q) => !(attempt.answers[q]?.length)).length;
    const remaining = remainingMs(attempt, this.now);
    return html`
      <div class="bar">
        <div class="progress" part="progress">
          <span>${format(this.label('questionProgress'), { current: position, total })}</span>
          <progress max=${total} value=${position} aria-hidden="true"></progress>
        </div>
        ${attempt.timed
          ? html`<div class="timer ${remaining < 5 * 60_000 ? 'low' : ''}" part="timer" role="timer" aria-label=${this.label('timeRemaining')}>
              <span class="visually-hidden">${this.label('timeRemaining')}: </span>${formatClock(remaining)}
            </div>`
          : html`<div class="timer untimed" part="timer">${this.label('untimedPractice')}</div>`}
      </div>
      <div class="layout">
        <div class="main">
          <div class="question-focus" tabindex="-1" aria-label=${format(this.label('questionProgress'), { current: position, total })}>
            ${question
              ? questionView({
                  question,
                  selected: attempt.answers[id] ?? [],
                  revealed: false,
                  name: `${this.uid}-${id}`,
                  order: attempt.optionOrder[id],
                  label: (key) => this.label(key),
                  onChange: (selected) => this.dispatchAction({ type: 'answer', questionId: id, selected, now: this.clock.now() }),
                })
              : nothing}
          </div>
          <div class="actions">
            <button type="button" part="button" class="secondary" ?disabled=${attempt.current === 0} @click=${() => this.goTo(attempt.current - 1)}>
              ${this.label('previous')}
            </button>
            <button type="button" part="button" class="secondary" ?disabled=${position === total} @click=${() => this.goTo(attempt.current + 1)}>
              ${this.label('next')}
            </button>
            <button
              type="button"
              part="button"
              class="secondary flag ${flagged ? 'on' : ''}"
              aria-pressed=${flagged ? 'true' : 'false'}
              @click=${() => this.dispatchAction({ type: 'flag', questionId: id, now: this.clock.now() })}
            >
              <span aria-hidden="true">⚑</span> ${this.label('flagForReview')}
            </button>
            <span class="spacer"></span>
            <button type="button" part="button" @click=${this.openConfirm}>${this.label('submitExam')}</button>
          </div>
        </div>
        ${this.renderNavigator(attempt)}
      </div>
      <dialog aria-labelledby="${this.uid}-confirm" @close=${() => this.requestUpdate()}>
        <h2 id="${this.uid}-confirm">${this.label('submitConfirm')}</h2>
        <ul>
          <li>${format(this.label('unansweredCount'), { n: unanswered })}</li>
          <li>${format(this.label('flaggedCount'), { n: attempt.flags.length })}</li>
        </ul>
        <div class="actions">
          <button type="button" part="button" @click=${this.submit}>${this.label('submitExam')}</button>
          <button type="button" part="button" class="secondary" autofocus @click=${this.closeDialog}>${this.label('returnToExam')}</button>
        </div>
      </dialog>
    `;
  }

  /** A grid of question buttons with one tab stop; arrows, Home and End move within it. */
  private renderNavigator(attempt: ExamState) {
    const onKey = (event: KeyboardEvent) => {
      const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 5, ArrowLeft: -1, ArrowUp: -5 };
      const total = attempt.questionIds.length;
      const from = Number((event.target as HTMLElement).dataset.index ?? attempt.current);
      let to: number | undefined;
      if (event.key in moves) to = Math.min(total - 1, Math.max(0, from + moves[event.key]!));
      if (event.key === 'Home') to = 0;
      if (event.key === 'End') to = total - 1;
      if (to === undefined) return;
      event.preventDefault();
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('.navigator button');
      buttons.forEach((b, i) => (b.tabIndex = i === to ? 0 : -1));
      buttons[to]?.focus();
    };
    return html`<nav class="navigator" part="navigator" aria-label=${this.label('navigator')}>
      <ol @keydown=${onKey}>
        ${attempt.questionIds.map((id, index) => {
          const answered = (attempt.answers[id]?.length ?? 0) > 0;
          const flagged = attempt.flags.includes(id);
          const current = index === attempt.current;
          const states = [answered ? this.label('answered') : this.label('unanswered'), flagged ? this.label('flagged') : ''].filter(Boolean).join(', ');
          return html`<li>
            <button
              type="button"
              data-index=${index}
              tabindex=${current ? 0 : -1}
              class=${classMap({ answered, flagged, current })}
              aria-current=${current ? 'step' : 'false'}
              aria-label="${index + 1}: ${states}"
              @click=${() => this.goTo(index)}
            >
              ${index + 1}
            </button>
          </li>`;
        })}
      </ol>
      <p class="legend" aria-hidden="true">
        <span class="swatch answered"></span>${this.label('answered')} <span class="swatch flagged"></span>${this.label('flagged')}
      </p>
    </nav>`;
  }

  private renderResults(attempt: ExamState, results: ExamResults) {
    const bank = this.bankData!;
    const secondsUsed = Math.round(elapsedMs(attempt, attempt.submittedAt ?? attempt.startedAt) / 1000);
    const missed = results.questions.filter((q) => !q.correct).map((q) => q.questionId);
    const domains = bank.domains.filter((d) => results.byDomain[d.id]);
    const objectiveTitle = new Map(bank.objectives.map((o) => [o.id, o.title]));
    return html`<section class="results" part="results" aria-labelledby="${this.uid}-results">
      <h2 id="${this.uid}-results" tabindex="-1">${this.label('results')}</h2>
      <p class="headline">
        <strong part="verdict" class=${results.passed ? 'pass' : 'fail'}>${this.label(results.passed ? 'passed' : 'failed')}</strong>
        <span class="percent">${results.percent.toFixed(1)}%</span>
        <span class="muted">${format(this.label('score'), { correct: results.correct, total: results.total })}</span>
      </p>
      <dl class="facts">
        <div><dt>${this.label('passMark')}</dt><dd>${results.passPercent}%</dd></div>
        <div><dt>${this.label('timeUsed')}</dt><dd>${formatClock(secondsUsed * 1000)}</dd></div>
        <div><dt>${this.label('unanswered')}</dt><dd>${results.unanswered}</dd></div>
      </dl>
      <h3>${this.label('byDomain')}</h3>
      ${this.renderChart(domains, results)}
      <table class="domains">
        <caption class="visually-hidden">${this.label('byDomain')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.label('domain')}</th>
            <th scope="col" class="num">${this.label('correct')}</th>
            <th scope="col" class="num">%</th>
            <th scope="col" class="num">90% CI</th>
          </tr>
        </thead>
        <tbody>
          ${domains.map((d) => {
            const s = results.byDomain[d.id]!;
            const ci = results.domainIntervals[d.id]!;
            return html`<tr>
              <th scope="row">${d.title}</th>
              <td class="num">${s.correct} / ${s.total}</td>
              <td class="num">${s.percent.toFixed(1)}</td>
              <td class="num">${ci.low.toFixed(0)}–${ci.high.toFixed(0)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${results.weakestObjectives.length
        ? html`<h3>${this.label('weakestObjectives')}</h3>
            <ol class="weakest">
              ${results.weakestObjectives.slice(0, 5).map(
                (o) => html`<li><span class="objective">${objectiveTitle.get(o.objective) ?? o.objective}</span> <span class="muted">(${o.objective}: ${o.correct} / ${o.total})</span></li>`,
              )}
            </ol>`
        : nothing}
      <div class="actions">
        <button type="button" part="button" @click=${() => this.openReview()}>${this.label('reviewAnswers')}</button>
        ${missed.length
          ? html`<button type="button" part="button" class="secondary" aria-expanded=${this.practising ? 'true' : 'false'} @click=${() => this.togglePractice()}>
              ${this.label('practiceMissed')}
            </button>`
          : nothing}
        <button type="button" part="button" class="secondary" @click=${this.newAttempt}>${this.label('newAttempt')}</button>
      </div>
      ${this.practising && missed.length
        ? html`<ml-quiz class="practice" .bank=${bank} questions=${missed.join(' ')} theme=${ifDefined(this.theme)} .labels=${this.labels}></ml-quiz>`
        : nothing}
    </section>`;
  }

  private async togglePractice(): Promise<void> {
    // The practice deck is an <ml-quiz>; its code loads the first time it is asked for.
    if (!this.practising && !customElements.get('ml-quiz')) await import('../ml-quiz.js');
    this.practising = !this.practising;
    if (this.practising) void this.updateComplete.then(() => this.renderRoot.querySelector('ml-quiz')?.scrollIntoView?.({ block: 'nearest' }));
  }

  /** Bars per domain with their 90% intervals and the pass mark; the table after it carries the same figures. */
  private renderChart(domains: Bank['domains'], results: ExamResults) {
    const rowHeight = 34;
    const left = 0;
    const height = domains.length * rowHeight + 22;
    const x = (percent: number) => `${left + percent}%`;
    return html`<figure class="chart" part="chart" aria-hidden="true">
      <svg width="100%" height=${height} role="presentation" focusable="false">
        ${domains.map((d, i) => {
          const s = results.byDomain[d.id]!;
          const ci = results.domainIntervals[d.id]!;
          const y = i * rowHeight + 4;
          return svg`
            <text x="0" y=${y + 10} class="label">${d.title}</text>
            <rect x="0" y=${y + 15} width="100%" height="12" rx="3" class="track"></rect>
            <rect x="0" y=${y + 15} width=${x(s.percent)} height="12" rx="3" class=${s.percent >= results.passPercent ? 'bar pass' : 'bar fail'}></rect>
            <line x1=${x(ci.low)} x2=${x(ci.high)} y1=${y + 21} y2=${y + 21} class="ci"></line>
            <line x1=${x(ci.low)} x2=${x(ci.low)} y1=${y + 16} y2=${y + 26} class="ci"></line>
            <line x1=${x(ci.high)} x2=${x(ci.high)} y1=${y + 16} y2=${y + 26} class="ci"></line>`;
        })}
        <line x1=${x(results.passPercent)} x2=${x(results.passPercent)} y1="0" y2=${height - 14} class="passline"></line>
        <text x=${x(results.passPercent)} y=${height - 2} class="passlabel" text-anchor="middle">${this.label('passMark')} ${results.passPercent}%</text>
      </svg>
    </figure>`;
  }

  private openReview(): void {
    this.screen = 'review';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.review h2')?.focus());
  }

  private renderReview(attempt: ExamState, results: ExamResults) {
    const outcomes = results.questions.filter((q) =>
      this.reviewFilter === 'wrong' ? !q.correct : this.reviewFilter === 'flagged' ? attempt.flags.includes(q.questionId) : true,
    );
    const filters: [ReviewFilter, string][] = [
      ['all', this.label('all')],
      ['wrong', this.label('wrongOnly')],
      ['flagged', this.label('flaggedOnly')],
    ];
    return html`<section class="review" aria-labelledby="${this.uid}-review">
      <h2 id="${this.uid}-review" tabindex="-1">${this.label('reviewAnswers')}</h2>
      <fieldset class="filters">
        <legend class="visually-hidden">${this.label('reviewAnswers')}</legend>
        ${filters.map(
          ([value, text]) => html`<label>
            <input type="radio" name="${this.uid}-filter" value=${value} .checked=${this.reviewFilter === value} @change=${() => (this.reviewFilter = value)} />
            ${text}
          </label>`,
        )}
      </fieldset>
      <p class="muted" role="status">${outcomes.length} / ${results.questions.length}</p>
      <ol class="reviewed">
        ${outcomes.map((outcome) => {
          const question = this.question(outcome.questionId);
          if (!question) return nothing;
          const index = attempt.questionIds.indexOf(outcome.questionId);
          const options = orderedOptions(question, attempt.optionOrder[question.id]);
          const letter = (id: string) => String.fromCharCode(65 + options.findIndex((o) => o.id === id));
          const given = outcome.selected.map(letter).join(', ') || this.label('notAnswered');
          const key = [...question.answer].map(letter).sort().join(', ');
          const correct = isCorrect(question, outcome.selected);
          return html`<li class=${correct ? 'right' : 'wrong'}>
            <h3 class="q-title">${format(this.label('questionProgress'), { current: index + 1, total: attempt.questionIds.length })}</h3>
            <div class="stem">${richText(question.stem)}</div>
            <ul class="options" role="list">
              ${options.map(
                (o, i) => {
                  const isKey = (question.answer as readonly string[]).includes(o.id);
                  const chosen = outcome.selected.includes(o.id);
                  return html`<li class=${classMap({ key: isKey, chosen })}>
                    <span class="letter">${String.fromCharCode(65 + i)}</span> ${inlineText(o.text)}
                    <span class="mark" aria-hidden="true">${isKey ? '✓' : chosen ? '✗' : ''}</span>
                  </li>`;
                },
              )}
            </ul>
            <p part="feedback">
              <strong class="verdict">${this.label(correct ? 'correct' : 'incorrect')}</strong>
              · ${this.label('yourAnswer')}: ${given} · ${this.label('correctAnswer')}: ${key}
              ${attempt.flags.includes(question.id) ? html` · <span class="flagged">⚑ ${this.label('flagged')}</span>` : nothing}
            </p>
            <div part="explanation">${richText(question.explanation)}</div>
          </li>`;
        })}
      </ol>
      <div class="actions">
        <button type="button" part="button" @click=${() => (this.screen = 'results')}>${this.label('results')}</button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ml-exam': MlExam;
  }
}
