/** The deck's summary: score, the missed questions' stems cut at a word (code kept), "Try missed again" and "Reset". */
import { type TemplateResult, html, nothing } from 'lit';
import type { Question } from '../../bank/schema.js';
import type { DeckSummary } from '../../engine/deck.js';
import { type CardLabelKey, format } from '../../labels-card.js';
import { shortText } from '../shared/markup.js';

export interface DeckSummaryOptions {
  /** The figures (engine/deck's deckSummary; the element needs them for ml-complete too). */
  summary: DeckSummary;
  deck: readonly Question[];
  label: (key: CardLabelKey) => string;
  onRetry: () => void;
  onRestart: () => void;
  /** The element's quiet notes about saving, shown under the actions. */
  notices: TemplateResult;
}

export function deckSummaryView(o: DeckSummaryOptions) {
  const { correct, total, missed: missedIds } = o.summary;
  const missed = missedIds.map((id) => o.deck.find((q) => q.id === id)).filter((q) => q !== undefined);
  return html`<section class="summary" part="results">
    <h2 tabindex="-1">${o.label('deckComplete')}</h2>
    <p class="score" part="progress">${format(o.label('score'), { correct, total })}</p>
    ${
      missed.length
        ? html`<h3>${o.label('missedQuestions')}</h3>
          <ol>
            ${missed.map((q) => html`<li>${shortText(q.stem, 160)}</li>`)}
          </ol>`
        : html`<p>${o.label('allCorrect')}</p>`
    }
    <div class="actions">
      ${
        missed.length
          ? html`<button type="button" part="button" @click=${o.onRetry}>${o.label('tryMissedAgain')}</button>`
          : nothing
      }
      <button type="button" part="button" class="secondary" @click=${o.onRestart}>${o.label('reset')}</button>
    </div>
    ${o.notices}
  </section>`;
}
