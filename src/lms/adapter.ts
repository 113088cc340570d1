/**
 * One adapter over the SCORM 1.2 and 2004 runtime APIs. The version-specific parts (call names, data model elements,
 * formats, vocabularies) sit in one table per version; the logic is shared.
 */
import {
  SUSPEND_MAX_12,
  SUSPEND_MAX_2004,
  choiceResponse12,
  choiceResponse2004,
  formatDuration2004,
  formatRawScore,
  formatScaledScore,
  formatTimespan12,
  identifier12,
  identifier2004,
  uniqueId,
  type Checked,
} from './format.js';
import type { LmsAdapter, LmsErrorHandler, LmsResult, Scorm12Api, Scorm2004Api, ScormVersion } from './types.js';

type Call = 'initialize' | 'terminate' | 'get' | 'set' | 'commit' | 'lastError' | 'errorString' | 'diagnostic';

interface Dialect {
  version: ScormVersion;
  calls: Record<Call, string>;
  suspendMax: number;
  /** Codes reported when this module refuses a value before sending it (those a strict LMS would return). */
  typeMismatch: string;
  outOfRange: string;
  /** Error codes of GetValue that only mean "no value yet". */
  emptyCodes: string[];
  status: string;
  exit: string;
  exitValues: Record<'suspend' | 'normal', string>;
  sessionTime: string;
  formatTime(seconds: number): string;
  learnerResponse: string;
  wrong: string;
  identifier(id: string): string | null;
  idMax: number;
  choice(ids: readonly string[]): Checked;
  rawScore: string;
  /** Elements set on a report, in order, before the interactions. */
  score(percent: number): [string, string][];
  /** Elements set on a report, in order, after the interactions. */
  outcome(passed: boolean): [string, string][];
  incomplete: [string, string];
}

const SCORM12: Dialect = {
  version: 'scorm12',
  calls: {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
    diagnostic: 'LMSGetDiagnostic',
  },
  suspendMax: SUSPEND_MAX_12,
  typeMismatch: '405',
  outOfRange: '405',
  emptyCodes: [],
  status: 'cmi.core.lesson_status',
  exit: 'cmi.core.exit',
  exitValues: { suspend: 'suspend', normal: '' },
  sessionTime: 'cmi.core.session_time',
  formatTime: formatTimespan12,
  learnerResponse: 'student_response',
  wrong: 'wrong',
  identifier: identifier12,
  idMax: 255,
  choice: choiceResponse12,
  rawScore: 'cmi.core.score.raw',
  score: (percent) => [
    ['cmi.core.score.min', '0'],
    ['cmi.core.score.max', '100'],
    ['cmi.core.score.raw', formatRawScore(percent)],
  ],
  outcome: (passed) => [['cmi.core.lesson_status', passed ? 'passed' : 'failed']],
  incomplete: ['cmi.core.lesson_status', 'incomplete'],
};

const SCORM2004: Dialect = {
  version: 'scorm2004',
  calls: {
    initialize: 'Initialize',
    terminate: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
    diagnostic: 'GetDiagnostic',
  },
  suspendMax: SUSPEND_MAX_2004,
  typeMismatch: '406',
  outOfRange: '407',
  // 403: "Data Model Element Value Not Initialized" (e.g. no suspend_data yet on a first launch).
  emptyCodes: ['403'],
  status: 'cmi.completion_status',
  exit: 'cmi.exit',
  exitValues: { suspend: 'suspend', normal: 'normal' },
  sessionTime: 'cmi.session_time',
  formatTime: formatDuration2004,
  learnerResponse: 'learner_response',
  wrong: 'incorrect',
  identifier: (id) => identifier2004(id),
  idMax: 4000,
  choice: choiceResponse2004,
  rawScore: 'cmi.score.raw',
  score: (percent) => [
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
    ['cmi.score.raw', formatRawScore(percent)],
    ['cmi.score.scaled', formatScaledScore(percent)],
  ],
  outcome: (passed) => [
    ['cmi.success_status', passed ? 'passed' : 'failed'],
    ['cmi.completion_status', 'completed'],
  ],
  incomplete: ['cmi.completion_status', 'incomplete'],
};

/** Runtime APIs this page initialized, so a second adapter (an element moved in the DOM) does not initialize twice. */
const sessions = new WeakMap<object, 'open' | 'closed'>();

/** Wraps a runtime API found on a window. Prefer `findApi()`, which finds the API and calls this. */
export function createAdapter(
  api: Scorm12Api | Scorm2004Api,
  version: ScormVersion,
  onError: LmsErrorHandler = () => {},
): LmsAdapter {
  return new ScormAdapter(api, version === 'scorm12' ? SCORM12 : SCORM2004, onError);
}

class ScormAdapter implements LmsAdapter {
  readonly version: ScormVersion;

  constructor(
    private readonly api: Scorm12Api | Scorm2004Api,
    private readonly d: Dialect,
    private readonly onError: LmsErrorHandler,
  ) {
    this.version = d.version;
  }

  initialize(): boolean {
    if (sessions.get(this.api) === 'open') return true;
    const result = this.invoke('initialize', ['']);
    // 2004 error 103 ("Already Initialized"): the page initialized it itself; the session is usable.
    const ok = result.ok || (this.d.version === 'scorm2004' && result.code === '103');
    if (ok) sessions.set(this.api, 'open');
    else this.fail(result);
    return ok;
  }

  getSuspendData(): string {
    return this.get('cmi.suspend_data') ?? '';
  }

  setSuspendData(data: string): boolean {
    const element = 'cmi.suspend_data';
    if (typeof data !== 'string') return this.refuse(element, `expected a string, found ${typeof data}`);
    if (data.length > this.d.suspendMax) {
      return this.refuse(
        element,
        `${data.length.toLocaleString('en')} characters is more than ${this.d.suspendMax.toLocaleString('en')}, the most ` +
          `${this.d.version === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'} allows`,
        this.d.outOfRange,
      );
    }
    return this.set(element, data);
  }

  getStatus(): string {
    return this.get(this.d.status) ?? '';
  }

  setIncomplete(): boolean {
    return this.set(...this.d.incomplete);
  }

  reportResult(result: LmsResult): boolean {
    const d = this.d;
    let ok = true;
    const percent = result?.percent;
    if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
      ok = this.refuse(d.rawScore, `expected a percent from 0 to 100, found ${String(percent)}`, d.outOfRange);
    } else {
      for (const [element, value] of d.score(percent)) ok = this.set(element, value) && ok;
    }
    ok = this.set(d.sessionTime, d.formatTime(Number(result?.secondsUsed))) && ok;
    ok = this.writeInteractions(Array.isArray(result?.interactions) ? result.interactions : []) && ok;
    if (typeof result?.passed !== 'boolean') {
      ok = this.refuse(d.outcome(true)[0]![0], `expected passed to be true or false, found ${String(result?.passed)}`);
    } else {
      for (const [element, value] of d.outcome(result.passed)) ok = this.set(element, value) && ok;
    }
    return ok;
  }

  setExit(exit: 'suspend' | 'normal'): boolean {
    const value = this.d.exitValues[exit];
    if (value === undefined) return this.refuse(this.d.exit, `expected "suspend" or "normal", found "${String(exit)}"`);
    return this.set(this.d.exit, value);
  }

  commit(): boolean {
    const result = this.invoke('commit', ['']);
    if (!result.ok) this.fail(result);
    return result.ok;
  }

  terminate(): boolean {
    if (sessions.get(this.api) === 'closed') return true;
    const result = this.invoke('terminate', ['']);
    if (result.ok) sessions.set(this.api, 'closed');
    else this.fail(result);
    return result.ok;
  }

  /** Appends one `choice` interaction per question after those already recorded (a second report adds, never overwrites). */
  private writeInteractions(interactions: LmsResult['interactions']): boolean {
    const d = this.d;
    const count = Number.parseInt(this.get('cmi.interactions._count') ?? '', 10);
    let n = Number.isFinite(count) && count >= 0 ? count : 0;
    const used = new Set<string>();
    let ok = true;
    for (const interaction of interactions) {
      const base = d.identifier(String(interaction?.id ?? ''));
      if (base === null) {
        ok = this.refuse(`cmi.interactions.${n}.id`, `"${String(interaction?.id)}" cannot be made an identifier`);
        continue;
      }
      const prefix = `cmi.interactions.${n}`;
      // The id comes first (2004 refuses the other elements before it), then the type the responses depend on.
      if (!this.set(`${prefix}.id`, uniqueId(base, used, d.idMax))) {
        ok = false;
        n++;
        continue;
      }
      ok = this.set(`${prefix}.type`, 'choice') && ok;
      if (interaction.objectiveId !== undefined && interaction.objectiveId !== '') {
        const objective = d.identifier(String(interaction.objectiveId));
        if (objective === null) {
          ok = this.refuse(
            `${prefix}.objectives.0.id`,
            `"${String(interaction.objectiveId)}" cannot be made an identifier`,
          );
        } else ok = this.set(`${prefix}.objectives.0.id`, objective) && ok;
      }
      const key = d.choice(interaction.correctResponse ?? []);
      if (key.ok) ok = this.set(`${prefix}.correct_responses.0.pattern`, key.value) && ok;
      else ok = this.refuse(`${prefix}.correct_responses.0.pattern`, key.message);
      // An unanswered question records no response (both versions' choice responses need one choice or more).
      if (interaction.learnerResponse?.length) {
        const response = d.choice(interaction.learnerResponse);
        if (response.ok) ok = this.set(`${prefix}.${d.learnerResponse}`, response.value) && ok;
        else ok = this.refuse(`${prefix}.${d.learnerResponse}`, response.message);
      }
      ok = this.set(`${prefix}.result`, interaction.correct === true ? 'correct' : d.wrong) && ok;
      n++;
    }
    return ok;
  }

  private get(element: string): string | undefined {
    const result = this.invoke('get', [element]);
    if (result.ok || (result.code !== undefined && this.d.emptyCodes.includes(result.code))) return result.value ?? '';
    this.fail(result);
    return undefined;
  }

  private set(element: string, value: string): boolean {
    const result = this.invoke('set', [element, value]);
    if (!result.ok) this.fail(result);
    return result.ok;
  }

  /** Calls the API; a call succeeds when it returns "true" (GetValue: anything) and GetLastError says 0. */
  private invoke(call: Call, args: string[]): Outcome {
    const name = this.d.calls[call];
    const label = call === 'get' || call === 'set' ? `${name}(${args[0]})` : name;
    let value: string;
    try {
      const fn = (this.api as unknown as Record<string, (...a: string[]) => unknown>)[name]!;
      value = String(fn.apply(this.api, args) ?? '');
    } catch (error) {
      return { ok: false, call: label, code: '101', thrown: error instanceof Error ? error.message : String(error) };
    }
    const code = this.lastError();
    const returnedFalse = call !== 'get' && value !== 'true';
    if (!returnedFalse && (code === '0' || code === '')) return { ok: true, call: label, value };
    return { ok: false, call: label, value, code: code === '0' || code === '' ? '101' : code, returnedFalse };
  }

  private lastError(): string {
    try {
      return String(
        (this.api as unknown as Record<string, () => unknown>)[this.d.calls.lastError]!.call(this.api) ?? '',
      ).trim();
    } catch {
      return '';
    }
  }

  private describe(call: 'errorString' | 'diagnostic', code: string): string {
    try {
      const fn = (this.api as unknown as Record<string, (c: string) => unknown>)[this.d.calls[call]]!;
      return String(fn.call(this.api, code) ?? '').trim();
    } catch {
      return '';
    }
  }

  /** Reports a failed call, with the LMS's error string and diagnostic. */
  private fail(result: Outcome): void {
    const code = result.code ?? '101';
    let message: string;
    if (result.thrown !== undefined) message = `threw: ${result.thrown}`;
    else {
      const text = this.describe('errorString', code);
      const diagnostic = this.describe('diagnostic', code);
      message = text || `error ${code}`;
      if (diagnostic && diagnostic !== text) message += ` (${diagnostic})`;
      if (result.returnedFalse && code === '101' && !text) message = `returned "${result.value}"`;
    }
    this.report({ call: result.call, code, message });
  }

  /** Reports a value this module will not send, as the error a strict LMS would give. Returns false. */
  private refuse(element: string, why: string, code = this.d.typeMismatch): false {
    this.report({ call: `${this.d.calls.set}(${element})`, code, message: `not sent: ${why}` });
    return false;
  }

  private report(error: { call: string; code: string; message: string }): void {
    try {
      this.onError(error);
    } catch {
      // A failing error handler must not stop the exam either.
    }
  }
}

interface Outcome {
  ok: boolean;
  call: string;
  value?: string;
  code?: string;
  thrown?: string;
  returnedFalse?: boolean;
}
