import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { findApi } from '../lms/discovery.js';
import { SUSPEND_MAX_12, SUSPEND_MAX_2004 } from '../lms/format.js';
import type { LmsAdapter, LmsErrorDetail, LmsMode, LmsResult, ScormVersion } from '../lms/types.js';

export interface LmsControllerOptions {
  /** The host's `lms` setting, read when the controller connects: `none`, `auto`, `scorm12` or `scorm2004`. */
  mode: () => LmsMode | string | null | undefined;
  /** Called for every failed LMS call (the exam dispatches it as `ml-lms-error`). */
  onError: (detail: LmsErrorDetail) => void;
  /** The window the search starts from (default: the host's window). */
  window?: () => Window;
}

/** Statuses that mean "nothing recorded yet": the controller marks them `incomplete` once it connects. */
const NOT_STARTED = new Set(['', 'not attempted', 'unknown', 'browsed']);

/**
 * Connects an element to an LMS through SCORM 1.2 or 2004. On connect (unless the mode is `none`) it finds the runtime
 * API and initializes it; the host then reads the LMS's saved state (`readSuspendData`, which wins over local storage),
 * saves state while the learner works (`saveState`), and reports the result on submit (`report`). On `pagehide` it
 * ends the session: exit `suspend` before a report (so the LMS resumes the attempt), normal after one, then commit and
 * terminate, once.
 *
 * Without an API (a page outside an LMS) nothing is sent and nothing is reported. A failed call goes to `onError`;
 * nothing throws into the host.
 */
export class LmsController implements ReactiveController {
  /** True between a successful initialize and terminate. */
  connected = false;
  private adapter: LmsAdapter | null = null;
  private reported = false;
  private finished = false;
  private readonly onPageHide = () => this.finish();
  private readonly onVisibility = () => {
    // Mobile browsers may discard a hidden page without `pagehide`: keep the LMS's copy current.
    if (this.connected && document.visibilityState === 'hidden') this.adapter!.commit();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LmsControllerOptions,
  ) {
    host.addController(this);
  }

  /** The version in use once connected, otherwise null. */
  get version(): ScormVersion | null {
    return this.connected ? this.adapter!.version : null;
  }

  /** The most characters `saveState` accepts (4,096 for SCORM 1.2, 64,000 for 2004), or null when not connected. */
  get suspendLimit(): number | null {
    if (!this.connected) return null;
    return this.adapter!.version === 'scorm12' ? SUSPEND_MAX_12 : SUSPEND_MAX_2004;
  }

  hostConnected(): void {
    this.connect();
  }

  /**
   * Finds the API and initializes it, unless already done (or the mode is `none`). Called on host connect; call it
   * again when the mode changes from `none`. Returns `connected`.
   */
  connect(): boolean {
    if (this.adapter || this.finished) return this.connected;
    const mode = normalizeMode(this.options.mode());
    if (mode === 'none') return false;
    let win: Window;
    try {
      win = this.options.window?.() ?? window;
    } catch {
      return false;
    }
    const adapter = findApi(win, mode, (error) => this.error(error));
    if (!adapter) return false;
    this.adapter = adapter;
    if (!adapter.initialize()) return false;
    this.connected = true;
    if (NOT_STARTED.has(adapter.getStatus())) adapter.setIncomplete();
    win.addEventListener('pagehide', this.onPageHide);
    win.document?.addEventListener('visibilitychange', this.onVisibility);
    this.host.requestUpdate();
    return true;
  }

  /** The state the LMS saved (`cmi.suspend_data`), or null when there is none or no LMS. Connects first if needed. */
  readSuspendData(): string | null {
    this.connect();
    if (!this.connected) return null;
    const data = this.adapter!.getSuspendData();
    return data === '' ? null : data;
  }

  /** Saves the exam state in `cmi.suspend_data` and commits (refused, with an error, above the version's limit). */
  saveState(json: string): void {
    if (!this.connected) return;
    if (this.adapter!.setSuspendData(json)) this.adapter!.commit();
  }

  /** Marks the attempt in progress (`incomplete`) and commits: call when a new attempt starts. */
  markIncomplete(): void {
    if (!this.connected) return;
    this.reported = false;
    this.adapter!.setIncomplete();
    this.adapter!.commit();
  }

  /**
   * Reports a submitted attempt (score, status, session time, interactions) and commits. Returns false when a call
   * failed or the commit did (the result is then not recorded, and the host must say so); true when not connected
   * (nothing to record).
   */
  report(result: LmsResult): boolean {
    if (!this.connected) return true;
    const sent = this.adapter!.reportResult(result);
    const committed = this.adapter!.commit();
    this.reported = true;
    return sent && committed;
  }

  /**
   * Ends the session (called on `pagehide`): exit `suspend` before a report, normal after one, commit, terminate.
   * Later calls do nothing.
   */
  finish(): void {
    if (!this.connected) return;
    const adapter = this.adapter!;
    this.connected = false;
    this.finished = true;
    let win: Window | undefined;
    try {
      win = this.options.window?.() ?? window;
    } catch {
      win = undefined;
    }
    win?.removeEventListener('pagehide', this.onPageHide);
    win?.document?.removeEventListener('visibilitychange', this.onVisibility);
    adapter.setExit(this.reported ? 'normal' : 'suspend');
    adapter.commit();
    adapter.terminate();
    this.host.requestUpdate();
  }

  private error(detail: LmsErrorDetail): void {
    try {
      this.options.onError(detail);
    } catch {
      // The host's handler failing must not stop the exam.
    }
  }
}

function normalizeMode(mode: unknown): 'none' | 'auto' | ScormVersion {
  const value = typeof mode === 'string' ? mode.trim().toLowerCase() : '';
  return value === 'auto' || value === 'scorm12' || value === 'scorm2004' ? value : 'none';
}
