import { type PropertyDeclarations, html, nothing } from 'lit';
import type { Bank, Question } from '../../bank/schema.js';
import { BankController } from '../../controllers/bank-controller.js';
import type { PersistenceController } from '../../controllers/persistence-controller.js';
import type { ContentRequest } from '../../engine/content.js';
import {
  type DeckAction,
  type DeckState,
  currentDeckId,
  deckAnswerOf,
  deckReducer,
  deckSummary,
  isLastInDeck,
  startDeck,
} from '../../engine/deck.js';
import type { fitDeck as FitDeck } from '../../engine/deck-saved.js';
import { isCorrect } from '../../engine/score.js';
import { type CardLabelKey, format } from '../../labels-card.js';
import { errorPanel } from '../shared/error-panel.js';
import { deckSummaryView } from './deck-summary.js';
import { MlElement } from '../shared/ml-element.js';
import { feedbackPanel, questionView } from '../shared/question-view.js';
import { practiceFrameStyles, questionViewStyles } from '../shared/question-view.styles.js';
import { feedbackStyles } from '../../styles/tokens.js';
import { quizStyles } from './ml-quiz.styles.js';

let instances = 0;

/**
 * A quiz card: one practice question, or a deck of them, with instant feedback.
 *
 * Content comes from, first match wins: a child `<script type="application/json">` (a question or a list), the `bank`
 * attribute or property, the nearest `<ml-bank>`.
 *
 * A deck with `storage-key` saves its progress there and stays in step with other decks on the same key (in this page
 * and in other tabs); saved progress that cannot be read, or that a bank update partly outdated, is said so. Moved in
 * the DOM, a card or deck keeps its state. Each checked answer from a bank's question is added to the learner's record
 * (`ml-quiz:v1:<bankId>:record`) unless `record="off"`.
 *
 * @tagname ml-quiz
 * @summary One question or a deck, with "Check answer", feedback, explanation and source.
 *
 * @event {CustomEvent<AnswerDetail>} ml-answer - The reader checked an answer: `{ questionId, selected, correct }`.
 * @event {CustomEvent<CompleteDetail>} ml-complete - The reader finished a deck: `{ correct, total }`.
 * @event {CustomEvent<BankErrorDetail>} ml-bank-error - The content cannot be used: `{ errors }`.
 *
 * @csspart base - The card.
 * @csspart question - The fieldset holding the stem and the options.
 * @csspart option - Each option (also `option-correct` / `option-incorrect` once revealed).
 * @csspart button - Every button.
 * @csspart feedback - What appears after "Check answer".
 * @csspart verdict - "Correct" or "Incorrect".
 * @csspart explanation - Why the key is right.
 * @csspart progress - "3 of 10" in a deck.
 * @csspart results - The deck's summary (score, missed questions, "Try missed again").
 * @csspart error - The error panel.
 */
export class MlQuiz extends MlElement<CardLabelKey> {
  // Reactive properties without decorators, like MlElement's (the decorator helpers stay off the card's path).
  static override properties: PropertyDeclarations = {
    bank: {},
    question: {},
    questions: {},
    domain: {},
    objective: {},
    count: { type: Number },
    seed: { type: Number },
    storageKey: { attribute: 'storage-key' },
    record: {},
    progress: { state: true, attribute: false },
    restoreNote: { state: true, attribute: false },
    nudge: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    recordStatus: { state: true, attribute: false },
  };

  static override styles = [...MlElement.styles, questionViewStyles, practiceFrameStyles, feedbackStyles, quizStyles];

  /** A built-in bank id or a URL (attribute), or a bank object (property). */
  bank?: string | Bank;
  /** One question, by id. */
  question?: string;
  /** A deck of exact question ids, space-separated. */
  questions?: string;
  /** A deck drawn from one domain (e.g. `ops`). */
  domain?: string;
  /** A deck drawn from one objective (e.g. `dev.sparkml.4`). */
  objective?: string;
  /** How many questions a drawn deck has. */
  count = 10;
  /** Seed for drawing the deck; without one the bank's order is kept. */
  seed?: number;
  /** Where a deck saves its progress (localStorage key); without it a deck starts afresh on reload. */
  storageKey?: string;
  /**
   * `off`: checked answers are not added to the learner's record (`ml-quiz:v1:<bankId>:record`). Inline questions
   * without a bank are never recorded.
   */
  record: 'on' | 'off' = 'on';

  private readonly content = new BankController(this, { request: () => this.request() });
  /** Saved progress: loaded with the first `storage-key`, so a card without one never downloads the code. */
  private store?: PersistenceController<DeckState>;
  private storeLoading = false;
  /** Fits saved progress to the deck (loaded with the store). */
  private fitDeck?: typeof FitDeck;
  /** The saving code failed to load (offline): the deck works in memory and says progress is not saved. */
  private storeMissing = false;
  private readonly uid = `mlq${++instances}`;

  // Reactive state (declared in `properties` with state: true); private, so the manifest leaves it out.
  private progress: DeckState = startDeck([]);
  /** Shown when "Check answer" is pressed with nothing selected. */
  private nudge = false;
  private announcement = '';
  /** Why saved progress was not restored as it was. */
  private restoreNote?: 'corrupt' | 'outdated' | 'partly';
  /** The learner's record could not be saved. */
  private recordStatus = 'ok';
  /** The questions the content resolved to (the deck before "Try missed again"). */
  private deck: Question[] = [];
  private single = false;
  private bankId?: string;
  /** The question ids and storage key the progress belongs to. */
  private deckFor?: string;

  private request(): ContentRequest {
    if (this.question) return { kind: 'question', id: this.question };
    const { domain, objective, count, seed } = this;
    const questions = this.questions?.split(/\s+/).filter(Boolean);
    return { kind: 'deck', query: { questions, domain, objective, count, seed } };
  }

  protected override willUpdate(): void {
    const storageKey = this.storageKey || undefined;
    if (storageKey && !this.store && !this.storeMissing) return void this.loadStore();
    this.store?.setKey(storageKey);
    const content = this.content.state;
    if (content.status !== 'ready') return;
    this.deck = content.content.questions;
    this.single = this.question !== undefined && this.question !== '' ? true : this.deck.length === 1;
    this.bankId = content.content.bank?.id ?? content.content.bankId;
    // Other questions or another storage key make a new deck. The same ids resolved again (the element was moved and
    // reconnected, the bank reloaded) keep the learner's progress.
    const key = JSON.stringify([this.deck.map((q) => q.id), this.storageKey ?? '']);
    if (key === this.deckFor) return;
    this.deckFor = key;
    this.progress = this.restore();
  }

  private async loadStore(): Promise<void> {
    if (this.storeLoading) return;
    this.storeLoading = true;
    try {
      const [{ PersistenceController }, { fitDeck, restoreDeck }] = await Promise.all([
        import('../../controllers/persistence-controller.js'),
        import('../../engine/deck-saved.js'),
      ]);
      this.fitDeck = fitDeck;
      this.store = new PersistenceController<DeckState>(this, {
        restore: (data) => restoreDeck(data),
        onExternalChange: (saved) => this.adopt(saved),
        samePage: true,
      });
    } catch (error) {
      console.error('ml-quiz: the code that saves progress could not be loaded', error);
      this.storeMissing = true;
    }
    this.requestUpdate();
  }

  private restore(): DeckState {
    const fresh = startDeck(this.deck.map((q) => q.id));
    const saved = this.store?.read() ?? { status: 'empty' };
    const fitDeck = this.fitDeck;
    this.restoreNote = saved.status === 'corrupt' ? 'corrupt' : undefined;
    if (saved.status !== 'ok' || !fitDeck) return fresh;
    const fitted = fitDeck(saved.state, this.deck);
    this.restoreNote = !fitted ? 'outdated' : fitted.changed ? 'partly' : undefined;
    return fitted?.state ?? fresh;
  }

  /** Another deck on the same key (this page or another tab) saved or cleared its progress. */
  private adopt(saved: DeckState | undefined): void {
    if (!saved) this.progress = startDeck(this.deck.map((q) => q.id));
    else {
      const fitted = this.fitDeck?.(saved, this.deck);
      if (!fitted) return;
      this.progress = fitted.state;
    }
    this.restoreNote = undefined;
  }

  private apply(action: DeckAction): DeckState {
    const next = deckReducer(this.progress, action);
    if (next !== this.progress) {
      this.progress = next;
      if (!this.single && this.store?.currentKey) {
        this.store.write(next);
        // Saved again: what was said about the old saved progress no longer holds.
        if (this.store.available) this.restoreNote = undefined;
      }
    }
    return next;
  }

  /** Adds a checked answer to the learner's record; the writer loads on the first answer, off the card's path. */
  private recordAnswer(questionId: string, selected: string[], correct: boolean): void {
    const bankId = this.bankId;
    if (!bankId || this.record === 'off') return;
    const answer = { q: questionId, t: Date.now(), s: selected, c: correct, src: 'quiz' as const };
    import('../../controllers/record-store.js').then(
      ({ appendAnswer }) => (this.recordStatus = appendAnswer(bankId, answer).status),
      () => (this.recordStatus = 'unavailable'),
    );
  }

  private get current(): Question | undefined {
    const id = currentDeckId(this.progress);
    return this.deck.find((q) => q.id === id);
  }

  private onSelect(question: Question, selected: string[]): void {
    this.nudge = false;
    this.apply({ type: 'select', questionId: question.id, selected });
  }

  private check(event?: Event): void {
    event?.preventDefault();
    const question = this.current;
    if (!question) return;
    const record = deckAnswerOf(this.progress, question.id);
    if (record.checked) return;
    if (record.selected.length === 0) {
      this.nudge = true;
      return;
    }
    this.apply({ type: 'check', questionId: question.id });
    const correct = isCorrect(question, record.selected);
    this.announcement = `${this.label(correct ? 'correct' : 'incorrect')}. ${plain(question.explanation)}`;
    this.emit('ml-answer', { questionId: question.id, selected: [...record.selected], correct });
    this.recordAnswer(question.id, [...record.selected], correct);
    // Focus after the verdict has painted: focusing forces style and layout, which would delay that frame.
    void this.updateComplete.then(() =>
      requestAnimationFrame(() => this.renderRoot.querySelector<HTMLElement>('[part~="feedback"]')?.focus()),
    );
  }

  private next(): void {
    const next = this.apply({ type: 'next' });
    if (next.done) {
      const { correct, total } = deckSummary(next, this.deck);
      this.announcement = format(this.label('score'), { correct, total });
      this.emit('ml-complete', { correct, total });
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.summary h2')?.focus());
      return;
    }
    this.announcement = '';
    void this.updateComplete.then(() => this.focusQuestion());
  }

  private focusQuestion(): void {
    this.renderRoot.querySelector<HTMLElement>('.question-focus')?.focus();
  }

  private retryMissed(): void {
    this.apply({ type: 'retryMissed', questions: this.deck });
    this.announcement = '';
    void this.updateComplete.then(() => this.focusQuestion());
  }

  private async restart(): Promise<void> {
    // Nothing is cleared until the learner confirms; the dialog's code loads on this click.
    const { confirmClear } = await import('../shared/confirm-dialog.js');
    const answered = Object.values(this.progress.answers).filter((a) => a.checked).length;
    const body = format(this.label('resetDeckClears'), { answered, total: this.deck.length });
    if (
      !(await confirmClear(this, {
        title: this.label('resetDeckConfirm'),
        body,
        confirm: this.label('reset'),
        cancel: this.label('cancel'),
      }))
    )
      return;
    this.store?.clear();
    this.restoreNote = undefined;
    this.progress = startDeck(this.deck.map((q) => q.id));
    this.announcement = '';
    void this.updateComplete.then(() => this.focusQuestion());
  }

  protected override render() {
    return html`<div part="base" class="card">
      ${this.renderBody()}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderBody() {
    const content = this.content.state;
    if (content.status === 'error')
      return errorPanel(this.label('errorTitle'), content.errors, this.label('moreErrors'));
    // While a moved element resolves its content again, its deck stays on screen.
    if (this.deck.length === 0) return html`<p class="loading" role="status">${this.label('loading')}</p>`;
    if (this.progress.done && !this.single) return this.renderSummary();
    const question = this.current;
    if (!question) return nothing;
    const record = deckAnswerOf(this.progress, question.id);
    const correct = record.checked && isCorrect(question, record.selected);
    const position = this.progress.index + 1;
    const total = this.progress.ids.length;
    return html`
      ${
        this.single
          ? nothing
          : html`<div class="header">
            <span class="progress" part="progress">
              <span>${format(this.label('progress'), { current: position, total })}</span>
              <progress max=${total} value=${position} aria-hidden="true"></progress>
            </span>
          </div>`
      }
      <form @submit=${this.check} novalidate>
        <div class="question-focus" tabindex="-1" aria-label=${this.single ? nothing : format(this.label('progress'), { current: position, total })}>
          ${questionView({
            question,
            selected: record.selected,
            revealed: record.checked,
            name: `${this.uid}-${question.id}`,
            label: (key) => this.label(key),
            onChange: (selected) => this.onSelect(question, selected),
          })}
        </div>
        ${record.checked ? feedbackPanel(question, correct, (key) => this.label(key)) : nothing}
        <div class="actions">
          ${
            record.checked
              ? this.single
                ? nothing
                : html`<button type="button" part="button" @click=${this.next}>${this.label(isLastInDeck(this.progress) ? 'seeResults' : 'next')}</button>`
              : html`<button type="submit" part="button">${this.label('checkAnswer')}</button>`
          }
          ${this.nudge && !record.checked ? html`<p class="nudge" role="status">${this.label('selectOne').replace(/\.$/, '')} ${this.hintFor(question)}</p>` : nothing}
        </div>
      </form>
      ${this.renderNotices()}
    `;
  }

  /** Quiet notes about saving: storage unavailable, saved progress unreadable or outdated, the record not saved. */
  private renderNotices() {
    const stored = !this.storeMissing && this.store?.available !== false;
    const notes = [
      stored ? '' : this.label('storageUnavailable'),
      this.restoreNote
        ? this.label(
            this.restoreNote === 'corrupt'
              ? 'deckSavedCorrupt'
              : this.restoreNote === 'partly'
                ? 'savedStateKeptPartly'
                : 'deckSavedOutdated',
          )
        : '',
      this.recordStatus === 'corrupt'
        ? this.label('recordCorrupt')
        : this.recordStatus !== 'ok' && stored
          ? this.label('storageUnavailable')
          : '',
    ].filter(Boolean);
    return html`<div class="notices" role="status">${notes.map((note) => html`<p class="notice">${note}</p>`)}</div>`;
  }

  private hintFor(question: Question): string {
    return question.type === 'multiple' ? `(${format(this.label('selectN'), { n: question.answer.length })})` : '';
  }

  private renderSummary() {
    return deckSummaryView({
      summary: deckSummary(this.progress, this.deck),
      deck: this.deck,
      label: (key) => this.label(key),
      onRetry: () => this.retryMissed(),
      onRestart: () => void this.restart(),
      notices: this.renderNotices(),
    });
  }
}

/** Markup characters dropped, for the screen-reader announcement. */
function plain(text: string): string {
  return text.replace(/```[\w-]*\n?/g, '').replace(/[`*]/g, '');
}

declare global {
  interface HTMLElementTagNameMap {
    'ml-quiz': MlQuiz;
  }
}
