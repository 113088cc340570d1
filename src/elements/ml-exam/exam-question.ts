/** The question screen of `<ml-exam>`: progress and timer, the question, its actions, the navigator, the submit dialog. */
import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { Question } from '../../bank/schema.js';
import { formatClock } from '../../engine/deadline.js';
import { type ExamState, selectionOf, unansweredIds } from '../../engine/exam-state.js';
import { ownValue } from '../../engine/records.js';
import { type Labels, format } from '../../labels.js';
import { questionView } from '../shared/question-view.js';

export interface QuestionScreenOptions {
  uid: string;
  attempt: ExamState;
  question: Question | undefined;
  /** Milliseconds left (timed attempts). */
  remaining: number;
  /** A notice about the resumed attempt (questions the bank no longer has), shown above the question. */
  notice: string;
  label: (key: keyof Labels) => string;
  onAnswer: (selected: string[]) => void;
  onFlag: () => void;
  onGoTo: (index: number) => void;
  onNavigatorKey: (event: KeyboardEvent) => void;
  onConfirm: () => void;
  onSubmit: () => void;
  onReturn: () => void;
  onDialogClose: () => void;
}

export function questionScreen(o: QuestionScreenOptions) {
  const { attempt, question, label, uid, remaining } = o;
  const id = attempt.questionIds[attempt.current]!;
  const total = attempt.questionIds.length;
  const position = attempt.current + 1;
  const flagged = attempt.flags.includes(id);
  const unanswered = unansweredIds(attempt).length;
  return html`
    <div class="bar">
      <div class="progress" part="progress">
        <span>${format(label('questionProgress'), { current: position, total })}</span>
        <progress max=${total} value=${position} aria-hidden="true"></progress>
      </div>
      ${
        attempt.timed
          ? html`<div class="timer ${remaining < 5 * 60_000 ? 'low' : ''}" part="timer" role="timer" aria-label=${label('timeRemaining')}>
            <span class="visually-hidden">${label('timeRemaining')}: </span>${formatClock(remaining)}
          </div>`
          : html`<div class="timer untimed" part="timer">${label('untimedPractice')}</div>`
      }
    </div>
    <div class="layout">
      <div class="main">
        ${o.notice ? html`<p class="notice" role="status">${o.notice}</p>` : nothing}
        <div class="question-focus" role="group" tabindex="-1" aria-label=${format(label('questionProgress'), { current: position, total })}>
          ${
            question
              ? questionView({
                  question,
                  selected: selectionOf(attempt, id),
                  revealed: false,
                  name: `${uid}-${id}`,
                  order: ownValue(attempt.optionOrder, id),
                  label: (key) => label(key),
                  onChange: o.onAnswer,
                })
              : nothing
          }
        </div>
        <div class="actions">
          <button type="button" part="button" class="secondary" ?disabled=${attempt.current === 0} @click=${() => o.onGoTo(attempt.current - 1)}>
            ${label('previous')}
          </button>
          <button type="button" part="button" class="secondary" ?disabled=${position === total} @click=${() => o.onGoTo(attempt.current + 1)}>
            ${label('next')}
          </button>
          <button
            type="button"
            part="button"
            class="secondary flag ${flagged ? 'on' : ''}"
            aria-pressed=${flagged ? 'true' : 'false'}
            @click=${o.onFlag}
          >
            <span aria-hidden="true">⚑</span> ${label('flagForReview')}
          </button>
          <span class="spacer"></span>
          <button type="button" part="button" @click=${o.onConfirm}>${label('submitExam')}</button>
        </div>
      </div>
      ${navigator(o)}
    </div>
    <dialog aria-labelledby="${uid}-confirm" @close=${o.onDialogClose}>
      <h2 id="${uid}-confirm">${label('submitConfirm')}</h2>
      <ul>
        <li class=${unanswered ? 'unanswered' : ''}>${format(label('unansweredCount'), { n: unanswered })}</li>
        <li class="flagged-count">${format(label('flaggedCount'), { n: attempt.flags.length })}</li>
      </ul>
      ${
        unanswered
          ? // Questions left: going back is what the learner most likely wants, so it is the primary action.
            html`<div class="actions">
            <button type="button" part="button" autofocus @click=${o.onReturn}>${label('returnToExam')}</button>
            <button type="button" part="button" class="secondary" @click=${o.onSubmit}>${label('submitExam')}</button>
          </div>`
          : // All answered: submitting is the expected step, but focus stays on the action that loses nothing.
            html`<div class="actions">
            <button type="button" part="button" @click=${o.onSubmit}>${label('submitExam')}</button>
            <button type="button" part="button" class="secondary" autofocus @click=${o.onReturn}>${label('returnToExam')}</button>
          </div>`
      }
    </dialog>
  `;
}

/** A grid of question buttons with one tab stop; arrows, Home and End move within it (GridNavigationController). */
function navigator(o: QuestionScreenOptions) {
  const { attempt, label } = o;
  return html`<nav class="navigator" part="navigator" aria-label=${label('navigator')}>
    <ol @keydown=${o.onNavigatorKey}>
      ${attempt.questionIds.map((id, index) => {
        const answered = selectionOf(attempt, id).length > 0;
        const flagged = attempt.flags.includes(id);
        const current = index === attempt.current;
        const states = [answered ? label('answered') : label('unanswered'), flagged ? label('flagged') : '']
          .filter(Boolean)
          .join(', ');
        return html`<li>
          <button
            type="button"
            data-index=${index}
            tabindex=${current ? 0 : -1}
            class=${classMap({ answered, flagged, current })}
            aria-current=${current ? 'step' : 'false'}
            aria-label="${index + 1}: ${states}"
            @click=${() => o.onGoTo(index)}
          >
            ${index + 1}
          </button>
        </li>`;
      })}
    </ol>
    <p class="legend" aria-hidden="true">
      <span class="swatch answered"></span>${label('answered')} <span class="swatch flagged"></span>${label('flagged')}
    </p>
  </nav>`;
}
