/**
 * Types of the SCORM layer: the two runtime APIs as an LMS exposes them, the one adapter the exam talks to, and what
 * it reports.
 */
/** The SCORM version an adapter speaks. */
export type ScormVersion = 'scorm12' | 'scorm2004';

/** The `lms` attribute of `<ml-exam>`: `none` sends nothing; `auto` prefers SCORM 2004, then 1.2. */
export type LmsMode = 'none' | 'auto' | ScormVersion;

/** A failed LMS call: `call` names it (e.g. `LMSSetValue(cmi.core.score.raw)`), `code` is the SCORM error code. */
export interface LmsErrorDetail {
  call: string;
  code: string;
  message: string;
}
export type LmsError = LmsErrorDetail;

export type LmsErrorHandler = (error: LmsError) => void;

/** One answered (or unanswered) question, reported as a SCORM `choice` interaction. */
export interface LmsInteraction {
  /** The question id (made a valid identifier for the version, readably, if needed). */
  id: string;
  /** Option ids the learner chose (empty when unanswered: no response is recorded). */
  learnerResponse: string[];
  /** Option ids of the key. */
  correctResponse: string[];
  correct: boolean;
  /** The question's objective id. */
  objectiveId?: string;
}

/** The result of a submitted attempt. */
export interface LmsResult {
  /** 0–100, unrounded (the LMS gets it rounded to two decimals). */
  percent: number;
  passed: boolean;
  /** Time the attempt used, in seconds: sent as the session time. */
  secondsUsed: number;
  interactions: LmsInteraction[];
}

/**
 * One interface over SCORM 1.2 and 2004. Each method writes the version's data model, validates strictly what it
 * sends (scorm-again and many LMSs are lenient; others are not), reports every failed call to the error handler, and
 * returns whether everything succeeded. Nothing throws.
 */
export interface LmsAdapter {
  readonly version: ScormVersion;
  /** `LMSInitialize('')` / `Initialize('')`. */
  initialize(): boolean;
  /** `cmi.suspend_data`, or '' when there is none (or it could not be read). */
  getSuspendData(): string;
  /** Refuses (with an error) more than 4,096 characters for 1.2 and 64,000 for 2004. */
  setSuspendData(data: string): boolean;
  /**
   * The current status: 1.2 `cmi.core.lesson_status` (`not attempted`, `incomplete`, `passed`, …), 2004
   * `cmi.completion_status` (`unknown`, `incomplete`, `completed`, …); '' if it could not be read.
   */
  getStatus(): string;
  /** 1.2 `cmi.core.lesson_status = incomplete`; 2004 `cmi.completion_status = incomplete`. */
  setIncomplete(): boolean;
  /** Score, status, session time and one `choice` interaction per question. Does not commit. */
  reportResult(result: LmsResult): boolean;
  /** 1.2 `cmi.core.exit` `suspend` or ''; 2004 `cmi.exit` `suspend` or `normal`. */
  setExit(exit: 'suspend' | 'normal'): boolean;
  commit(): boolean;
  /** `LMSFinish('')` / `Terminate('')`. */
  terminate(): boolean;
}

/** The SCORM 1.2 runtime API (`window.API`). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** The SCORM 2004 runtime API (`window.API_1484_11`). */
export interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}
