/**
 * Formats and checks values for the SCORM data models. Pure functions: no DOM, no LMS.
 *
 * Strict on purpose: the runtime used in tests (scorm-again) and many LMSs accept almost anything, but some LMSs
 * reject or silently drop values outside the data types of the specifications (SCORM 1.2 RTE §3.4, SCORM 2004 4th
 * Edition RTE §4.1).
 */

/** SCORM 1.2 `cmi.suspend_data` is a CMIString4096. */
export const SUSPEND_MAX_12 = 4096;
/** SCORM 2004 `cmi.suspend_data` is a characterstring with a smallest permitted maximum of 64,000. */
export const SUSPEND_MAX_2004 = 64000;

/** The raw score: percent clamped to 0–100 and rounded to two decimals, as a decimal string ("66.67", "80"). */
export function formatRawScore(percent: number): string {
  const clamped = Math.min(100, Math.max(0, percent));
  return String(Math.round(clamped * 100) / 100);
}

/**
 * SCORM 2004 `cmi.score.scaled`: percent / 100, clamped to 0–1, to seven decimals (the data type is real(10,7);
 * LMSs store it at that precision).
 */
export function formatScaledScore(percent: number): string {
  const clamped = Math.min(100, Math.max(0, percent));
  return String(Math.round(clamped * 1e5) / 1e7);
}

/** A finite, non-negative number of centiseconds (anything else counts as zero). */
function centiseconds(seconds: number): number {
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 100) : 0;
}

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (hours capped at 9999), e.g. 3723.5 s → `0001:02:03.50`. */
export function formatTimespan12(seconds: number): string {
  let cs = centiseconds(seconds);
  const max = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;
  if (cs > max) cs = max;
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  const f = cs % 100;
  return `${pad(h, 4)}:${pad(m, 2)}:${pad(s, 2)}.${pad(f, 2)}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration, seconds to two decimals), e.g. 3723.5 s → `PT1H2M3.5S`, 0 → `PT0S`. */
export function formatDuration2004(seconds: number): string {
  const cs = centiseconds(seconds);
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  let out = 'PT';
  if (h) out += `${h}H`;
  if (m) out += `${m}M`;
  if (s || (!h && !m)) out += `${s}S`;
  return out;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Matches a SCORM 1.2 CMITimespan. */
export const TIMESPAN_12 = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
/** Matches the SCORM 2004 durations this module writes (hours, minutes, seconds). */
export const DURATION_2004 = /^PT(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?$/;

/**
 * A SCORM 1.2 CMIIdentifier: letters, digits, `-` and `_`, no white space, at most 255 characters. Other characters
 * become `_` (`dev.sparkml.1` → `dev_sparkml_1`); returns null when nothing usable is left.
 */
export function identifier12(id: string): string | null {
  const clean = String(id)
    .trim()
    .replace(/[^A-Za-z0-9_-]/g, '_')
    .slice(0, 255);
  return /[A-Za-z0-9]/.test(clean) ? clean : null;
}

/**
 * A SCORM 2004 identifier (long_identifier_type, a URI reference; at most 4,000 characters, or 250 for a
 * short_identifier_type). Keeps URI-unreserved characters and `:`; anything else becomes `_`. Returns null when no
 * letter or digit is left.
 */
export function identifier2004(id: string, max = 4000): string | null {
  const clean = String(id)
    .trim()
    .replace(/[^A-Za-z0-9._~:-]/g, '_')
    .slice(0, max);
  return /[A-Za-z0-9]/.test(clean) ? clean : null;
}

/** Returns `id`, or `id_2`, `id_3`… if it was already used (sanitizing can merge two ids). */
export function uniqueId(id: string, used: Set<string>, max: number): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id.slice(0, max - String(n).length - 1)}_${n}`;
  used.add(candidate);
  return candidate;
}

export type Checked = { ok: true; value: string } | { ok: false; message: string };

/**
 * A SCORM 1.2 choice response (CMIFeedback for `choice`): single characters 0–9 or a–z, comma-separated (`a,c`).
 * Option ids are not rewritten: a response that does not fit is refused.
 */
export function choiceResponse12(ids: readonly string[]): Checked {
  const unique = dedupe(ids);
  if (!unique.length) return { ok: false, message: 'empty response' };
  const bad = unique.find((id) => !/^[0-9a-z]$/.test(id));
  if (bad !== undefined) {
    return { ok: false, message: `SCORM 1.2 choice responses are single characters 0-9 or a-z; found "${bad}"` };
  }
  return { ok: true, value: unique.join(',') };
}

/**
 * A SCORM 2004 choice response: a set of up to 36 unique short_identifier_types joined by `[,]` (`a[,]c`).
 */
export function choiceResponse2004(ids: readonly string[]): Checked {
  const unique = dedupe(ids);
  if (!unique.length) return { ok: false, message: 'empty response' };
  if (unique.length > 36) return { ok: false, message: `at most 36 choices per response; found ${unique.length}` };
  const bad = unique.find((id) => identifier2004(id, 250) !== id);
  if (bad !== undefined) {
    return { ok: false, message: `choice ids must be identifiers (letters, digits, . _ ~ : -); found "${bad}"` };
  }
  return { ok: true, value: unique.join('[,]') };
}

function dedupe(ids: readonly string[]): string[] {
  return [...new Set(Array.isArray(ids) ? ids.map(String) : [])];
}
