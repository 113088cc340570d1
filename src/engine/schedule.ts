/**
 * Spaced review with FSRS (the `ts-fsrs` library): each question's card is derived by replaying its recorded answers in
 * time order, a wrong answer rated Again and a right one Good. FSRS's own elapsed-time handling gives a right answer
 * after a long gap more weight than one repeated within minutes. Day-based scheduling (no same-day learning steps):
 * a question answered today comes back on a later day. Pure: the clock is passed in.
 *
 * Only `<ml-review>` and `<ml-progress>` import this module, so ts-fsrs never loads on a quiz card's path.
 */
import { Rating, createEmptyCard, fsrs, type Card } from 'ts-fsrs';
import { answersByQuestion, type LearnerRecord, type RecordedAnswer } from './record.js';

/** One question's schedule. */
export interface QuestionSchedule {
  questionId: string;
  /** When the question is due again, epoch ms. */
  due: number;
  /** FSRS stability in days: how long until recall falls to 90%. */
  stability: number;
  reps: number;
  lapses: number;
  /** The last answer's time, epoch ms. */
  lastSeen: number;
  /** Whether the last answer was right. */
  lastCorrect: boolean;
}

const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

/** Replays one question's answers (any order; sorted here) into its FSRS card. */
export function scheduleQuestion(
  questionId: string,
  answers: readonly Pick<RecordedAnswer, 't' | 'c'>[],
): QuestionSchedule | undefined {
  if (answers.length === 0) return undefined;
  const sorted = [...answers].sort((a, b) => a.t - b.t);
  let card: Card = createEmptyCard(new Date(sorted[0]!.t));
  for (const answer of sorted)
    card = scheduler.next(card, new Date(answer.t), answer.c ? Rating.Good : Rating.Again).card;
  const last = sorted[sorted.length - 1]!;
  return {
    questionId,
    due: card.due.getTime(),
    stability: card.stability,
    reps: card.reps,
    lapses: card.lapses,
    lastSeen: last.t,
    lastCorrect: last.c,
  };
}

/** Every answered question's schedule (only `questionIds` when given, e.g. the bank's questions). */
export function buildSchedule(
  record: Pick<LearnerRecord, 'answers'>,
  questionIds?: Iterable<string>,
): Map<string, QuestionSchedule> {
  const allowed = questionIds ? new Set(questionIds) : undefined;
  const schedule = new Map<string, QuestionSchedule>();
  for (const [id, answers] of answersByQuestion(record)) {
    if (allowed && !allowed.has(id)) continue;
    const entry = scheduleQuestion(id, answers);
    if (entry) schedule.set(id, entry);
  }
  return schedule;
}

/** Questions whose review time has come, most overdue first (then by id). */
export function dueQuestions(schedule: ReadonlyMap<string, QuestionSchedule>, now: number): QuestionSchedule[] {
  return [...schedule.values()]
    .filter((s) => s.due <= now)
    .sort((a, b) => a.due - b.due || (a.questionId < b.questionId ? -1 : 1));
}

/** The next review time after `now` (epoch ms), or null when nothing is scheduled later. */
export function nextReview(schedule: ReadonlyMap<string, QuestionSchedule>, now: number): number | null {
  let next: number | null = null;
  for (const s of schedule.values()) if (s.due > now && (next === null || s.due < next)) next = s.due;
  return next;
}

/**
 * When, in words relative to `now`: "now", "today", "tomorrow", or a day count key. Elements turn `kind: 'date'` into
 * a localized date. Days are counted in the given time zone offset (minutes, as `Date#getTimezoneOffset`).
 */
export function describeWhen(
  when: number,
  now: number,
  timezoneOffsetMinutes = 0,
): { kind: 'now' | 'today' | 'tomorrow' | 'date'; days: number } {
  if (when <= now) return { kind: 'now', days: 0 };
  const day = (t: number) => Math.floor((t - timezoneOffsetMinutes * 60_000) / 86_400_000);
  const days = day(when) - day(now);
  return { kind: days <= 0 ? 'today' : days === 1 ? 'tomorrow' : 'date', days };
}
