import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BankIssue } from '../../bank/issues.js';
import type { Bank, Comparison, PracticeScenario } from '../../bank/schema.js';
import { BankController } from '../../controllers/bank-controller.js';
import type { StorageProvider } from '../../controllers/record-store.js';
import type { RecordedAnswer } from '../../engine/record.js';
import { defaultLabels, format } from '../../labels.js';
import { errorPanel } from '../shared/error-panel.js';
import { inlineText, richText } from '../shared/markup.js';
import { MlElement } from '../shared/ml-element.js';
import { comparisonStyles } from './ml-comparison.styles.js';

type Side = 'a' | 'b';
type Resolved =
  | { status: 'loading' }
  | { status: 'ready'; comparison: Comparison; bankId?: string }
  | { status: 'error'; errors: BankIssue[]; own: boolean };

/**
 * Two easily confused concepts side by side: when to use each, the exam trap between them, and practice scenarios
 * ("Which fits: A or B?") with feedback, a running score and a summary.
 *
 * Content comes from an inline `<script type="application/json">` child (a comparison, or a whole bank), the `bank`
 * attribute or property, or the nearest `<ml-bank>`. Without a `comparison` id the bank's first comparison is shown.
 * On narrow containers (under 36rem) the table stacks into two labelled sections. Each practice answer is added to the
 * learner's record (`ml-quiz:v1:<bankId>:record`, loaded on the first answer) unless `record="off"`; an inline
 * comparison without a bank has no record.
 *
 * @tagname ml-comparison
 * @summary "A vs B": a table of when to use each, the trap, and practice scenarios.
 *
 * @event {CustomEvent<AnswerDetail>} ml-answer - The user picked a side in practice: `{ questionId, selected: ['a'] | ['b'], correct }` (questionId is the scenario id).
 * @event {CustomEvent<BankErrorDetail>} ml-bank-error - The content cannot be used (invalid, failed to load, unknown comparison id): `{ errors }`.
 *
 * @csspart base - The card around everything.
 * @csspart table - The side-by-side table (wide layout).
 * @csspart question - The current practice scenario.
 * @csspart option - Each of the two answer buttons (also `button`).
 * @csspart button - Every button.
 * @csspart progress - "Scenario 2 of 8" and the running score.
 * @csspart feedback - The feedback after an answer.
 * @csspart verdict - "Correct" or "Incorrect".
 * @csspart explanation - Why the scenario fits one side.
 * @csspart error - The error panel.
 */
export class MlComparison extends MlElement {
  static override styles = [...MlElement.styles, comparisonStyles];
  static override defaultLabels = defaultLabels;

  /** A built-in bank id or the URL of a bank JSON file; as a property also a bank object. */
  @property() bank?: string | Bank;

  /** The comparison's id in the bank (default: the bank's first). Not needed with an inline comparison. */
  @property({ reflect: true }) comparison = '';

  /** `off`: practice answers here are not added to the learner's record. */
  @property() record: 'on' | 'off' = 'on';

  /** Where the record lives (default localStorage; tests pass another). @internal */
  recordStorage?: StorageProvider;

  private readonly content = new BankController(this, { request: () => ({ kind: 'comparison', id: this.comparison }) });

  /** @internal The record could not be saved: answers are kept until the page closes. */
  @state() private recordNote?: 'unavailable' | 'corrupt';

  /** @internal Index of the current practice scenario. */
  @state() private index = 0;
  /** @internal The side picked for each scenario of this round. */
  @state() private picks: (Side | undefined)[] = [];
  /** @internal The summary is shown. */
  @state() private finished = false;

  private resolved: Resolved = { status: 'loading' };
  private shown?: Comparison;
  private focusAfterUpdate?: string;

  protected override willUpdate(): void {
    this.resolved = this.resolve();
    const next = this.resolved.status === 'ready' ? this.resolved.comparison : undefined;
    if (next !== this.shown) {
      this.shown = next;
      this.restart();
    }
  }

  protected override updated(): void {
    if (this.focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
  }

  /** The comparison the controller resolved. */
  private resolve(): Resolved {
    const s = this.content.state;
    if (s.status !== 'ready') return s;
    const { comparison, bank } = s.content;
    return comparison ? { status: 'ready', comparison, ...(bank ? { bankId: bank.id } : {}) } : { status: 'loading' };
  }

  private restart(): void {
    this.index = 0;
    this.picks = [];
    this.finished = false;
  }

  private pick(scenario: PracticeScenario, side: Side): void {
    if (this.picks[this.index] !== undefined) return;
    const picks = [...this.picks];
    picks[this.index] = side;
    this.picks = picks;
    this.focusAfterUpdate = '.next';
    const correct = side === scenario.answer;
    this.emit('ml-answer', { questionId: scenario.id, selected: [side], correct });
    void this.addToRecord({ q: scenario.id, t: Date.now(), s: [side], c: correct, src: 'comparison' });
  }

  /** The record writer loads on the first answer, so it costs nothing before the learner practises. */
  private async addToRecord(answer: RecordedAnswer): Promise<void> {
    const r = this.resolved;
    if (this.record === 'off' || r.status !== 'ready' || !r.bankId) return;
    try {
      const { appendAnswer } = await import('../../controllers/record-store.js');
      const saved = appendAnswer(r.bankId, answer, this.recordStorage);
      this.recordNote = saved.status === 'ok' ? undefined : saved.status;
    } catch (error) {
      // The writer's chunk did not load: practice goes on; the answer is not recorded.
      console.error('ml-quiz: could not load the record writer', error);
      this.recordNote = 'unavailable';
    }
  }

  private next(total: number): void {
    if (this.index + 1 < total) {
      this.index += 1;
      this.focusAfterUpdate = '.choice';
    } else {
      this.finished = true;
      this.focusAfterUpdate = '.summary h3';
    }
  }

  private again(): void {
    this.restart();
    this.focusAfterUpdate = '.choice';
  }

  private score(practice: readonly PracticeScenario[]): { correct: number; answered: number } {
    let correct = 0;
    let answered = 0;
    this.picks.forEach((side, i) => {
      if (side === undefined || !practice[i]) return;
      answered += 1;
      if (practice[i]!.answer === side) correct += 1;
    });
    return { correct, answered };
  }

  protected override render() {
    const r = this.resolved;
    if (r.status === 'loading') return html`<p class="status" role="status">${this.label('loadingContent')}</p>`;
    if (r.status === 'error')
      return errorPanel(this.label('errorTitle'), r.errors, this.label('moreErrors'), this.label('bankFailedSeeAbove'));
    const c = r.comparison;
    return html`<div part="base" class="comparison">
      <h2 id="title">${inlineText(c.title)}</h2>
      ${this.renderTable(c)}
      <div class="trap" role="note" aria-labelledby="trap-title">
        <h3 id="trap-title"><span aria-hidden="true" class="trap-icon">!</span>${this.label('trap')}</h3>
        ${richText(c.trap)}
      </div>
      ${c.practice.length ? this.renderPractice(c) : nothing}
    </div>`;
  }

  private useWhen(name: string) {
    return templated(this.label('useWhenName'), { name: inlineText(inSentence(name)) });
  }

  private renderTable(c: Comparison) {
    return html`<table part="table" class="pair" aria-labelledby="title">
        <thead>
          <tr>
            <th scope="col">${this.useWhen(c.a.name)}</th>
            <th scope="col">${this.useWhen(c.b.name)}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>${richText(c.a.useWhen)}</td>
            <td>${richText(c.b.useWhen)}</td>
          </tr>
        </tbody>
      </table>
      <div class="stacked">
        ${(['a', 'b'] as const).map(
          (side) => html`<section class="side side-${side}" aria-labelledby="side-${side}">
            <h3 id="side-${side}">${this.useWhen(c[side].name)}</h3>
            ${richText(c[side].useWhen)}
          </section>`,
        )}
      </div>`;
  }

  private renderPractice(c: Comparison) {
    const practice = c.practice;
    const total = practice.length;
    const { correct, answered } = this.score(practice);
    const scoreText = format(this.label('score'), { correct, total: answered });
    if (this.finished) {
      const final = format(this.label('score'), { correct, total });
      return html`<div class="practice summary">
        <h3 tabindex="-1">${this.label('practiceComplete')}</h3>
        <p class="final" part="progress">${final}</p>
        <button part="button" class="again" @click=${this.again}>${this.label('practiseAgain')}</button>
      </div>`;
    }
    const index = Math.min(this.index, total - 1);
    const scenario = practice[index]!;
    const picked = this.picks[index];
    const isAnswered = picked !== undefined;
    const isCorrect = picked === scenario.answer;
    return html`<div class="practice">
      <div class="practice-head">
        <h3>${this.label('practice')}</h3>
        <p class="progress" part="progress">
          <span>${format(this.label('scenarioProgress'), { current: index + 1, total })}</span>
          <span class="score">${scoreText}</span>
        </p>
      </div>
      <fieldset part="question" class="question">
        <legend>
          <span class="scenario">${inlineText(scenario.scenario)}</span>
          <span class="prompt">${templated(this.label('whichFits'), { a: inlineText(c.a.name), b: inlineText(c.b.name) })}</span>
        </legend>
        <div class="choices">
          ${(['a', 'b'] as const).map((side) => {
            const chosen = picked === side;
            const key = isAnswered && scenario.answer === side;
            const mark = key ? '✓' : chosen ? '✗' : '';
            return html`<button
              part="button option"
              class="choice ${chosen ? 'chosen' : ''} ${key ? 'key' : ''} ${chosen && !key ? 'wrong' : ''}"
              aria-pressed=${chosen ? 'true' : 'false'}
              aria-disabled=${isAnswered ? 'true' : 'false'}
              @click=${() => this.pick(scenario, side)}
            >
              ${inlineText(c[side].name)}${mark ? html`<span class="mark" aria-hidden="true">${mark}</span>` : nothing}
            </button>`;
          })}
        </div>
      </fieldset>
      <div class="live" role="status">
        ${
          isAnswered
            ? html`<div part="feedback" class="feedback ${isCorrect ? 'is-correct' : 'is-incorrect'}">
              <p part="verdict" class="verdict">${this.label(isCorrect ? 'correct' : 'incorrect')}</p>
              <div part="explanation" class="explanation">
                <p class="answer-line">${this.label('correctAnswer')}: <strong>${inlineText(c[scenario.answer].name)}</strong></p>
                ${richText(scenario.why)}
              </div>
            </div>`
            : nothing
        }
      </div>
      ${
        isAnswered
          ? html`<div class="actions">
            <button part="button" class="next" @click=${() => this.next(total)}>${this.label('next')}</button>
          </div>`
          : nothing
      }
      ${
        this.recordNote
          ? html`<p class="notice" role="status">${this.label(this.recordNote === 'corrupt' ? 'recordCorrupt' : 'storageUnavailable')}</p>`
          : nothing
      }
    </div>`;
  }
}

/**
 * A concept's name as it reads inside a sentence ("Use blue-green deployment when…"): a capital that only marks the
 * start of a common phrase ("Blue-green deployment", "Data drift") is lowered. Proper names keep theirs: a one-word name
 * ("Optuna"), a name whose next word is capitalised ("Unity Catalog aliases") or starts with a bracket or code.
 */
function inSentence(name: string): string {
  return /^[A-Z][a-z]+(?:-[a-z]+)*\s+[a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/** A label with `{placeholders}` filled by templates (so names keep their markup). */
function templated(template: string, values: Record<string, unknown>): unknown[] {
  return template.split(/(\{\w+\})/).map((part) => {
    const m = /^\{(\w+)\}$/.exec(part);
    return m && m[1]! in values ? values[m[1]!] : part;
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'ml-comparison': MlComparison;
  }
}
