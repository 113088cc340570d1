/**
 * The question view shared by <ml-quiz> and <ml-exam>: a fieldset whose legend is the stem, native radios (single
 * answer) or checkboxes (multiple), and, once revealed, each option marked with its rationale.
 */
import { html, nothing } from 'lit';
import type { Option, Question } from '../../bank/schema.js';
import { type CardLabelKey, format } from '../../labels-card.js';
import { inlineText, richText } from './markup.js';

export interface QuestionViewOptions {
  question: Question;
  /** Selected option ids. */
  selected: readonly string[];
  /** Show the key and the rationales (after "Check answer", or in review). */
  revealed: boolean;
  /** Unique name for the inputs' group. */
  name: string;
  /** Option order (ids); default the question's order. */
  order?: readonly string[];
  label: (key: CardLabelKey) => string;
  onChange: (selected: string[]) => void;
  /** Text before the stem, e.g. "Question 3 of 59" (rendered inside the legend for screen readers). */
  disabled?: boolean;
}

export function orderedOptions(question: Question, order?: readonly string[]): Option[] {
  if (!order) return question.options;
  const byId = new Map<string, Option>(question.options.map((o) => [o.id, o]));
  const ordered = order.map((id) => byId.get(id)).filter((o): o is Option => o !== undefined);
  // Keep any option the order does not name (a bank edited under a saved attempt).
  for (const o of question.options) if (!(order as readonly string[]).includes(o.id)) ordered.push(o);
  return ordered;
}

export function questionView(opts: QuestionViewOptions) {
  const { question, selected, revealed, name, label } = opts;
  const multiple = question.type === 'multiple';
  const hintId = `${name}-hint`;
  const hint = multiple ? format(label('selectN'), { n: question.answer.length }) : label('selectOne');
  const change = (event: Event) => {
    const form = (event.target as HTMLInputElement).closest('fieldset')!;
    const checked = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    opts.onChange(checked);
  };
  return html`<fieldset class="question" part="question" aria-describedby=${hintId}>
    <legend class="stem">${richText(question.stem)}</legend>
    <p class="hint" id=${hintId}>${hint}</p>
    <ul class="options" role="list">
      ${orderedOptions(question, opts.order).map((option, index) => {
        const isSelected = selected.includes(option.id);
        const isKey = (question.answer as readonly string[]).includes(option.id);
        const id = `${name}-${option.id}`;
        const state = revealed ? (isKey ? 'key' : isSelected ? 'wrong' : 'other') : 'open';
        return html`<li
          part="option${revealed ? (isKey ? ' option-correct' : isSelected ? ' option-incorrect' : '') : ''}"
          class=${`option${isSelected ? ' selected' : ''}${revealed && isKey ? ' key' : ''}${revealed && isSelected && !isKey ? ' wrong' : ''}`}
        >
          <input
            type=${multiple ? 'checkbox' : 'radio'}
            id=${id}
            name=${name}
            value=${option.id}
            .checked=${isSelected}
            ?disabled=${revealed || opts.disabled}
            aria-describedby=${revealed ? `${id}-why` : nothing}
            @change=${change}
          />
          <label for=${id}>
            <span class="letter" aria-hidden="true">${String.fromCharCode(65 + index)}</span>
            <span class="text">${inlineText(option.text)}</span>
            <span class="mark" aria-hidden="true">${state === 'key' ? '✓' : state === 'wrong' ? '✗' : ''}</span>
          </label>
          ${
            revealed
              ? html`<p class="rationale" id="${id}-why">
                <span class="visually-hidden">${isKey ? label('correctAnswer') : isSelected ? label('yourAnswer') : ''}${isKey || isSelected ? ': ' : ''}</span
                >${inlineText(option.rationale)}
              </p>`
              : nothing
          }
        </li>`;
      })}
    </ul>
  </fieldset>`;
}

/**
 * The feedback panel after "Check answer" (the card, the deck and the review share it, styled by `feedbackStyles`):
 * the verdict, the explanation and the question's sources.
 */
export function feedbackPanel(question: Question, correct: boolean, label: (key: CardLabelKey) => string) {
  return html`<div part="feedback" class="feedback ${correct ? 'correct' : 'incorrect'}" tabindex="-1">
    <strong part="verdict">${label(correct ? 'correct' : 'incorrect')}</strong>
    <div part="explanation">${richText(question.explanation)}</div>
    ${
      question.sources?.length
        ? html`<p class="sources">
          ${label('source')}:
          ${question.sources.map((s, i) => html`${i ? ', ' : ''}<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.title}</a>`)}
        </p>`
        : nothing
    }
  </div>`;
}
