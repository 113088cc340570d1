/**
 * Where `<ml-exam>` keeps an attempt and where it reports one: local storage (with the same-page channel, so two
 * exams with one key stay in step), and the LMS when one is connected — then the LMS alone holds attempts. It also
 * remembers what went wrong, for the screens to say: storage unavailable (probed up front), a result storage refused,
 * a result the LMS did not record.
 */
import type { ReactiveControllerHost } from 'lit';
import type { LmsErrorDetail } from '../../lms/types.js';
import { LmsLoader } from '../../controllers/lms-loader.js';
import { PersistenceController, storageAccepts, storageKey } from '../../controllers/persistence-controller.js';
import { type ExamState, isSubmitted } from '../../engine/exam-state.js';
import { type ReadSavedExam, readSavedExam, savedExam } from '../../engine/saved-exam.js';
import { type RestoreBank, compactState } from '../../engine/serialize.js';
import type { LmsResult } from '../../lms/types.js';
import { withoutAttempt } from './exam-effects.js';

export interface ExamStoreOptions {
  lms: () => string | undefined;
  onLmsError: (detail: LmsErrorDetail) => void;
  /** Another tab or another element on this page saved under the key. */
  onExternalChange: () => void;
}

export class ExamStore {
  /** The LMS link, loaded only when `lms` is not `none` (most pages never need SCORM). */
  readonly scorm: LmsLoader;
  private readonly local: PersistenceController<unknown>;
  private probed = true;
  /** The submitted result could not be saved in storage (it lives in this page only). */
  resultUnsaved = false;
  /** False when the LMS did not accept the last result. */
  lmsRecorded = true;

  /** What the results screen must say about where the result went (issue 15.3 and 15.7); empty when all is well. */
  resultNotes(label: (key: 'lmsNotRecorded' | 'resultNotSaved') => string): string[] {
    return [this.lmsRecorded ? '' : label('lmsNotRecorded'), this.resultUnsaved ? label('resultNotSaved') : ''];
  }

  constructor(host: ReactiveControllerHost & HTMLElement, options: ExamStoreOptions) {
    this.local = new PersistenceController<unknown>(host, {
      restore: (data) => data,
      onExternalChange: options.onExternalChange,
      samePage: true,
    });
    this.scorm = new LmsLoader(host, { mode: options.lms, onError: options.onLmsError });
  }

  /** False when storage is unavailable: probed when the key is set, so the start screen can say so up front. */
  get available(): boolean {
    return this.probed && this.local.available;
  }

  /** True while an LMS is connected: it is then the only source of a saved attempt. */
  get lmsConnected(): boolean {
    return this.scorm.link?.connected === true;
  }

  setKey(bankId: string, examId: string, explicit?: string): void {
    this.local.setKey(storageKey(bankId, 'exam', examId, explicit));
    this.probed = storageAccepts();
  }

  /** The saved attempt: the LMS's suspend data when an LMS is connected (a local attempt never feeds it), else local. */
  read(bank: RestoreBank, examId: string): ReadSavedExam {
    const lmsOnly = this.lmsConnected;
    const suspendData = lmsOnly ? this.scorm.link!.readSuspendData() : null;
    return readSavedExam(withoutAttempt(this.local.read(), lmsOnly), suspendData, bank, examId);
  }

  save(
    attempt: ExamState | null,
    seen: readonly string[],
    bank: RestoreBank & Parameters<typeof compactState>[1],
  ): void {
    this.local.write(savedExam(attempt, seen));
    if (attempt && isSubmitted(attempt) && !this.local.available) {
      // Storage refused the result: drop the older copy so a reload cannot resume it, and say the result is not kept.
      this.local.clear();
      this.local.write(savedExam(attempt, seen));
      this.resultUnsaved = true;
    }
    if (attempt && this.lmsConnected) this.scorm.link!.saveState(compactState(attempt, bank));
  }

  /** Marks a new attempt in progress on the LMS, and forgets the last result's troubles. */
  started(): void {
    this.scorm.link?.markIncomplete();
    this.resultUnsaved = false;
    this.lmsRecorded = true;
  }

  report(result: () => LmsResult): void {
    this.lmsRecorded = this.scorm.link?.report(result()) ?? true;
  }
}
