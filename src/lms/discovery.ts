/**
 * Finds the LMS's runtime API the way the SCORM specifications describe: on the window itself, up its parent chain,
 * then on the opener (and the opener's parents, and its opener…). Bounded, and every access to a window of another
 * origin is guarded (reading a property of a cross-origin window throws a SecurityError).
 */
import { createAdapter } from './adapter.js';
import type { LmsAdapter, LmsErrorHandler, Scorm12Api, Scorm2004Api, ScormVersion } from './types.js';

/** The bound of the standard search (ADL's sample code gives up after 500 windows). */
const MAX_WINDOWS = 500;

const API_NAME: Record<ScormVersion, 'API' | 'API_1484_11'> = { scorm12: 'API', scorm2004: 'API_1484_11' };
const METHODS: Record<ScormVersion, string[]> = {
  scorm12: [
    'LMSInitialize',
    'LMSFinish',
    'LMSGetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSGetLastError',
    'LMSGetErrorString',
    'LMSGetDiagnostic',
  ],
  scorm2004: [
    'Initialize',
    'Terminate',
    'GetValue',
    'SetValue',
    'Commit',
    'GetLastError',
    'GetErrorString',
    'GetDiagnostic',
  ],
};

/**
 * Looks for SCORM 2004 `API_1484_11`, then SCORM 1.2 `API` (`auto`), or one of them, from `win` up the parent chain and
 * then the opener chain. Returns an adapter, or null when no LMS is there. Never throws.
 */
export function findApi(
  win: Window,
  version: 'auto' | ScormVersion = 'auto',
  onError?: LmsErrorHandler,
): LmsAdapter | null {
  const versions: ScormVersion[] = version === 'auto' ? ['scorm2004', 'scorm12'] : [version];
  for (const v of versions) {
    const api = search(win, v);
    if (api) return createAdapter(api, v, onError);
  }
  return null;
}

function search(start: Window, version: ScormVersion): Scorm12Api | Scorm2004Api | null {
  const seen = new Set<Window>();
  let chain: Window | null = start;
  while (chain && seen.size < MAX_WINDOWS) {
    let win: Window | null = chain;
    let top: Window = chain;
    while (win && !seen.has(win) && seen.size < MAX_WINDOWS) {
      seen.add(win);
      const api = apiOn(win, version);
      if (api) return api;
      top = win;
      win = parentOf(win);
    }
    chain = openerOf(top);
    if (chain && seen.has(chain)) break;
  }
  return null;
}

function apiOn(win: Window, version: ScormVersion): Scorm12Api | Scorm2004Api | null {
  try {
    const api = (win as unknown as Record<string, unknown>)[API_NAME[version]];
    if (api === null || (typeof api !== 'object' && typeof api !== 'function')) return null;
    // `window.API` is a common global name: only an object with the whole runtime API counts.
    const record = api as Record<string, unknown>;
    return METHODS[version].every((m) => typeof record[m] === 'function') ? (api as Scorm12Api | Scorm2004Api) : null;
  } catch {
    return null; // another origin
  }
}

function parentOf(win: Window): Window | null {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : null;
  } catch {
    return null;
  }
}

function openerOf(win: Window): Window | null {
  try {
    const opener = win.opener as Window | null;
    return opener && opener !== win ? opener : null;
  } catch {
    return null;
  }
}
