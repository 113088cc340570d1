/**
 * A practice deck (`ml-quiz` with several questions): the learner selects, checks, moves on, sees a summary and may
 * retry the missed questions. `deckReducer(state, action)` returns a new state, or the same object when nothing
 * changes; the state is plain JSON data, saved under the deck's `storage-key` and read back with `restoreDeck` (engine/deck-saved, loaded only where progress is saved).
 */
import type { Question } from '../bank/schema.js';
import { emptyRecord, ownValue, withEntry } from './records.js';
import { isCorrect } from './score.js';

/** One question's answer in a deck. */
export interface DeckAnswer {
  selected: string[];
  /** "Check answer" was pressed: the verdict shows and the selection is final. */
  checked: boolean;
}

/** A deck's progress, as saved under `storage-key`. */
export interface DeckState {
  v: 1;
  /** The deck's question ids, in order ("Try missed again" narrows them). */
  ids: string[];
  index: number;
  /** Per question id (a null-prototype record: ids are ordinary strings, `constructor` included). */
  answers: Record<string, DeckAnswer>;
  done: boolean;
}

export type DeckAction =
  | { type: 'select'; questionId: string; selected: readonly string[] }
  | { type: 'check'; questionId: string }
  | { type: 'next' }
  | { type: 'retryMissed'; questions: readonly Pick<Question, 'id' | 'answer'>[] }
  | { type: 'restart' };

export interface DeckSummary {
  correct: number;
  total: number;
  /** Ids of the questions answered wrongly or not at all, in deck order. */
  missed: string[];
}

const NO_ANSWER: DeckAnswer = Object.freeze({ selected: [], checked: false }) as DeckAnswer;

/** A fresh deck over these question ids. */
export function startDeck(ids: readonly string[]): DeckState {
  return { v: 1, ids: [...ids], index: 0, answers: emptyRecord(), done: false };
}

/** The answer given to a question (nothing selected, unchecked when none). */
export function deckAnswerOf(state: Pick<DeckState, 'answers'>, questionId: string): DeckAnswer {
  return ownValue(state.answers, questionId) ?? NO_ANSWER;
}

/** The id of the question shown. */
export function currentDeckId(state: Pick<DeckState, 'ids' | 'index'>): string | undefined {
  return state.ids[state.index];
}

/** True on the deck's last question (its "Next" reads "See results"). */
export function isLastInDeck(state: Pick<DeckState, 'ids' | 'index'>): boolean {
  return state.index >= state.ids.length - 1;
}

export function deckReducer(state: DeckState, action: DeckAction): DeckState {
  switch (action.type) {
    case 'select': {
      if (!state.ids.includes(action.questionId) || deckAnswerOf(state, action.questionId).checked) return state;
      return {
        ...state,
        answers: withEntry<DeckAnswer>(state.answers, action.questionId, {
          selected: [...action.selected],
          checked: false,
        }),
      };
    }
    case 'check': {
      const answer = deckAnswerOf(state, action.questionId);
      // Nothing selected: the view nudges; the state does not change.
      if (!state.ids.includes(action.questionId) || answer.checked || answer.selected.length === 0) return state;
      return {
        ...state,
        answers: withEntry<DeckAnswer>(state.answers, action.questionId, { ...answer, checked: true }),
      };
    }
    case 'next':
      if (state.done) return state;
      return isLastInDeck(state) ? { ...state, done: true } : { ...state, index: state.index + 1 };
    case 'retryMissed': {
      const { missed } = deckSummary(state, action.questions);
      return missed.length ? startDeck(missed) : state;
    }
    case 'restart':
      return startDeck(state.ids);
  }
}

/** Right answers over the deck, and the ids missed. A question not in `questions` counts as missed. */
export function deckSummary(
  state: Pick<DeckState, 'ids' | 'answers'>,
  questions: readonly Pick<Question, 'id' | 'answer'>[],
): DeckSummary {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const missed: string[] = [];
  let correct = 0;
  for (const id of state.ids) {
    const question = byId.get(id);
    if (question && isCorrect(question, deckAnswerOf(state, id).selected)) correct += 1;
    else missed.push(id);
  }
  return { correct, total: state.ids.length, missed };
}
