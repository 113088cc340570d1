/**
 * The attributes, properties and events of every ml-quiz tag, as plain types: the one description that the React and
 * Vue typings (`ml-quiz/react`, `ml-quiz/vue`) are built from.
 * @module
 */
import type { MlEventDetails } from '../events.js';
import type { MlBank } from '../elements/ml-bank/ml-bank.component.js';
import type { MlChecklist } from '../elements/ml-checklist/ml-checklist.component.js';
import type { MlComparison } from '../elements/ml-comparison/ml-comparison.component.js';
import type { MlExam } from '../elements/ml-exam/ml-exam.component.js';
import type { MlProgress } from '../elements/ml-progress/ml-progress.component.js';
import type { MlQuiz } from '../elements/ml-quiz/ml-quiz.component.js';
import type { MlReview } from '../elements/ml-review/ml-review.component.js';

/** What every element takes: `theme` and `labels`. */
type Common<E extends { theme?: unknown; labels: unknown }> = Partial<Pick<E, 'theme' | 'labels'>>;

/** The element class of each tag. */
interface TagElements {
  'ml-bank': MlBank;
  'ml-quiz': MlQuiz;
  'ml-comparison': MlComparison;
  'ml-checklist': MlChecklist;
  'ml-exam': MlExam;
  'ml-review': MlReview;
  'ml-progress': MlProgress;
}

/**
 * The properties an app may set on each tag besides `theme` and `labels`: one per attribute, by its property name.
 * A test holds this list to the manifest's attributes, so a new attribute cannot be left out of the typings.
 */
export const tagProperties = {
  'ml-bank': ['src'],
  'ml-quiz': ['bank', 'question', 'questions', 'domain', 'objective', 'count', 'seed', 'storageKey', 'record'],
  'ml-comparison': ['bank', 'comparison', 'record'],
  'ml-checklist': ['bank', 'checklist', 'storageKey'],
  'ml-exam': ['bank', 'exam', 'seed', 'duration', 'storageKey', 'lms', 'record', 'progressHref'],
  'ml-review': ['bank', 'count', 'record'],
  'ml-progress': ['bank', 'exam', 'record'],
} as const satisfies { [T in keyof TagElements]: readonly (keyof TagElements[T])[] };

/** The events each tag dispatches (held to the manifest's events by the same test). */
export const tagEvents = {
  'ml-bank': ['ml-bank-load', 'ml-bank-error'],
  'ml-quiz': ['ml-answer', 'ml-complete', 'ml-bank-error'],
  'ml-comparison': ['ml-answer', 'ml-bank-error'],
  'ml-checklist': ['ml-checklist-change', 'ml-bank-error'],
  'ml-exam': ['ml-exam-start', 'ml-exam-submit', 'ml-lms-error', 'ml-bank-error'],
  'ml-review': ['ml-answer', 'ml-complete', 'ml-bank-error'],
  'ml-progress': ['ml-record-import', 'ml-bank-error'],
} as const satisfies { [T in keyof TagElements]: readonly (keyof MlEventDetails)[] };

/** Each tag: its element class, the properties an app may set, and the events it dispatches. */
export type MlTags = {
  [T in keyof TagElements]: {
    element: TagElements[T];
    // Extract only narrows for the compiler (it cannot relate T across the two maps); `satisfies` above checks each name.
    props: Common<TagElements[T]> &
      Partial<Pick<TagElements[T], Extract<(typeof tagProperties)[T][number], keyof TagElements[T]>>>;
    events: (typeof tagEvents)[T][number];
  };
};

export type MlTagName = keyof MlTags;

/** A listener for one ml-* event: its `detail` is typed by the event's name. */
export type MlListener<K extends keyof MlEventDetails> = (event: CustomEvent<MlEventDetails[K]>) => void;
