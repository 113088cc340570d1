/** The review screen of `<ml-exam>`: every question of the submitted attempt, drawn by the shared question view. */
import { html, nothing } from 'lit';
import type { Question } from '../../bank/schema.js';
import type { ExamState } from '../../engine/exam-state.js';
import { ownValue } from '../../engine/records.js';
import type { ExamResults } from '../../engine/results.js';
import { type Labels, format } from '../../labels.js';
import { richText } from '../shared/markup.js';
import { orderedOptions, questionView } from '../shared/question-view.js';

export type ReviewFilter = 'all' | 'wrong' | 'flagged';

export interface ReviewViewOptions {
  uid: string;
  attempt: ExamState;
  results: ExamResults;
  filter: ReviewFilter;
  question: (id: string) => Question | undefined;
  label: (key: keyof Labels) => string;
  onFilter: (filter: ReviewFilter) => void;
  onBack: () => void;
}

export function reviewView(o: ReviewViewOptions) {
  const { attempt, results, label, uid } = o;
  const outcomes = results.questions.filter((q) =>
    o.filter === 'wrong' ? !q.correct : o.filter === 'flagged' ? attempt.flags.includes(q.questionId) : true,
  );
  const filters: [ReviewFilter, string][] = [
    ['all', label('all')],
    ['wrong', label('wrongOnly')],
    ['flagged', label('flaggedOnly')],
  ];
  return html`<section class="review" aria-labelledby="${uid}-review">
    <h2 id="${uid}-review" tabindex="-1">${label('reviewAnswers')}</h2>
    <div class="review-bar">
      <button type="button" part="button" class="secondary back" @click=${o.onBack}>${label('backToResults')}</button>
      <fieldset class="filters">
        <legend class="visually-hidden">${label('reviewAnswers')}</legend>
        ${filters.map(
          ([value, text]) => html`<label>
            <input type="radio" name="${uid}-filter" value=${value} .checked=${o.filter === value} @change=${() => o.onFilter(value)} />
            ${text}
          </label>`,
        )}
      </fieldset>
      <p class="muted" role="status">${outcomes.length} / ${results.questions.length}</p>
    </div>
    <nav aria-label=${label('jumpToQuestion')}>
      <ol class="jump">
        ${outcomes.map((outcome) => {
          const n = attempt.questionIds.indexOf(outcome.questionId) + 1;
          const state = label(outcome.correct ? 'correct' : 'incorrect');
          return html`<li><a class=${outcome.correct ? 'right' : 'wrong'} href="#${uid}-rq${n}" aria-label="${n}: ${state}" @click=${(e: Event) => jump(e, `${uid}-rq${n}`)}>${n}</a></li>`;
        })}
      </ol>
    </nav>
    <ol class="reviewed">
      ${outcomes.map((outcome) => {
        const question = o.question(outcome.questionId);
        if (!question) return nothing;
        const index = attempt.questionIds.indexOf(outcome.questionId);
        const order = ownValue(attempt.optionOrder, question.id);
        const options = orderedOptions(question, order);
        const letter = (id: string) => String.fromCharCode(65 + options.findIndex((opt) => opt.id === id));
        const given = outcome.selected.map(letter).join(', ') || label('notAnswered');
        const key = [...question.answer].map(letter).sort().join(', ');
        return html`<li class=${outcome.correct ? 'right' : 'wrong'} id="${uid}-rq${index + 1}">
          <h3 class="q-title" tabindex="-1">${format(label('questionProgress'), { current: index + 1, total: attempt.questionIds.length })}</h3>
          ${questionView({ question, selected: outcome.selected, revealed: true, name: `${uid}-review-${question.id}`, order, label, onChange: () => {} })}
          <p part="feedback">
            <strong class="verdict">${label(outcome.correct ? 'correct' : 'incorrect')}</strong>
            · ${label('yourAnswer')}: ${given} · ${label('correctAnswer')}: ${key}
            ${attempt.flags.includes(question.id) ? html` · <span class="flagged">⚑ ${label('flagged')}</span>` : nothing}
          </p>
          <div part="explanation">${richText(question.explanation)}</div>
        </li>`;
      })}
    </ol>
    <div class="actions">
      <button type="button" part="button" @click=${o.onBack}>${label('backToResults')}</button>
    </div>
  </section>`;
}

/** Jump links live in a shadow root, where `#id` does not scroll: scroll to the question and move focus to its title. */
function jump(event: Event, id: string): void {
  event.preventDefault();
  const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
  const target = root.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.querySelector<HTMLElement>('.q-title')?.focus({ preventScroll: true });
}
