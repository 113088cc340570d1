/**
 * Deadline math. The deadline is an absolute epoch time stored with the exam state, so a reload, a sleeping laptop or
 * a hidden tab never stretches it. The clock (`now`, epoch ms) is always passed in.
 */

/** What the deadline functions read from an exam state. */
export interface Timing {
  /** Epoch ms when the attempt started. */
  startedAt: number;
  /** Epoch ms when time runs out; null for an untimed practice run. */
  deadline: number | null;
}

/** Minute marks at which a screen reader hears the remaining time (and only at these). */
export const ANNOUNCE_MINUTES: readonly number[] = [10, 5, 1];

/** `startedAt + durationMinutes`, or null (untimed) when the duration is null, not finite or not positive. */
export function computeDeadline(startedAt: number, durationMinutes: number | null | undefined): number | null {
  if (
    durationMinutes === null ||
    durationMinutes === undefined ||
    !Number.isFinite(durationMinutes) ||
    durationMinutes <= 0
  )
    return null;
  return startedAt + Math.round(durationMinutes * 60_000);
}

/** The time limit in ms (`deadline - startedAt`, never negative), or Infinity when untimed. */
export function durationMs(timing: Timing): number {
  return timing.deadline === null ? Infinity : Math.max(0, timing.deadline - timing.startedAt);
}

/**
 * Milliseconds left, between 0 and the whole time limit; Infinity when untimed. A clock that jumped past the
 * deadline gives 0; a clock set back before the start gives the whole limit (never more); a non-finite `now` counts
 * as the start.
 */
export function remainingMs(timing: Timing, now: number): number {
  if (timing.deadline === null) return Infinity;
  const total = durationMs(timing);
  const at = Number.isFinite(now) ? now : timing.startedAt;
  return Math.min(total, Math.max(0, timing.deadline - at));
}

/** Milliseconds used so far, between 0 and the time limit (untimed: never negative, unbounded). */
export function elapsedMs(timing: Timing, now: number): number {
  const at = Number.isFinite(now) ? now : timing.startedAt;
  return Math.min(durationMs(timing), Math.max(0, at - timing.startedAt));
}

/** True when the exam is timed and `now` is at or past the deadline. */
export function expired(timing: Timing, now: number): boolean {
  return timing.deadline !== null && Number.isFinite(now) && now >= timing.deadline;
}

/**
 * The timer's text: `mm:ss` under an hour (`09:05`), `h:mm:ss` from an hour on (`1:59:59`). Seconds round up, so
 * `00:00` shows only when time is really out. Negative values show `00:00`; Infinity or NaN give an empty string.
 */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${String(minutes).padStart(2, '0')}:${ss}`;
}

/**
 * Which minute marks the remaining time crossed between two ticks (`previousMs` above a mark, `currentMs` at or
 * below it), largest first. A clock jump can cross several: announce the last one (the most urgent). Empty when
 * nothing was crossed, e.g. untimed (Infinity) or time going back.
 */
export function crossedMarks(
  previousMs: number,
  currentMs: number,
  marks: readonly number[] = ANNOUNCE_MINUTES,
): number[] {
  if (Number.isNaN(previousMs) || Number.isNaN(currentMs)) return [];
  return marks.filter((m) => previousMs > m * 60_000 && currentMs <= m * 60_000).sort((a, b) => b - a);
}

/** The attempt's time limit in minutes: a positive `override` (the `duration` attribute) wins over the blueprint's. */
export function examMinutes(override: number | null | undefined, blueprintMinutes: number): number {
  return override !== undefined && override !== null && Number.isFinite(override) && override > 0
    ? override
    : blueprintMinutes;
}

/** Whole hours, minutes and seconds of a duration in seconds (negative or non-finite counts as 0), for "1 h 05 min". */
export function durationParts(totalSeconds: number): { h: number; m: number; s: number } {
  const seconds = Number.isFinite(totalSeconds) ? Math.max(0, Math.round(totalSeconds)) : 0;
  return { h: Math.floor(seconds / 3600), m: Math.floor((seconds % 3600) / 60), s: seconds % 60 };
}
