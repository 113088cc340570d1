/**
 * Exam results: overall and per-domain scores (with a 90% Wilson score interval per domain), the weakest objectives,
 * and the exact `ml-exam-submit` event detail. Multiple-select questions score all-or-nothing ({@link isCorrect}).
 */
import { elapsedMs } from './deadline.js';
import { findExam, questionDomains } from './exam.js';
import type { Bank } from '../bank/schema.js';
import type { ExamState, SubmitReason } from './exam-state.js';
import { emptyRecord, ownValue } from './records.js';
import { isCorrect } from './score.js';

/** z for a two-sided 90% interval (the 95th percentile of the standard normal). */
export const Z_90 = 1.6448536269514722;

/** Correct out of total, and the percentage (0–100, unrounded; 0 when total is 0). */
export interface ScoreTally {
  correct: number;
  total: number;
  percent: number;
}

/** A confidence interval in percent (0–100). */
export interface Interval {
  low: number;
  high: number;
}

export interface ObjectiveScore extends ScoreTally {
  objective: string;
  /** The objective's domain id, when the bank knows it. */
  domain?: string;
}

/** How one question went, in exam order. */
export interface QuestionOutcome {
  questionId: string;
  domain?: string;
  objective?: string;
  /** Selected option ids (empty when unanswered). */
  selected: string[];
  answered: boolean;
  correct: boolean;
}

export interface ExamResults extends ScoreTally {
  examId: string;
  /** The pass mark used (the exam's `passPercent`). */
  passPercent: number;
  /** `percent >= passPercent`, on the unrounded percent. */
  passed: boolean;
  /** Per domain that has questions in this exam (bank order). Exactly the shape of the submit event. */
  byDomain: Record<string, ScoreTally>;
  /** Per domain in `byDomain`: the 90% Wilson score interval of its percent. */
  domainIntervals: Record<string, Interval>;
  /** Per objective in this exam, weakest first: by percent, then more questions first, then by id. */
  weakestObjectives: ObjectiveScore[];
  /** Per question, in exam order. */
  questions: QuestionOutcome[];
  unanswered: number;
}

/** The `ml-exam-submit` event detail (`ExamSubmitDetail` in the element events is this type). */
export interface SubmitDetail {
  examId: string;
  /** 0–100, unrounded. */
  percent: number;
  passed: boolean;
  correct: number;
  total: number;
  byDomain: Record<string, ScoreTally>;
  /** Every question of the exam, in exam order; an unanswered one has `[]`. */
  answers: Record<string, string[]>;
  /** Whole seconds from start to submission (never more than the time limit). */
  secondsUsed: number;
  reason: SubmitReason;
}

/** The bank parts that scoring reads: drawing needs only an index, scoring needs the questions' keys. */
export type ScoringBank = Pick<Bank, 'domains' | 'objectives' | 'questions' | 'exams'>;

/** 100 × correct / total, or 0 when total is 0. */
export function percentOf(correct: number, total: number): number {
  return total > 0 ? (100 * correct) / total : 0;
}

/**
 * Wilson score interval of `correct` successes in `total` trials, in percent (0–100); `z` defaults to 90% (1.6449).
 * With no trials, the whole range {0, 100}.
 */
export function wilsonInterval(correct: number, total: number, z: number = Z_90): Interval {
  if (!(total > 0) || !Number.isFinite(total)) return { low: 0, high: 100 };
  const n = total;
  const p = Math.min(1, Math.max(0, correct / n));
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const clamp = (x: number) => Math.min(100, Math.max(0, x * 100));
  return { low: p === 0 ? 0 : clamp(center - half), high: p === 1 ? 100 : clamp(center + half) };
}

/**
 * Scores an attempt against the bank. Questions of the state that the bank no longer has are left out (restore drops
 * them too). Works on a state that is not yet submitted (for a preview); the pass mark is the exam's `passPercent`
 * (100 when the bank no longer has the exam).
 */
export function scoreExam(
  state: Pick<ExamState, 'examId' | 'questionIds' | 'answers'>,
  bank: ScoringBank,
): ExamResults {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const domainOf = questionDomains(bank);
  const objectiveDomain = new Map(bank.objectives.map((o) => [o.id, o.domain]));
  const found = findExam(bank, state.examId);
  const passPercent = found.ok ? found.exam.passPercent : 100;

  const questions: QuestionOutcome[] = [];
  const domainTally = new Map<string, { correct: number; total: number }>();
  const objectiveTally = new Map<string, { correct: number; total: number }>();
  const add = (map: Map<string, { correct: number; total: number }>, key: string, correct: boolean) => {
    const t = map.get(key) ?? { correct: 0, total: 0 };
    t.total += 1;
    if (correct) t.correct += 1;
    map.set(key, t);
  };
  for (const id of state.questionIds) {
    const question = byId.get(id);
    if (!question) continue;
    const selected = [...(ownValue(state.answers, id) ?? [])];
    const correct = isCorrect(question, selected);
    const domain = domainOf.get(id);
    const outcome: QuestionOutcome = { questionId: id, selected, answered: selected.length > 0, correct };
    if (domain !== undefined) outcome.domain = domain;
    if (question.objective !== undefined) outcome.objective = question.objective;
    questions.push(outcome);
    if (domain !== undefined) add(domainTally, domain, correct);
    if (question.objective !== undefined) add(objectiveTally, question.objective, correct);
  }

  const correct = questions.filter((q) => q.correct).length;
  const total = questions.length;
  const percent = percentOf(correct, total);
  const byDomain = emptyRecord<ScoreTally>();
  const domainIntervals = emptyRecord<Interval>();
  for (const d of bank.domains) {
    const t = domainTally.get(d.id);
    if (!t) continue;
    byDomain[d.id] = { correct: t.correct, total: t.total, percent: percentOf(t.correct, t.total) };
    domainIntervals[d.id] = wilsonInterval(t.correct, t.total);
  }
  const weakestObjectives = [...objectiveTally].map(([objective, t]) => {
    const score: ObjectiveScore = {
      objective,
      correct: t.correct,
      total: t.total,
      percent: percentOf(t.correct, t.total),
    };
    const domain = objectiveDomain.get(objective);
    if (domain !== undefined) score.domain = domain;
    return score;
  });
  weakestObjectives.sort(
    (a, b) =>
      a.percent - b.percent ||
      b.total - a.total ||
      (a.objective < b.objective ? -1 : a.objective > b.objective ? 1 : 0),
  );

  return {
    examId: state.examId,
    correct,
    total,
    percent,
    passPercent,
    passed: total > 0 && percent >= passPercent,
    byDomain,
    domainIntervals,
    weakestObjectives,
    questions,
    unanswered: questions.filter((q) => !q.answered).length,
  };
}

/** Whole seconds of the attempt used up to `end` (default: its submission, else its start): the one duration rule. */
export function secondsUsed(state: Pick<ExamState, 'startedAt' | 'submittedAt' | 'deadline'>, end?: number): number {
  return Math.round(elapsedMs(state, end ?? state.submittedAt ?? state.startedAt) / 1000);
}

/**
 * The exact `ml-exam-submit` detail for a submitted state. For a state not yet submitted, time counts up to `now`
 * (default: the start) and the reason is `user`. Pass `results` when already computed by {@link scoreExam}.
 */
export function submitDetail(
  state: ExamState,
  bank: ScoringBank,
  options: { now?: number; results?: ExamResults } = {},
): SubmitDetail {
  const results = options.results ?? scoreExam(state, bank);
  const end = state.submittedAt ?? options.now ?? state.startedAt;
  // Plain objects built with fromEntries: every id becomes an own key, `__proto__` included; users may call methods on them.
  const answers = Object.fromEntries(results.questions.map((q) => [q.questionId, [...q.selected]]));
  const byDomain = Object.fromEntries(
    Object.entries(results.byDomain).map(([id, t]) => [id, { correct: t.correct, total: t.total, percent: t.percent }]),
  );
  return {
    examId: results.examId,
    percent: results.percent,
    passed: results.passed,
    correct: results.correct,
    total: results.total,
    byDomain,
    answers,
    secondsUsed: secondsUsed(state, end),
    reason: state.reason ?? 'user',
  };
}
