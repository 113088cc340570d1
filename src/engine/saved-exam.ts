/**
 * What `<ml-exam>` saves under its key (the attempt, if any, and the ids earlier attempts showed), and how a saved copy
 * is read back: the LMS's suspend data wins over local storage; an attempt of another exam or an unreadable one is
 * outdated (the learner is told), one that lost questions is kept partly.
 */
import { type ExamState, isSubmitted } from './exam-state.js';
import { type RestoreBank, expandState, restoreState, serializeState } from './serialize.js';

export interface SavedExam {
  v: 1;
  attempt: ExamState | null;
  seen: string[];
}

export interface ReadSavedExam {
  /** Ids shown by earlier attempts (for preferring unseen questions). */
  seen: string[];
  /** The attempt to resume, if one applies. */
  attempt?: ExamState;
  /** An attempt was saved, even if it does not apply (then `note` is `outdated`). */
  found: boolean;
  /** What to tell the learner: the saved attempt was dropped (`outdated`) or kept without some questions (`partial`). */
  note?: 'outdated' | 'partial';
  /** With `partial`: how many drawn questions the bank no longer has. */
  dropped?: number;
}

/** The data to save for an attempt (or none) and the seen ids. */
export function savedExam(attempt: ExamState | null, seen: readonly string[]): SavedExam {
  return { v: 1, attempt: attempt ? serializeState(attempt) : null, seen: [...seen] };
}

/**
 * Reads what was saved for exam `examId`: `stored` is local storage's copy (`corrupt` when unreadable), `suspendData`
 * the LMS's (null when there is none or no LMS).
 */
export function readSavedExam(
  stored: { status: 'ok'; state: unknown } | { status: 'corrupt' } | { status: 'empty' },
  suspendData: string | null,
  bank: RestoreBank,
  examId: string,
): ReadSavedExam {
  const data =
    stored.status === 'ok' && typeof stored.state === 'object' && stored.state !== null
      ? (stored.state as Partial<SavedExam>)
      : undefined;
  const seen = Array.isArray(data?.seen) ? data.seen.filter((id): id is string => typeof id === 'string') : [];
  const restored =
    suspendData !== null
      ? expandState(suspendData, bank)
      : data?.attempt
        ? restoreState(data.attempt, bank)
        : undefined;
  if (!restored) return stored.status === 'corrupt' ? { seen, found: false, note: 'outdated' } : { seen, found: false };
  if (restored.status === 'invalid' || restored.state.examId !== examId) return { seen, found: true, note: 'outdated' };
  if (restored.status === 'partial')
    return { seen, found: true, attempt: restored.state, note: 'partial', dropped: restored.dropped.length };
  return { seen, found: true, attempt: restored.state };
}

/**
 * True when `incoming` (read from another tab or a stale write) is an older, unsubmitted copy of the attempt already
 * submitted here: it must never bring that attempt back (issue 15.7).
 */
export function isOlderCopy(incoming: ExamState | null | undefined, current: ExamState | null | undefined): boolean {
  if (!incoming || !current) return false;
  return isSubmitted(current) && !isSubmitted(incoming) && incoming.startedAt === current.startedAt;
}
