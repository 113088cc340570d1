import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BankIssue } from '../../bank/issues.js';
import type { Bank, Exam, Question } from '../../bank/schema.js';
import { BankController } from '../../controllers/bank-controller.js';
import { FocusController } from '../../controllers/focus-controller.js';
import { GridNavigationController } from '../../controllers/grid-navigation-controller.js';
import { type Clock, TimerController, systemClock } from '../../controllers/timer-controller.js';
import type { BankMeta } from '../../engine/content.js';
import { crossedMarks, examMinutes, expired, remainingMs } from '../../engine/deadline.js';
import { rememberSeen } from '../../engine/exam.js';
import { type ExamAction, type ExamState, beginExam, examReducer, isSubmitted } from '../../engine/exam-state.js';
import { isOlderCopy } from '../../engine/saved-exam.js';
import { type ExamResults, scoreExam, submitDetail } from '../../engine/results.js';
import { defaultLabels, format } from '../../labels.js';
import { lmsResult } from '../../lms/result.js';
import { errorPanel } from '../shared/error-panel.js';
import { closeDialog, confirmNewAttempt, focusWhenRendered, minutesLeft, recordSubmitted } from './exam-effects.js';
import { ExamStore } from './exam-store.js';
import { MlElement } from '../shared/ml-element.js';
import { questionViewStyles } from '../shared/question-view.styles.js';
import { questionScreen } from './exam-question.js';
import { resultsView } from './exam-results.js';
import { type ReviewFilter, reviewView } from './exam-review.js';
import { startView } from './exam-start.js';
import { examReviewStyles } from './exam-review.styles.js';
import { examStyles } from './ml-exam.styles.js';

type Screen = 'start' | 'question' | 'results' | 'review';

/** The bank as the exam engine reads it: its meta and the questions resolved for this exam. */
type ExamContent = BankMeta & { questions: Question[] };

let instances = 0;

/**
 * A timed mock exam drawn by the bank's blueprint: start screen, one question at a time with a timer, a navigator and
 * flags, a confirmation before submitting, and results by domain with a review of every answer. The attempt is saved
 * after every change, survives a reload, and can report to an LMS through SCORM. A submitted attempt (never one in
 * progress) is added to the learner's record unless `record="off"`; with `progress-href` the results link to the
 * page's progress view.
 *
 * @tagname ml-exam
 * @summary Timed mock exam by blueprint, with results, review and SCORM reporting.
 *
 * @event {CustomEvent<ExamStartDetail>} ml-exam-start - An attempt started: `{ examId, seed, questionCount, deadline }`.
 * @event {CustomEvent<ExamSubmitDetail>} ml-exam-submit - The attempt was submitted by the reader or at the deadline: `{ examId, percent, passed, correct, total, byDomain, answers, secondsUsed, reason }`.
 * @event {CustomEvent<LmsErrorDetail>} ml-lms-error - An LMS call failed (the exam goes on): `{ call, code, message }`.
 * @event {CustomEvent<BankErrorDetail>} ml-bank-error - The content cannot be used: `{ errors }`.
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
 */
export class MlExam extends MlElement {
  static override styles = [...MlElement.styles, questionViewStyles, examStyles, examReviewStyles];
  static override defaultLabels = defaultLabels;

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
  /** `off`: a submitted attempt is not added to the learner's record (`ml-quiz:v1:<bankId>:record`). */
  @property() record: 'on' | 'off' = 'on';
  /** The results' "See your progress" link: a URL or `#id` of a page with `<ml-progress>` (no link without it). */
  @property({ attribute: 'progress-href' }) progressHref?: string;
  /** The clock the timer reads (tests inject a fake one). @internal */
  @property({ attribute: false }) clock: Clock = systemClock;

  // Split delivery: the index before Start; the drawn questions in full once an attempt exists (started or resumed).
  private readonly content = new BankController(this, {
    request: () => ({ kind: 'exam', examId: this.exam, questionIds: this.attempt?.questionIds }),
  });
  private readonly navigation = new GridNavigationController({
    items: () => [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.navigator button')],
  });
  private readonly store = new ExamStore(this, {
    lms: () => this.lms,
    onLmsError: (detail) => this.emit('ml-lms-error', detail),
    onExternalChange: () => this.restoreSaved(true),
  });
  // After "Start exam" or a jump, focus goes to the question once it is there (its file may still be loading).
  private readonly questionFocus = new FocusController(this);
  private readonly timer = new TimerController(this, { clock: () => this.clock, onTick: (now) => this.onTick(now) });
  private readonly uid = `mlx${++instances}`;

  /** @internal */ @state() private attempt: ExamState | null = null;
  /** @internal */ @state() private screen: Screen = 'start';
  /** @internal */ @state() private notice = '';
  /** @internal */ @state() private untimed = false;
  /** @internal */ @state() private now = 0;
  /** @internal */ @state() private reviewFilter: ReviewFilter = 'all';
  /** @internal */ @state() private practising = false;
  /** @internal */ @state() private announcement = '';
  private seen: string[] = [];
  /** @internal Errors of drawing the exam (the content was fine). */ @state() private drawErrors: BankIssue[] = [];
  private bankData?: ExamContent;
  private examData?: Exam;
  private resultsCache?: { attempt: ExamState; results: ExamResults };
  private loadedFor?: unknown;
  private remoteFor?: unknown;

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const content = this.content.state;
    const key = [content, this.exam, this.storageKey];
    if (content.status === 'loading') return;
    if (this.loadedFor && key.every((v, i) => v === (this.loadedFor as unknown[])[i])) return;
    const remote = this.content.remoteSource;
    const previous = this.loadedFor as unknown[] | undefined;
    this.loadedFor = key;
    // The same remote bank answering with the attempt's questions in full: keep the attempt, take the questions.
    const sameSource =
      !!remote && remote === this.remoteFor && previous?.[1] === this.exam && previous?.[2] === this.storageKey;
    if (sameSource && content.status === 'ready' && content.content.bank && this.bankData) {
      this.bankData = { ...content.content.bank, questions: content.content.questions };
      this.resultsCache = undefined;
      // A resumed attempt whose time ran out while the page was closed is scored once its questions are here.
      if (this.attempt && !isSubmitted(this.attempt) && expired(this.attempt, this.clock.now()))
        this.dispatchAction({ type: 'expire', now: this.clock.now() });
      return;
    }
    this.remoteFor = remote;
    this.setUp();
  }

  /** Finds the bank and exam, then restores a saved attempt (the LMS's copy first). */
  private setUp(): void {
    if (this.lms && this.lms !== 'none' && !this.store.scorm.tried) {
      // Connect to the LMS first: with an LMS, its saved state is the only one.
      void this.store.scorm.load().then(() => this.setUp());
      return;
    }
    const content = this.content.state;
    this.toStart();
    this.notice = '';
    this.bankData = undefined;
    this.examData = undefined;
    this.drawErrors = [];
    if (content.status !== 'ready' || !content.content.bank || !content.content.exam) return;
    const bank: ExamContent = { ...content.content.bank, questions: content.content.questions };
    this.bankData = bank;
    this.examData = content.content.exam;
    this.store.setKey(bank.id, this.examData.id, this.storageKey);
    this.restoreSaved(false);
    this.requestUpdate();
  }

  /** Reads the saved attempt: the LMS's suspend data wins over local storage. */
  private restoreSaved(fromOtherTab: boolean): void {
    const bank = this.bankData;
    if (!bank || !this.examData) return;
    // With an LMS connected the LMS is the only source of an attempt: a local one never feeds an LMS attempt.
    if (this.store.lmsConnected && fromOtherTab) return;
    const read = this.store.read(bank, this.examData.id);
    this.seen = read.seen;
    const attempt = read.attempt;
    // Never let an older copy of this attempt (another tab, a stale write) bring back one already submitted here.
    if (fromOtherTab && isOlderCopy(attempt, this.attempt)) return;
    if (read.note === 'partial') this.notice = format(this.label('examQuestionsDropped'), { n: read.dropped ?? 0 });
    else if (read.note) this.notice = this.label('savedStateOutdated');
    if (!attempt) {
      if (fromOtherTab && !read.found) this.toStart();
      return;
    }
    this.attempt = attempt;
    this.screen = isSubmitted(attempt) ? 'results' : 'question';
    if (this.screen === 'question') {
      this.now = this.clock.now();
      // Time ran out while the page was closed: the exam submits itself now.
      if (expired(attempt, this.now)) {
        if (this.hasQuestions(attempt)) this.dispatchAction({ type: 'expire', now: this.now });
      } else if (attempt.timed) this.timer.start();
    }
  }

  private persist(attempt: ExamState | null): void {
    if (this.bankData) this.store.save(attempt, this.seen, this.bankData);
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
    this.store.report(() => lmsResult(results, detail, (id) => this.question(id)));
    if (this.record !== 'off') void recordSubmitted(bank.id, results, attempt.submittedAt ?? this.clock.now());
    this.screen = 'results';
    this.practising = false;
    closeDialog(this);
    this.announcement = `${this.label(results.passed ? 'passed' : 'failed')}: ${results.percent.toFixed(1)}%`;
    this.emit('ml-exam-submit', detail);
    focusWhenRendered(this, '.results h2');
  }

  private get results(): ExamResults | undefined {
    const attempt = this.attempt;
    if (!attempt || !this.bankData || !isSubmitted(attempt)) return undefined;
    if (this.resultsCache?.attempt !== attempt)
      this.resultsCache = { attempt, results: scoreExam(attempt, this.bankData) };
    return this.resultsCache.results;
  }

  /** Whether the attempt's questions have arrived in full (split delivery fetches them after the draw). */
  private hasQuestions(attempt: ExamState): boolean {
    return attempt.questionIds.every((id) => this.question(id)?.stem !== undefined);
  }

  private question(id: string): Question | undefined {
    return this.bankData?.questions.find((q) => q.id === id);
  }

  private start(): void {
    const { bankData: bank, examData: exam } = this;
    if (!bank || !exam) return;
    const now = this.clock.now();
    const { seed, seen, untimed, duration } = this;
    const begun = beginExam(bank, exam, { seed, seen, untimed, duration, now });
    if (!begun.ok) {
      // The blueprint cannot be drawn (a domain short of questions): shown like any content error, reported once.
      this.drawErrors = begun.errors;
      this.emit('ml-bank-error', { errors: begun.errors });
      return;
    }
    this.attempt = begun.attempt;
    this.now = now;
    this.notice = '';
    this.screen = 'question';
    this.store.started();
    this.persist(this.attempt);
    if (this.attempt.timed) this.timer.start();
    const { seed: drawnSeed, questionIds, deadline } = this.attempt;
    this.emit('ml-exam-start', { examId: exam.id, seed: drawnSeed, questionCount: questionIds.length, deadline });
    this.questionFocus.focusWhenShown('.question-focus');
  }

  /** "New attempt": clears the results only once the learner confirms (the dialog loads on this click). */
  private async newAttempt(): Promise<void> {
    if (!(await confirmNewAttempt(this, this.results?.percent ?? 0, (key) => this.label(key)))) return;
    this.toStart();
    this.persist(null);
    focusWhenRendered(this, '.start h2');
  }

  private toStart(): void {
    this.timer.stop();
    this.attempt = null;
    this.practising = false;
    this.screen = 'start';
  }

  private onTick(now: number): void {
    const attempt = this.attempt;
    if (!attempt || isSubmitted(attempt)) return this.timer.stop();
    const before = remainingMs(attempt, this.now);
    const after = remainingMs(attempt, now);
    this.now = now;
    const minutes = crossedMarks(before, after).pop();
    if (minutes !== undefined)
      this.announcement = minutesLeft(minutes, this.closest('[lang]')?.getAttribute('lang') ?? '', (key) =>
        this.label(key),
      );
    if (expired(attempt, now)) this.dispatchAction({ type: 'expire', now });
  }

  private goTo(index: number): void {
    this.dispatchAction({ type: 'goto', index });
    this.questionFocus.focusWhenShown('.question-focus');
  }

  protected override render() {
    return html`<div part="base" class="exam">
      ${this.renderScreen()}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.store.available ? nothing : html`<p class="notice">${this.label('storageUnavailable')}</p>`}
    </div>`;
  }

  private renderScreen() {
    const errors = this.content.state.status === 'error' ? this.content.state.errors : this.drawErrors;
    if (errors.length) return errorPanel(this.label('errorTitle'), errors, this.label('moreErrors'));
    const drawnMissing = this.screen !== 'start' && !!this.attempt && !this.hasQuestions(this.attempt);
    if (!this.bankData || !this.examData || drawnMissing)
      return html`<p class="loading" role="status">${this.label('loading')}</p>`;
    if (this.screen === 'question' && this.attempt && !isSubmitted(this.attempt))
      return this.renderQuestion(this.attempt);
    if (this.screen === 'review' && this.results) return this.renderReview(this.attempt!, this.results);
    if (this.screen === 'results' && this.results) return this.renderResults(this.attempt!, this.results);
    return startView({
      uid: this.uid,
      bank: this.bankData,
      exam: this.examData,
      minutes: examMinutes(this.duration, this.examData.durationMinutes),
      untimed: this.untimed,
      notice: this.notice,
      label: (key) => this.label(key),
      onUntimed: (untimed) => (this.untimed = untimed),
      onStart: () => this.start(),
    });
  }

  private renderQuestion(attempt: ExamState) {
    const id = attempt.questionIds[attempt.current]!;
    return questionScreen({
      uid: this.uid,
      attempt,
      question: this.question(id),
      remaining: remainingMs(attempt, this.now),
      notice: this.notice,
      label: (key) => this.label(key),
      onAnswer: (selected) => this.dispatchAction({ type: 'answer', questionId: id, selected, now: this.clock.now() }),
      onFlag: () => this.dispatchAction({ type: 'flag', questionId: id, now: this.clock.now() }),
      onGoTo: (index) => this.goTo(index),
      onNavigatorKey: this.navigation.onKeydown,
      onConfirm: () => void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal()),
      onSubmit: () => this.dispatchAction({ type: 'submit', now: this.clock.now(), reason: 'user' }),
      onReturn: () => closeDialog(this),
      onDialogClose: () => this.requestUpdate(),
    });
  }

  private renderResults(attempt: ExamState, results: ExamResults) {
    const bank = this.bankData!;
    return resultsView({
      uid: this.uid,
      bank,
      attempt,
      results,
      label: (key) => this.label(key),
      practising: this.practising,
      notices: [this.notice, ...this.store.resultNotes((key) => this.label(key))],
      progressHref: this.progressHref,
      deck: { bank: this.content.bankSource ?? this.bank, theme: this.theme, labels: this.labels, record: this.record },
      onReview: () => {
        this.screen = 'review';
        focusWhenRendered(this, '.review h2');
      },
      onTogglePractice: () => void this.togglePractice(),
      onNewAttempt: () => void this.newAttempt(),
    });
  }

  private async togglePractice(): Promise<void> {
    // The practice deck is an <ml-quiz>; its code loads the first time it is asked for.
    if (!this.practising && !customElements.get('ml-quiz')) await import('../ml-quiz.js');
    this.practising = !this.practising;
    await this.updateComplete;
    if (this.practising) this.renderRoot.querySelector('ml-quiz')?.scrollIntoView?.({ block: 'nearest' });
  }

  private renderReview(attempt: ExamState, results: ExamResults) {
    return reviewView({
      uid: this.uid,
      attempt,
      results,
      filter: this.reviewFilter,
      question: (id) => this.question(id),
      label: (key) => this.label(key),
      onFilter: (filter) => (this.reviewFilter = filter),
      onBack: () => (this.screen = 'results'),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ml-exam': MlExam;
  }
}
