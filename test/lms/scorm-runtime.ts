/**
 * Test helpers around scorm-again, the real SCORM runtime that plays the LMS in these tests.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { LmsResult } from '../../src/lms/types.js';

export type Lms12 = Scorm12API;
export type Lms2004 = Scorm2004API;

/** A fresh SCORM 1.2 runtime, optionally holding what an LMS saved in an earlier session. */
export function newLms12(saved?: Record<string, unknown>): Scorm12API {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (saved) api.loadFromJSON(saved, 'cmi');
  return api;
}

/** A fresh SCORM 2004 runtime, optionally holding what an LMS saved in an earlier session. */
export function newLms2004(saved?: Record<string, unknown>): Scorm2004API {
  const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
  if (saved) api.loadFromJSON(saved, 'cmi');
  return api;
}

/** Everything the runtime recorded (`cmi`, including write-only elements). */
export function recorded(api: Scorm12API | Scorm2004API): any {
  return (api.renderCMIToJSONObject() as { cmi: unknown }).cmi;
}

/** Counts and records calls to one API method (the runtime still handles them). */
export function spy(api: object, method: string): unknown[][] {
  const calls: unknown[][] = [];
  const target = api as Record<string, (...args: unknown[]) => unknown>;
  const original = target[method]!;
  target[method] = (...args: unknown[]) => {
    calls.push(args);
    return original.apply(api, args);
  };
  return calls;
}

/** The value last sent for a data model element, from a SetValue spy. */
export function sent(calls: unknown[][], element: string): unknown {
  return calls.filter((c) => c[0] === element).at(-1)?.[1];
}

/** A submitted attempt: one correct, one wrong (multiple choice), one unanswered. */
export function sampleResult(overrides: Partial<LmsResult> = {}): LmsResult {
  return {
    percent: 100 / 3,
    passed: false,
    secondsUsed: 3723.5,
    interactions: [
      { id: 'dev-q1', learnerResponse: ['b'], correctResponse: ['b'], correct: true, objectiveId: 'dev.t.1' },
      {
        id: 'ops-q2',
        learnerResponse: ['c', 'a'],
        correctResponse: ['a', 'd'],
        correct: false,
        objectiveId: 'ops.t.1',
      },
      { id: 'dep-q1', learnerResponse: [], correctResponse: ['c'], correct: false, objectiveId: 'dep.t.1' },
    ],
    ...overrides,
  };
}

/** Puts a runtime where an LMS puts it (window.API / window.API_1484_11); returns the cleanup. */
export function install(win: Window, name: 'API' | 'API_1484_11', api: object): () => void {
  (win as unknown as Record<string, unknown>)[name] = api;
  return () => {
    delete (win as unknown as Record<string, unknown>)[name];
  };
}
