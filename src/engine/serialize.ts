/**
 * Saving and restoring exam state. Two forms:
 * - {@link serializeState}: the state as plain JSON (for localStorage).
 * - {@link compactState}: a short string for SCORM 1.2's 4,096-character `suspend_data` (59 questions with ids like
 *   `ops-monitoring-012`, all answered and flagged, take about 1,700 characters).
 *
 * {@link restoreState} reads either form, checks it against the bank and never throws.
 */
import type { Bank, Question } from '../bank/schema.js';
import { EXAM_STATE_VERSION, type ExamState, type SubmitReason } from './exam-state.js';
import { emptyRecord, ownValue } from './records.js';

/** SCORM 1.2's limit for `cmi.suspend_data`. */
export const SUSPEND_DATA_LIMIT = 4096;

/** The bank parts a restore checks against. */
export type RestoreBank = Pick<Bank, 'id' | 'version' | 'questions' | 'exams'>;

export type RestoreResult =
  | { status: 'ok'; state: ExamState }
  /** Some saved questions are no longer in the bank: they were dropped, the rest kept. */
  | { status: 'partial'; state: ExamState; dropped: string[] }
  | { status: 'invalid'; reason: string };

/** The state as plain JSON data (a deep copy; absent optional fields are left out). */
export function serializeState(state: ExamState): ExamState {
  const out: ExamState = {
    version: EXAM_STATE_VERSION,
    bankId: state.bankId,
    bankVersion: state.bankVersion,
    examId: state.examId,
    seed: state.seed,
    questionIds: [...state.questionIds],
    optionOrder: Object.fromEntries(state.questionIds.map((id) => [id, [...(ownValue(state.optionOrder, id) ?? [])]])),
    answers: Object.fromEntries(
      state.questionIds.flatMap((id) => {
        const selected = ownValue(state.answers, id);
        return selected && selected.length ? [[id, [...selected]]] : [];
      }),
    ),
    flags: [...state.flags],
    current: state.current,
    startedAt: state.startedAt,
    deadline: state.deadline,
    timed: state.timed,
  };
  if (state.submittedAt !== undefined) out.submittedAt = state.submittedAt;
  if (state.reason !== undefined) out.reason = state.reason;
  return out;
}

/**
 * Restores saved state (the plain form, the compact form, or either as JSON text) against the bank. Other bank id,
 * other version, wrong types, an exam the bank no longer has or no question left → `invalid`; questions the bank no
 * longer has → `partial` (the rest kept, their answers and flags dropped, `current` clamped). A question whose options
 * changed keeps its saved order for the options that remain (new ones go last) and loses selections of removed ones.
 * The restored state takes the bank's current version. Never throws.
 */
export function restoreState(input: unknown, bank: RestoreBank): RestoreResult {
  try {
    let data = input;
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch {
        return invalid('expected JSON text, found text that is not JSON');
      }
    }
    if (isObject(data) && data.v !== undefined && data.version === undefined) return restoreCompact(data, bank);
    return restorePlain(data, bank);
  } catch (error) {
    return invalid(`could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

function restorePlain(data: unknown, bank: RestoreBank): RestoreResult {
  if (!isObject(data)) return invalid(`expected a saved exam (an object), found ${kind(data)}`);
  if (data.version !== EXAM_STATE_VERSION)
    return invalid(`expected saved state version ${EXAM_STATE_VERSION}, found ${kind(data.version)}`);
  const header = checkHeader(data, bank);
  if (typeof header === 'string') return invalid(header);

  const questionIds = data.questionIds;
  if (!isStringArray(questionIds))
    return invalid(`expected "questionIds" to be a list of ids, found ${kind(questionIds)}`);
  if (new Set(questionIds).size !== questionIds.length)
    return invalid('expected "questionIds" without repeats, found a repeated id');
  const optionOrder = data.optionOrder;
  if (!isObject(optionOrder)) return invalid(`expected "optionOrder" to be an object, found ${kind(optionOrder)}`);
  const answers = data.answers;
  if (!isObject(answers)) return invalid(`expected "answers" to be an object, found ${kind(answers)}`);
  for (const key of Object.keys(answers)) {
    if (!isStringArray(answers[key]))
      return invalid(`expected answers["${key}"] to be a list of option ids, found ${kind(answers[key])}`);
  }
  if (!isStringArray(data.flags)) return invalid(`expected "flags" to be a list of ids, found ${kind(data.flags)}`);

  const questions = questionIds.map((id) => {
    const order = ownValue(optionOrder, id);
    return {
      id,
      order: isStringArray(order) ? order : undefined,
      selected: ownValue(answers, id) as string[] | undefined,
    };
  });
  const missingOrder = questions.find((q) => q.order === undefined);
  if (missingOrder)
    return invalid(
      `expected "optionOrder" to list the options of "${missingOrder.id}", found ${kind(ownValue(optionOrder, missingOrder.id))}`,
    );

  return build(header, questions as SavedQuestion[], new Set(data.flags), data.current, bank);
}

interface Header {
  examId: string;
  seed: number;
  startedAt: number;
  deadline: number | null;
  submittedAt?: number;
  reason?: SubmitReason;
}

interface SavedQuestion {
  id: string;
  order: string[];
  selected?: string[];
}

function checkHeader(data: Record<string, unknown>, bank: RestoreBank): Header | string {
  if (typeof data.bankId !== 'string') return `expected "bankId" to be text, found ${kind(data.bankId)}`;
  if (data.bankId !== bank.id) return `expected state saved for bank "${bank.id}", found bank "${data.bankId}"`;
  if (typeof data.bankVersion !== 'string') return `expected "bankVersion" to be text, found ${kind(data.bankVersion)}`;
  if (typeof data.examId !== 'string') return `expected "examId" to be text, found ${kind(data.examId)}`;
  const examId = data.examId;
  if (!(bank.exams ?? []).some((e) => e.id === examId))
    return `expected an exam of the bank, found "${examId}" (no longer in the bank)`;
  if (!isUint32(data.seed))
    return `expected "seed" to be a whole number from 0 to 4294967295, found ${kind(data.seed)}`;
  if (!isTime(data.startedAt)) return `expected "startedAt" to be a time (epoch ms), found ${kind(data.startedAt)}`;
  if (data.deadline !== null && !isTime(data.deadline))
    return `expected "deadline" to be a time (epoch ms) or null, found ${kind(data.deadline)}`;
  if (data.deadline !== null && data.deadline < data.startedAt)
    return 'expected "deadline" at or after "startedAt", found it before';
  if (typeof data.timed !== 'boolean') return `expected "timed" to be true or false, found ${kind(data.timed)}`;
  if (data.timed !== (data.deadline !== null))
    return `expected "timed" to be ${data.deadline !== null} (the deadline is ${data.deadline === null ? 'null' : 'set'}), found ${data.timed}`;
  if (!Number.isInteger(data.current)) return `expected "current" to be a whole number, found ${kind(data.current)}`;
  const header: Header = { examId, seed: data.seed, startedAt: data.startedAt, deadline: data.deadline };
  const hasTime = data.submittedAt !== undefined;
  const hasReason = data.reason !== undefined;
  if (hasTime !== hasReason) return 'expected "submittedAt" and "reason" together, found only one of them';
  if (hasTime) {
    if (!isTime(data.submittedAt))
      return `expected "submittedAt" to be a time (epoch ms), found ${kind(data.submittedAt)}`;
    if (data.reason !== 'user' && data.reason !== 'time')
      return `expected "reason" to be "user" or "time", found ${kind(data.reason)}`;
    header.submittedAt = data.submittedAt;
    header.reason = data.reason;
  }
  return header;
}

/** Checks the questions against the bank and assembles the restored state. */
function build(
  header: Header,
  saved: SavedQuestion[],
  flagged: Set<string>,
  current: unknown,
  bank: RestoreBank,
): RestoreResult {
  const byId = new Map<string, Question>(bank.questions.map((q) => [q.id, q]));
  const dropped: string[] = [];
  const state: ExamState = {
    version: EXAM_STATE_VERSION,
    bankId: bank.id,
    bankVersion: bank.version,
    examId: header.examId,
    seed: header.seed,
    questionIds: [],
    optionOrder: emptyRecord<string[]>(),
    answers: emptyRecord<string[]>(),
    flags: [],
    current: 0,
    startedAt: header.startedAt,
    deadline: header.deadline,
    timed: header.deadline !== null,
  };
  for (const q of saved) {
    const question = byId.get(q.id);
    if (!question) {
      dropped.push(q.id);
      continue;
    }
    const ids = question.options.map((o) => o.id as string);
    const order = [...new Set(q.order)].filter((id) => ids.includes(id));
    for (const id of ids) if (!order.includes(id)) order.push(id);
    state.questionIds.push(q.id);
    state.optionOrder[q.id] = order;
    const selected = [...new Set(q.selected ?? [])].filter((id) => ids.includes(id)).sort();
    if (selected.length) state.answers[q.id] = selected;
    if (flagged.has(q.id)) state.flags.push(q.id);
  }
  if (state.questionIds.length === 0) {
    return invalid(
      saved.length
        ? 'expected saved questions that the bank still has, found none'
        : 'expected saved questions, found none',
    );
  }
  state.current = Math.min(Math.max(0, current as number), state.questionIds.length - 1);
  if (header.submittedAt !== undefined) {
    state.submittedAt = header.submittedAt;
    state.reason = header.reason!;
  }
  return dropped.length ? { status: 'partial', state, dropped } : { status: 'ok', state };
}

// ---------------------------------------------------------------------------------------------------------------
// The compact form.
//
// A JSON object with short keys; the questions are one string, one token per question in exam order, separated by
// spaces: `<ref>:<options>[!]` where <ref> is the question id (or `#` and its base-36 index in the bank when ids are
// too long to fit; that form restores only against the same bank version), <options> the option ids in display order
// with the selected ones in upper case, and `!` marks a flag. Example token: `ops-monitoring-012:cAbd!`.

/** The compact form: short keys, questions packed in `q`. */
export interface CompactState {
  /** Version. */
  v: 1;
  /** Bank id, bank version, exam id. */
  b: string;
  bv: string;
  e: string;
  /** Seed. */
  s: number;
  /** startedAt, deadline (null untimed), current index. */
  t: number;
  d: number | null;
  c: number;
  /** submittedAt and reason (`u` user, `t` time), once submitted. */
  x?: number;
  r?: 'u' | 't';
  /** Questions: `<id>:<options, selected upper case>[!]`, space-separated. */
  q: string;
}

/**
 * The state as a short JSON string for SCORM `suspend_data`. Question ids are written out (robust when the bank
 * changes); only if that would exceed `limit` (default 4,096) are they written as indexes into `bank.questions`.
 * The result can still exceed the limit for a very large exam: callers that must fit check its length.
 */
export function compactState(
  state: ExamState,
  bank: Pick<Bank, 'questions'>,
  limit: number = SUSPEND_DATA_LIMIT,
): string {
  const byId = compactWith(state, (id) => id);
  if (byId.length <= limit) return byId;
  const index = new Map(bank.questions.map((q, i) => [q.id, i]));
  return compactWith(state, (id) => (index.has(id) ? `#${index.get(id)!.toString(36)}` : id));
}

function compactWith(state: ExamState, ref: (id: string) => string): string {
  const tokens = state.questionIds.map((id) => {
    const selected = new Set(ownValue(state.answers, id) ?? []);
    const options = (ownValue(state.optionOrder, id) ?? [])
      .map((o) => (selected.has(o) ? o.toUpperCase() : o))
      .join('');
    return `${ref(id)}:${options}${state.flags.includes(id) ? '!' : ''}`;
  });
  const out: CompactState = {
    v: EXAM_STATE_VERSION,
    b: state.bankId,
    bv: state.bankVersion,
    e: state.examId,
    s: state.seed,
    t: state.startedAt,
    d: state.deadline,
    c: state.current,
    q: tokens.join(' '),
  };
  if (state.submittedAt !== undefined) {
    out.x = state.submittedAt;
    out.r = state.reason === 'time' ? 't' : 'u';
  }
  return JSON.stringify(out);
}

/** Restores the compact form (a string from {@link compactState}, or its parsed object). Never throws. */
export function expandState(compact: unknown, bank: RestoreBank): RestoreResult {
  try {
    let data = compact;
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch {
        return invalid('expected compact saved state (JSON text), found text that is not JSON');
      }
    }
    return restoreCompact(data, bank);
  } catch (error) {
    return invalid(`could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

const TOKEN = /^([A-Za-z0-9][A-Za-z0-9._-]*|#[0-9a-z]+):([a-fA-F]*)(!?)$/;

function restoreCompact(data: unknown, bank: RestoreBank): RestoreResult {
  if (!isObject(data)) return invalid(`expected compact saved state (an object), found ${kind(data)}`);
  if (data.v !== EXAM_STATE_VERSION)
    return invalid(`expected saved state version ${EXAM_STATE_VERSION}, found ${kind(data.v)}`);
  if (data.r !== undefined && data.r !== 'u' && data.r !== 't')
    return invalid(`expected "r" to be "u" or "t", found ${kind(data.r)}`);
  const header = checkHeader(
    {
      bankId: data.b,
      bankVersion: data.bv,
      examId: data.e,
      seed: data.s,
      startedAt: data.t,
      deadline: data.d,
      timed: data.d !== null,
      current: data.c,
      submittedAt: data.x,
      reason: data.r === undefined ? undefined : data.r === 't' ? 'time' : 'user',
    },
    bank,
  );
  if (typeof header === 'string') return invalid(header);
  if (typeof data.q !== 'string') return invalid(`expected "q" to be text, found ${kind(data.q)}`);

  const saved: SavedQuestion[] = [];
  const flagged = new Set<string>();
  const tokens = data.q === '' ? [] : data.q.split(' ');
  for (const token of tokens) {
    const match = TOKEN.exec(token);
    if (!match) return invalid(`expected a question token like "id:cAbd!", found ${kind(token)}`);
    let id = match[1]!;
    if (id.startsWith('#')) {
      if (data.bv !== bank.version)
        return invalid(
          `expected bank version "${bank.version}" for questions saved by position, found "${String(data.bv)}"`,
        );
      const question = bank.questions[parseInt(id.slice(1), 36)];
      if (!question) return invalid(`expected a question position in the bank, found "${id}"`);
      id = question.id;
    }
    const letters = match[2]!;
    if (new Set(letters.toLowerCase()).size !== letters.length)
      return invalid(`expected each option once in "${token}"`);
    saved.push({
      id,
      order: [...letters.toLowerCase()],
      selected: [...letters].filter((l) => l !== l.toLowerCase()).map((l) => l.toLowerCase()),
    });
    if (match[3]) flagged.add(id);
  }
  if (new Set(saved.map((q) => q.id)).size !== saved.length)
    return invalid('expected each question once, found a repeated id');
  return build(header, saved, flagged, data.c, bank);
}

function invalid(reason: string): RestoreResult {
  return { status: 'invalid', reason };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isUint32(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffff_ffff;
}

function kind(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
