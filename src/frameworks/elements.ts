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
import type { MlQuiz } from '../elements/ml-quiz/ml-quiz.component.js';

/** What every element takes: `theme` and `labels`. */
type Common<E extends { theme?: unknown; labels: unknown }> = Partial<Pick<E, 'theme' | 'labels'>>;

/** Each tag: its element class, the properties an app may set, and the events it dispatches. */
export interface MlTags {
  'ml-bank': {
    element: MlBank;
    props: Common<MlBank> & Partial<Pick<MlBank, 'src'>>;
    events: 'ml-bank-load' | 'ml-bank-error';
  };
  'ml-quiz': {
    element: MlQuiz;
    props: Common<MlQuiz> &
      Partial<
        Pick<MlQuiz, 'bank' | 'question' | 'questions' | 'domain' | 'objective' | 'count' | 'seed' | 'storageKey'>
      >;
    events: 'ml-answer' | 'ml-complete' | 'ml-bank-error';
  };
  'ml-comparison': {
    element: MlComparison;
    props: Common<MlComparison> & Partial<Pick<MlComparison, 'bank' | 'comparison'>>;
    events: 'ml-answer' | 'ml-bank-error';
  };
  'ml-checklist': {
    element: MlChecklist;
    props: Common<MlChecklist> & Partial<Pick<MlChecklist, 'bank' | 'checklist' | 'storageKey'>>;
    events: 'ml-checklist-change' | 'ml-bank-error';
  };
  'ml-exam': {
    element: MlExam;
    props: Common<MlExam> & Partial<Pick<MlExam, 'bank' | 'exam' | 'seed' | 'duration' | 'storageKey' | 'lms'>>;
    events: 'ml-exam-start' | 'ml-exam-submit' | 'ml-lms-error' | 'ml-bank-error';
  };
}

export type MlTagName = keyof MlTags;

/** A listener for one ml-* event: its `detail` is typed by the event's name. */
export type MlListener<K extends keyof MlEventDetails> = (event: CustomEvent<MlEventDetails[K]>) => void;
