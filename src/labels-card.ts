/**
 * The texts the quiz card shows (and the error panel and question view it shares with other elements), apart from
 * the other elements' texts so that a page with one card downloads only these. `defaultLabels` (labels.ts) is all of
 * them. `format` lives here for the same reason.
 */
import type { Labels } from './labels.js';

export const cardLabels = {
  checkAnswer: 'Check answer',
  next: 'Next',
  seeResults: 'See results',
  tryMissedAgain: 'Try missed again',
  reset: 'Reset',
  cancel: 'Cancel',
  correct: 'Correct',
  incorrect: 'Incorrect',
  selectOne: 'Select one.',
  selectN: 'Select {n}.',
  source: 'Source',
  yourAnswer: 'Your answer',
  correctAnswer: 'Correct answer',
  progress: '{current} of {total}',
  score: '{correct} of {total} correct',
  deckComplete: 'Deck complete',
  missedQuestions: 'Missed questions',
  allCorrect: 'You answered every question correctly.',
  loading: 'Loading questions…',
  errorTitle: 'This content cannot be shown',
  noBank: 'No question bank was given: set the bank attribute, put the element inside <ml-bank>, or add inline JSON.',
  storageUnavailable: 'Progress cannot be saved in this browser; it is kept until you leave the page.',
  recordCorrupt: 'Your saved answers could not be read; new answers are kept until you leave the page.',
  savedStateKeptPartly: 'The question bank changed since your last visit; what still applies was kept.',
  deckSavedCorrupt: 'Your saved progress could not be read, so the deck starts fresh.',
  deckSavedOutdated: 'The questions changed since your last visit, so the deck starts fresh.',
  resetDeckConfirm: 'Reset this deck?',
  resetDeckClears: 'This clears your answers in this deck ({answered} of {total} answered) and starts it again.',
  moreErrors: '…and {n} more',
  bankFailedSeeAbove: 'Not shown: the question bank could not be loaded (see the message above).',
} satisfies Partial<Labels>;

/** The keys of {@link cardLabels}: what `<ml-quiz>` and the shared views may ask for. */
export type CardLabelKey = keyof typeof cardLabels;

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
