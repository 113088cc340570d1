import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BankIssue } from '../../bank/issues.js';
import type { Bank, Question } from '../../bank/schema.js';
import { BankController } from '../../controllers/bank-controller.js';
import { PersistenceController } from '../../controllers/persistence-controller.js';
import { isCorrect } from '../../engine/score.js';
import { selectDeck } from '../../engine/select.js';
import { format } from '../../labels.js';
import { errorPanel } from '../shared/error-panel.js';
import { richText } from '../shared/markup.js';
import { MlElement } from '../shared/ml-element.js';
import { questionView } from '../shared/question-view.js';
import { questionViewStyles } from '../shared/question-view.styles.js';
import { quizStyles } from './ml-quiz.styles.js';

interface AnswerRecord {
  selected: string[];
  checked: boolean;
}

/** A deck's progress, as saved under `storage-key`. */
interface DeckState {
  v: 1;
  /** The deck's question ids, in order ("Try missed again" narrows them). */
  ids: string[];
  index: number;
  answers: Record<string, AnswerRecord>;
  done: boolean;
}

let instances = 0;

/**
 * A quiz card: one practice question, or a deck of them, with instant feedback.
 *
 * Content comes from, first match wins: a child `<script type="application/json">` (a question or a list), the `bank`
 * attribute or property, the nearest `<ml-bank>`.
 *
 * @tagname ml-quiz
 * @summary One question or a deck, with "Check answer", feedback, explanation and source.
 *
 * @event ml-answer - The reader checked an answer: `{ questionId, selected, correct }`.
 * @event ml-complete - The reader finished a deck: `{ correct, total }`.
 * @event ml-bank-error - The content cannot be used: `{ errors }`.
 *
 * @csspart base - The card.
 * @csspart question - The fieldset holding the stem and the options.
 * @csspart option - Each option (also `option-correct` / `option-incorrect` once revealed).
 * @csspart button - Every button.
 * @csspart feedback - What appears after "Check answer".
 * @csspart verdict - "Correct" or "Incorrect".
 * @csspart explanation - Why the key is right.
 * @csspart progress - "3 of 10" in a deck.
 * @csspart error - The error panel.
 *
 * @cssproperty --ml-accent - Buttons, selection and links.
 * @cssproperty --ml-surface - Card background.
 * @cssproperty --ml-text - Text colour.
 * @cssproperty --ml-muted - Secondary text.
 * @cssproperty --ml-border - Borders.
 * @cssproperty --ml-correct - Correct marks.
 * @cssproperty --ml-incorrect - Incorrect marks.
 * @cssproperty --ml-focus - Focus ring.
 * @cssproperty --ml-radius - Corner radius.
 * @cssproperty --ml-font - Text font.
 * @cssproperty --ml-font-mono - Code font.
 */
export class MlQuiz extends MlElement {
  static override styles = [...MlElement.styles, questionViewStyles, quizStyles];

  /** A built-in bank id or a URL (attribute), or a bank object (property). */
  @property() bank?: string | Bank;
  /** One question, by id. */
  @property() question?: string;
  /** A deck of exact question ids, space-separated. */
  @property() questions?: string;
  /** A deck drawn from one domain (e.g. `ops`). */
  @property() domain?: string;
  /** A deck drawn from one objective (e.g. `dev.sparkml.4`). */
  @property() objective?: string;
  /** How many questions a drawn deck has. */
  @property({ type: Number }) count = 10;
  /** Seed for drawing the deck; without one the bank's order is kept. */
  @property({ type: Number }) seed?: number;
  /** Where a deck saves its progress (localStorage key); without it a deck starts afresh on reload. */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  private readonly content = new BankController(this);
  private readonly store = new PersistenceController<DeckState>(this, {
    restore: (data) => restoreDeck(data),
    onExternalChange: (saved) => this.adopt(saved),
  });
  private readonly uid = `mlq${++instances}`;

  /** @internal The questions available (the selection before "Try missed again"). */
  @state() private deck: Question[] = [];
  /** @internal */
  @state() private errors: BankIssue[] = [];
  /** @internal */
  @state() private progress: DeckState = emptyDeck([]);
  /** @internal Shown when "Check answer" is pressed with nothing selected. */
  @state() private nudge = false;
  /** @internal */
  @state() private announcement = '';
  private single = false;
  private selectionKey = '';
  private reportedErrors = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('bank') && this.hasUpdated) this.content.resolve();
    this.store.setKey(this.storageKey || undefined);
    this.select();
  }

  /** Recomputes the deck when content or attributes change; keeps progress when the deck is the same. */
  private select(): void {
    const state = this.content.state;
    if (state.status === 'loading') return;
    const key = JSON.stringify([state.status, this.question, this.questions, this.domain, this.objective, this.count, this.seed, this.storageKey]);
    if (state.status === 'ready' && key === this.selectionKey && this.lastContent === state) return;
    this.selectionKey = key;
    this.lastContent = state;
    const result = state.status === 'error' ? { errors: state.errors } : this.resolveQuestions(state);
    if ('errors' in result) {
      this.deck = [];
      this.errors = result.errors;
      const signature = JSON.stringify(result.errors);
      if (state.status !== 'error' && signature !== this.reportedErrors) {
        this.reportedErrors = signature;
        queueMicrotask(() => this.emit('ml-bank-error', { errors: result.errors }));
      }
      return;
    }
    this.errors = [];
    this.deck = result.questions;
    this.single = result.single;
    const ids = result.questions.map((q) => q.id);
    const saved = this.store.read();
    if (saved.status === 'ok' && this.validFor(saved.state)) this.progress = saved.state;
    else this.progress = emptyDeck(ids);
  }
  private lastContent: unknown;

  private resolveQuestions(state: Extract<BankController['state'], { status: 'ready' }>): { questions: Question[]; single: boolean } | { errors: BankIssue[] } {
    if (state.inline && state.inline.kind !== 'bank') {
      if (state.inline.kind !== 'questions') {
        return { errors: [{ path: '(root)', message: `expected a question or a list of questions for <ml-quiz>, found a ${state.inline.kind}` }] };
      }
      const list = state.inline.questions;
      if (this.question) {
        const hit = list.find((q) => q.id === this.question);
        return hit ? { questions: [hit], single: true } : { errors: [{ path: 'question', message: `expected the id of an inline question, found "${this.question}"` }] };
      }
      return { questions: list, single: list.length === 1 };
    }
    const bank = state.inline?.kind === 'bank' ? state.inline.bank : state.bank!;
    if (this.question) {
      const hit = bank.questions.find((q) => q.id === this.question);
      return hit
        ? { questions: [hit], single: true }
        : { errors: [{ path: 'question', message: `expected a question id of bank "${bank.id}", found "${this.question}"` }] };
    }
    const ids = this.questions?.split(/\s+/).filter(Boolean);
    const selection = selectDeck(bank, { questions: ids, domain: this.domain, objective: this.objective, count: this.count, seed: this.seed });
    return selection.ok ? { questions: selection.questions, single: selection.questions.length === 1 } : { errors: selection.errors };
  }

  private validFor(saved: DeckState): boolean {
    const available = new Set(this.deck.map((q) => q.id));
    return saved.ids.length > 0 && saved.ids.every((id) => available.has(id));
  }

  private adopt(saved: DeckState | undefined): void {
    if (saved && this.validFor(saved)) this.progress = saved;
    else if (!saved) this.progress = emptyDeck(this.deck.map((q) => q.id));
  }

  private save(next: DeckState): void {
    this.progress = next;
    if (!this.single) this.store.write(next);
  }

  private get current(): Question | undefined {
    const id = this.progress.ids[this.progress.index];
    return this.deck.find((q) => q.id === id);
  }

  private answerOf(id: string): AnswerRecord {
    return this.progress.answers[id] ?? { selected: [], checked: false };
  }

  private onSelect(question: Question, selected: string[]): void {
    this.nudge = false;
    this.save({ ...this.progress, answers: { ...this.progress.answers, [question.id]: { selected, checked: false } } });
  }

  private check(event?: Event): void {
    event?.preventDefault();
    const question = this.current;
    if (!question) return;
    const record = this.answerOf(question.id);
    if (record.checked) return;
    if (record.selected.length === 0) {
      this.nudge = true;
      return;
    }
    const correct = isCorrect(question, record.selected);
    this.save({ ...this.progress, answers: { ...this.progress.answers, [question.id]: { ...record, checked: true } } });
    this.announcement = `${this.label(correct ? 'correct' : 'incorrect')}. ${plain(question.explanation)}`;
    this.emit('ml-answer', { questionId: question.id, selected: [...record.selected], correct });
    // Focus after the verdict has painted: focusing forces style and layout, which would delay that frame.
    void this.updateComplete.then(() => requestAnimationFrame(() => this.renderRoot.querySelector<HTMLElement>('[part~="feedback"]')?.focus()));
  }

  private next(): void {
    const last = this.progress.index >= this.progress.ids.length - 1;
    if (last) {
      this.save({ ...this.progress, done: true });
      const { correct, total } = this.tally();
      this.announcement = format(this.label('score'), { correct, total });
      this.emit('ml-complete', { correct, total });
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.summary h2')?.focus());
      return;
    }
    this.announcement = '';
    this.save({ ...this.progress, index: this.progress.index + 1 });
    void this.updateComplete.then(() => this.focusQuestion());
  }

  private focusQuestion(): void {
    this.renderRoot.querySelector<HTMLElement>('.question-focus')?.focus();
  }

  private tally(): { correct: number; total: number; missed: Question[] } {
    const missed: Question[] = [];
    let correct = 0;
    for (const id of this.progress.ids) {
      const question = this.deck.find((q) => q.id === id);
      if (!question) continue;
      if (isCorrect(question, this.answerOf(id).selected)) correct += 1;
      else missed.push(question);
    }
    return { correct, total: this.progress.ids.length, missed };
  }

  private retryMissed(): void {
    const { missed } = this.tally();
    this.save(emptyDeck(missed.map((q) => q.id)));
    this.announcement = '';
    void this.updateComplete.then(() => this.focusQuestion());
  }

  private restart(): void {
    this.store.clear();
    this.progress = emptyDeck(this.deck.map((q) => q.id));
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
    if (this.errors.length) return errorPanel(this.label('errorTitle'), this.errors);
    if (this.content.state.status === 'loading' || this.deck.length === 0) return html`<p class="loading" role="status">${this.label('loading')}</p>`;
    if (this.progress.done && !this.single) return this.renderSummary();
    const question = this.current;
    if (!question) return nothing;
    const record = this.answerOf(question.id);
    const correct = record.checked && isCorrect(question, record.selected);
    const position = this.progress.index + 1;
    const total = this.progress.ids.length;
    return html`
      ${this.single
        ? nothing
        : html`<div class="header">
            <span class="progress" part="progress">
              <span>${format(this.label('progress'), { current: position, total })}</span>
              <progress max=${total} value=${position} aria-hidden="true"></progress>
            </span>
          </div>`}
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
        ${record.checked
          ? html`<div part="feedback" class="feedback ${correct ? 'correct' : 'incorrect'}" tabindex="-1">
              <strong part="verdict">${this.label(correct ? 'correct' : 'incorrect')}</strong>
              <div part="explanation">${richText(question.explanation)}</div>
              ${question.sources?.length
                ? html`<p class="sources">
                    ${this.label('source')}:
                    ${question.sources.map(
                      (s, i) => html`${i ? ', ' : ''}<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.title}</a>`,
                    )}
                  </p>`
                : nothing}
            </div>`
          : nothing}
        <div class="actions">
          ${record.checked
            ? this.single
              ? nothing
              : html`<button type="button" part="button" @click=${this.next}>${this.label('next')}</button>`
            : html`<button type="submit" part="button">${this.label('checkAnswer')}</button>`}
          ${this.nudge && !record.checked ? html`<p class="nudge" role="status">${this.label('selectOne').replace(/\.$/, '')} ${this.hintFor(question)}</p>` : nothing}
        </div>
      </form>
      ${this.store.available ? nothing : html`<p class="notice">${this.label('storageUnavailable')}</p>`}
    `;
  }

  private hintFor(question: Question): string {
    return question.type === 'multiple' ? `(${format(this.label('selectN'), { n: question.answer.length })})` : '';
  }

  private renderSummary() {
    const { correct, total, missed } = this.tally();
    return html`<section class="summary" part="results">
      <h2 tabindex="-1">${this.label('deckComplete')}</h2>
      <p class="score" part="progress">${format(this.label('score'), { correct, total })}</p>
      ${missed.length
        ? html`<h3>${this.label('missedQuestions')}</h3>
            <ol>
              ${missed.map((q) => html`<li>${firstLine(q.stem)}</li>`)}
            </ol>`
        : html`<p>${this.label('allCorrect')}</p>`}
      <div class="actions">
        ${missed.length ? html`<button type="button" part="button" @click=${this.retryMissed}>${this.label('tryMissedAgain')}</button>` : nothing}
        <button type="button" part="button" class="secondary" @click=${this.restart}>${this.label('reset')}</button>
      </div>
    </section>`;
  }
}

function emptyDeck(ids: string[]): DeckState {
  return { v: 1, ids, index: 0, answers: {}, done: false };
}

function restoreDeck(data: unknown): DeckState | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Partial<DeckState>;
  if (d.v !== 1 || !Array.isArray(d.ids) || !d.ids.every((id) => typeof id === 'string')) return undefined;
  if (typeof d.index !== 'number' || !Number.isInteger(d.index) || d.index < 0 || d.index >= d.ids.length) return undefined;
  if (typeof d.answers !== 'object' || d.answers === null) return undefined;
  const answers: Record<string, AnswerRecord> = {};
  for (const [id, record] of Object.entries(d.answers)) {
    const r = record as Partial<AnswerRecord>;
    if (!Array.isArray(r?.selected) || !r.selected.every((s) => typeof s === 'string') || typeof r.checked !== 'boolean') return undefined;
    answers[id] = { selected: r.selected, checked: r.checked };
  }
  return { v: 1, ids: d.ids, index: d.index, answers, done: d.done === true };
}

/** The stem's first paragraph as plain text, shortened, for the list of missed questions. */
function firstLine(text: string): string {
  const para = plain(text.split(/\n\s*\n|```/)[0] ?? text).trim();
  return para.length > 160 ? `${para.slice(0, 157).trimEnd()}…` : para;
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
