/**
 * Typed events. Each bubbles and is composed, and each is added to `GlobalEventHandlersEventMap`, so
 * `el.addEventListener('ml-answer', (e) => e.detail.correct)` is typed for users.
 */
import type { BankIssue } from './bank/issues.js';
import type { ScoreTally, SubmitDetail } from './engine/results.js';
import type { LmsErrorDetail } from './lms/types.js';

export interface AnswerDetail {
  questionId: string;
  selected: string[];
  correct: boolean;
}
export interface CompleteDetail {
  correct: number;
  total: number;
}
export interface ChecklistChangeDetail {
  /** Checked item ids. */
  checked: string[];
  total: number;
}
export interface BankLoadDetail {
  bankId: string;
  questionCount: number;
}
export interface BankErrorDetail {
  errors: BankIssue[];
}
export interface ExamStartDetail {
  examId: string;
  seed: number;
  questionCount: number;
  /** Epoch milliseconds; null when untimed. */
  deadline: number | null;
}
/** Per-domain figures of `ml-exam-submit` (the engine's tally). */
export type DomainScore = ScoreTally;
/** The `ml-exam-submit` detail: exactly what the engine's `submitDetail()` builds. */
export type ExamSubmitDetail = SubmitDetail;
export type { LmsErrorDetail };

export interface RecordImportDetail {
  /** Answers new to the record. */
  added: number;
  /** Answers in the record after the import. */
  total: number;
}

export interface MlEventDetails {
  'ml-answer': AnswerDetail;
  'ml-complete': CompleteDetail;
  'ml-checklist-change': ChecklistChangeDetail;
  'ml-bank-load': BankLoadDetail;
  'ml-bank-error': BankErrorDetail;
  'ml-exam-start': ExamStartDetail;
  'ml-exam-submit': ExamSubmitDetail;
  'ml-lms-error': LmsErrorDetail;
  'ml-record-import': RecordImportDetail;
}

export type MlEventName = keyof MlEventDetails;

/** An ml-quiz event: a CustomEvent whose detail type follows its name. */
export type MlEvent<K extends MlEventName> = CustomEvent<MlEventDetails[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ml-answer': MlEvent<'ml-answer'>;
    'ml-complete': MlEvent<'ml-complete'>;
    'ml-checklist-change': MlEvent<'ml-checklist-change'>;
    'ml-bank-load': MlEvent<'ml-bank-load'>;
    'ml-bank-error': MlEvent<'ml-bank-error'>;
    'ml-exam-start': MlEvent<'ml-exam-start'>;
    'ml-exam-submit': MlEvent<'ml-exam-submit'>;
    'ml-lms-error': MlEvent<'ml-lms-error'>;
    'ml-record-import': MlEvent<'ml-record-import'>;
  }
}
