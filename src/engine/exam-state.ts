/**
 * The state of one exam attempt, and a pure reducer over it: `examReducer(state, action)` returns a new state (or the
 * same object when the action changes nothing). Time is passed in as `now` (epoch ms).
 */
import type { BankIssue } from '../bank/issues.js';
import type { Bank, Exam } from '../bank/schema.js';
import { computeDeadline, examMinutes, expired } from './deadline.js';
import { type ExamBank, type ExamDraw, assembleExam } from './exam.js';
import { randomSeed } from './random.js';
import { emptyRecord, ownValue, withEntry } from './records.js';

/** Version of the saved state's shape; {@link restoreState} rejects any other. */
export const EXAM_STATE_VERSION = 1;

export type SubmitReason = 'user' | 'time';

/** One exam attempt: the draw, the answers and flags, where the user is, and the time limit. Plain JSON data. */
export interface ExamState {
  version: 1;
  bankId: string;
  bankVersion: string;
  examId: string;
  seed: number;
  /** Question ids in exam order. */
  questionIds: string[];
  /** Per question id, option ids in display order. */
  optionOrder: Record<string, string[]>;
  /** Per answered question id, the selected option ids (sorted; unanswered questions have no entry). */
  answers: Record<string, string[]>;
  /** Flagged question ids, in exam order. */
  flags: string[];
  /** Index of the question shown (0-based). */
  current: number;
  /** Epoch ms. */
  startedAt: number;
  /** Epoch ms, or null for an untimed practice run. */
  deadline: number | null;
  timed: boolean;
  /** Epoch ms; set once submitted (at the deadline when time ran out). */
  submittedAt?: number;
  reason?: SubmitReason;
}

/** Starts a new attempt (replacing any state). `durationMinutes: null` is an untimed practice run. */
export interface StartAction {
  type: 'start';
  bank: Pick<Bank, 'id' | 'version'>;
  draw: ExamDraw;
  now: number;
  durationMinutes: number | null;
}

export type ExamAction =
  | StartAction
  /** Replaces the selection of a question (an empty selection makes it unanswered). With `now` past the deadline, the exam expires instead. */
  | { type: 'answer'; questionId: string; selected: readonly string[]; now?: number }
  /** Sets the flag (`flagged` true/false), or toggles it when `flagged` is omitted. */
  | { type: 'flag'; questionId: string; flagged?: boolean; now?: number }
  | { type: 'unflag'; questionId: string; now?: number }
  /** Shows question `index` (clamped to the exam). */
  | { type: 'goto'; index: number }
  | { type: 'next' }
  | { type: 'previous' }
  /** Submits. Past the deadline this counts as running out of time (reason `time`, submitted at the deadline). */
  | { type: 'submit'; now: number; reason?: SubmitReason }
  /** Submits with reason `time` if the exam is timed and `now` is at or past the deadline; otherwise nothing. */
  | { type: 'expire'; now: number };

/** Creates the state of a new attempt from a draw. */
export function startExam(action: Omit<StartAction, 'type'>): ExamState {
  const { bank, draw, now } = action;
  const deadline = computeDeadline(now, action.durationMinutes);
  return {
    version: EXAM_STATE_VERSION,
    bankId: bank.id,
    bankVersion: bank.version,
    examId: draw.examId,
    seed: draw.seed,
    questionIds: [...draw.questionIds],
    optionOrder: Object.fromEntries(draw.questionIds.map((id) => [id, [...(ownValue(draw.optionOrder, id) ?? [])]])),
    answers: emptyRecord(),
    flags: [],
    current: 0,
    startedAt: now,
    deadline,
    timed: deadline !== null,
  };
}

/** What starting an attempt takes besides the bank: the element's choices and the clock. */
export interface BeginOptions {
  /** The `seed` attribute; a random seed when absent or not a number. */
  seed?: number | undefined;
  /** Question ids earlier attempts showed (see `rememberSeen`). */
  seen: readonly string[];
  /** An untimed practice run (no deadline). */
  untimed: boolean;
  /** The `duration` attribute, overriding the blueprint's minutes. */
  duration?: number | undefined;
  now: number;
}

/**
 * Draws an exam by its blueprint and starts the attempt. Fails, naming why, when the blueprint cannot be drawn (a
 * domain short of questions).
 */
export function beginExam(
  bank: ExamBank & Pick<Bank, 'id' | 'version'>,
  exam: Pick<Exam, 'id' | 'durationMinutes'>,
  options: BeginOptions,
): { ok: true; attempt: ExamState } | { ok: false; errors: BankIssue[] } {
  const seed = options.seed !== undefined && Number.isFinite(options.seed) ? options.seed : randomSeed();
  const drawn = assembleExam(bank, exam.id, { seed, seen: options.seen });
  if (!drawn.ok) return drawn;
  const minutes = options.untimed ? null : examMinutes(options.duration, exam.durationMinutes);
  return { ok: true, attempt: startExam({ bank, draw: drawn.draw, now: options.now, durationMinutes: minutes }) };
}

/**
 * The reducer. After submission, `answer` and `flag` are ignored (navigation still works, for review); `start`
 * always begins a new attempt. Unknown question ids and unknown option ids are ignored.
 */
export function examReducer(state: ExamState | null | undefined, action: StartAction): ExamState;
export function examReducer(state: ExamState, action: ExamAction): ExamState;
export function examReducer(state: ExamState | null | undefined, action: ExamAction): ExamState | null | undefined;
export function examReducer(state: ExamState | null | undefined, action: ExamAction): ExamState | null | undefined {
  if (action.type === 'start') return startExam(action);
  if (!state) return state;
  switch (action.type) {
    case 'answer': {
      const expiredState = expireIfDue(state, action.now);
      if (expiredState !== state || isSubmitted(state) || !hasQuestion(state, action.questionId)) return expiredState;
      const allowed = ownValue(state.optionOrder, action.questionId) ?? [];
      const selected = [...new Set(action.selected)].filter((id) => allowed.includes(id)).sort();
      const before = ownValue(state.answers, action.questionId);
      if (before && sameList(before, selected)) return state;
      if (!before && selected.length === 0) return state;
      return { ...state, answers: withEntry(state.answers, action.questionId, selected.length ? selected : undefined) };
    }
    case 'flag':
    case 'unflag': {
      const expiredState = expireIfDue(state, action.now);
      if (expiredState !== state || isSubmitted(state) || !hasQuestion(state, action.questionId)) return expiredState;
      const isFlagged = state.flags.includes(action.questionId);
      const want = action.type === 'unflag' ? false : (action.flagged ?? !isFlagged);
      if (want === isFlagged) return state;
      const set = new Set(state.flags);
      if (want) set.add(action.questionId);
      else set.delete(action.questionId);
      return { ...state, flags: state.questionIds.filter((id) => set.has(id)) };
    }
    case 'goto':
      return withCurrent(state, action.index);
    case 'next':
      return withCurrent(state, state.current + 1);
    case 'previous':
      return withCurrent(state, state.current - 1);
    case 'submit': {
      if (isSubmitted(state)) return state;
      if (expired(state, action.now)) return submitted(state, state.deadline!, 'time');
      const at = Number.isFinite(action.now) ? Math.max(state.startedAt, action.now) : state.startedAt;
      return submitted(state, at, action.reason ?? 'user');
    }
    case 'expire':
      return expireIfDue(state, action.now);
    default:
      return state;
  }
}

/** True once the attempt was submitted (by the user or by the clock). */
export function isSubmitted(state: Pick<ExamState, 'submittedAt'>): boolean {
  return state.submittedAt !== undefined;
}

/** The id of the question shown, or undefined for an empty exam. */
export function currentQuestionId(state: Pick<ExamState, 'questionIds' | 'current'>): string | undefined {
  return state.questionIds[state.current];
}

/** How many questions have a selection. */
export function answeredCount(state: Pick<ExamState, 'questionIds' | 'answers'>): number {
  return state.questionIds.filter((id) => (ownValue(state.answers, id)?.length ?? 0) > 0).length;
}

/** Question ids without a selection, in exam order. */
export function unansweredIds(state: Pick<ExamState, 'questionIds' | 'answers'>): string[] {
  return state.questionIds.filter((id) => !(ownValue(state.answers, id)?.length ?? 0));
}

/** The selection of a question (empty when unanswered). */
export function selectionOf(state: Pick<ExamState, 'answers'>, questionId: string): string[] {
  return ownValue(state.answers, questionId) ?? [];
}

export { ownValue };

function expireIfDue(state: ExamState, now: number | undefined): ExamState {
  if (now === undefined || isSubmitted(state) || !expired(state, now)) return state;
  return submitted(state, state.deadline!, 'time');
}

function submitted(state: ExamState, at: number, reason: SubmitReason): ExamState {
  return { ...state, submittedAt: at, reason };
}

function withCurrent(state: ExamState, index: number): ExamState {
  if (!Number.isFinite(index)) return state;
  const current = Math.min(Math.max(0, Math.trunc(index)), Math.max(0, state.questionIds.length - 1));
  return current === state.current ? state : { ...state, current };
}

function hasQuestion(state: ExamState, questionId: string): boolean {
  return state.questionIds.includes(questionId);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
