/**
 * The readiness model: how the learner stands per domain and objective, and the estimated exam score with an interval.
 *
 * In plain words:
 * - Each question counts once, by its **latest** answer (right or wrong): that is what the learner knows now, and a
 *   question drilled ten times does not count ten times.
 * - **Recent answers weigh more**: an answer's weight halves every {@link HALF_LIFE_DAYS} days of age. The share right
 *   is the weighted share; the interval uses the effective number of answers (Kish: (Σw)² / Σw²), so old answers widen
 *   the interval instead of pretending to be fresh evidence.
 * - Per domain and objective: a 90% Wilson score interval of the share right.
 * - **Estimated exam score** = Σ over the exam's domains of (domain weight × share right in that domain): what the
 *   learner would score on average on a mock exam drawn by the blueprint. Its 90% interval is the Agresti–Coull
 *   interval per domain (add z²/2 right and z²/2 wrong answers) combined by the blueprint weights (the domains are
 *   independent, so variances add with the weights squared).
 * - **Not enough answers yet** below {@link MIN_PER_DOMAIN} distinct questions in each weighted domain and
 *   {@link MIN_TOTAL} in all (or every question, in a bank that has fewer). One submitted 59-question mock exam (26/26/7) always meets this. At the minimum the
 *   interval is wide (about ±15 points at worst) but honest; below it, a domain's own interval would span most of the
 *   scale and the estimate would say little.
 * - **Study next**: the objectives with the most to gain, i.e. the share of the exam the objective stands for (domain
 *   weight × its share of the domain's questions) × the share the learner is expected to miss, (wrong + 1) / (answered
 *   + 2), so an objective never seen counts as a coin toss.
 */
import type { Bank } from '../bank/schema.js';
import { findExam } from './exam.js';
import type { LearnerRecord, RecordedAnswer, RecordedExam } from './record.js';
import { Z_90, wilsonInterval, type Interval } from './results.js';

/** An answer's weight halves with every this many days of age. */
export const HALF_LIFE_DAYS = 28;
/** Distinct questions answered needed in each domain the exam draws from. */
export const MIN_PER_DOMAIN = 5;
/** Distinct questions answered needed in all (in the exam's domains). */
export const MIN_TOTAL = 30;
/** How many objectives "study next" lists. */
export const STUDY_NEXT_COUNT = 5;

const DAY = 86_400_000;

/** How the learner stands on a set of questions. */
export interface StandingTally {
  /** Distinct questions answered. */
  answered: number;
  /** Questions in the bank. */
  total: number;
  /** Questions whose latest answer was right. */
  right: number;
  /** Weighted share right, 0–100; null when none answered. */
  percent: number | null;
  /** 90% Wilson interval of the share right (0–100); null when none answered. */
  interval: Interval | null;
  /** The latest answer's time, epoch ms; null when none answered. */
  lastSeen: number | null;
}

export interface DomainStanding extends StandingTally {
  id: string;
  title: string;
  /** The blueprint weight, 0–100. */
  weight: number;
}

export interface ObjectiveStanding extends StandingTally {
  id: string;
  title: string;
  domain: string;
  /** Exam percentage points the learner may expect to gain by mastering it. */
  gain: number;
}

export interface ScoreEstimate {
  /** 0–100. */
  percent: number;
  /** 90% interval, 0–100. */
  low: number;
  high: number;
}

export interface Readiness {
  examId: string;
  passPercent: number;
  domains: DomainStanding[];
  objectives: ObjectiveStanding[];
  /** Null below the minimum ("Not enough answers yet"). */
  estimate: ScoreEstimate | null;
  /** Distinct questions still needed per domain (0 when met) and in all, before an estimate is shown. */
  needed: { perDomain: Record<string, number>; total: number };
  /** The objectives with the most to gain, largest first. */
  studyNext: ObjectiveStanding[];
  /** This exam's submitted attempts, oldest first. */
  attempts: RecordedExam[];
}

export type ReadinessBank = Pick<Bank, 'domains' | 'objectives' | 'questions' | 'exams'>;

export interface WeightedTally {
  answered: number;
  right: number;
  /** Σw, Σw·correct, Σw². */
  w: number;
  wc: number;
  w2: number;
  lastSeen: number | null;
}

/** The readiness report for `examId` (default the bank's first exam) at time `now`. */
export function assessReadiness(
  bank: ReadinessBank,
  record: Pick<LearnerRecord, 'answers' | 'exams'>,
  now: number,
  examId?: string,
): Readiness {
  const found = findExam(bank, examId);
  const exam = found.ok ? found.exam : undefined;
  const latest = latestAnswers(record.answers);
  const domainOf = new Map(bank.objectives.map((o) => [o.id, o.domain]));
  const byDomain = new Map<string, WeightedTally>();
  const byObjective = new Map<string, WeightedTally>();
  const domainSize = new Map<string, number>();
  const objectiveSize = new Map<string, number>();
  for (const question of bank.questions) {
    const objective = question.objective;
    const domain = objective === undefined ? undefined : domainOf.get(objective);
    if (objective === undefined || domain === undefined) continue;
    domainSize.set(domain, (domainSize.get(domain) ?? 0) + 1);
    objectiveSize.set(objective, (objectiveSize.get(objective) ?? 0) + 1);
    const answer = latest.get(question.id);
    if (!answer) continue;
    const weight = 0.5 ** (Math.max(0, now - answer.t) / (HALF_LIFE_DAYS * DAY));
    add(byDomain, domain, answer, weight);
    add(byObjective, objective, answer, weight);
  }

  const domains: DomainStanding[] = bank.domains.map((d) => ({
    id: d.id,
    title: d.title,
    weight: d.weight,
    ...standing(byDomain.get(d.id), domainSize.get(d.id) ?? 0),
  }));
  const weightOf = new Map(bank.domains.map((d) => [d.id, d.weight]));
  const objectives: ObjectiveStanding[] = bank.objectives.map((o) => {
    const tally = byObjective.get(o.id);
    const size = objectiveSize.get(o.id) ?? 0;
    const share = ((weightOf.get(o.domain) ?? 0) * size) / Math.max(1, domainSize.get(o.domain) ?? 0);
    const wrong = tally ? tally.w - tally.wc : 0;
    const n = tally ? tally.w : 0;
    return {
      id: o.id,
      title: o.title,
      domain: o.domain,
      ...standing(tally, size),
      gain: size === 0 ? 0 : (share * (wrong + 1)) / (n + 2),
    };
  });

  const weighted = domains.filter((d) => d.weight > 0);
  const perDomain: Record<string, number> = {};
  for (const d of weighted) perDomain[d.id] = Math.max(0, Math.min(MIN_PER_DOMAIN, d.total) - d.answered);
  const answeredTotal = weighted.reduce((sum, d) => sum + d.answered, 0);
  const inBank = weighted.reduce((sum, d) => sum + d.total, 0);
  const needed = { perDomain, total: Math.max(0, Math.min(MIN_TOTAL, inBank) - answeredTotal) };
  const enough = needed.total === 0 && Object.values(perDomain).every((n) => n === 0);
  const estimate = enough
    ? estimateScore(weighted.map((d) => ({ weight: d.weight, tally: byDomain.get(d.id) })))
    : null;

  const studyNext = objectives
    .filter((o) => o.gain > 0)
    .sort((a, b) => b.gain - a.gain || a.answered - b.answered || (a.id < b.id ? -1 : 1))
    .slice(0, STUDY_NEXT_COUNT);
  const attempts = record.exams.filter((e) => !exam || e.examId === exam.id).sort((a, b) => a.t - b.t);
  return {
    examId: exam?.id ?? examId ?? '',
    passPercent: exam?.passPercent ?? 100,
    domains,
    objectives,
    estimate,
    needed,
    studyNext,
    attempts,
  };
}

/**
 * The blueprint-weighted score estimate with its 90% interval, from per-domain weighted tallies (see the module
 * comment). Exported for the simulation test.
 */
export function estimateScore(
  parts: readonly { weight: number; tally: Pick<WeightedTally, 'w' | 'wc' | 'w2'> | undefined }[],
): ScoreEstimate {
  const z2 = Z_90 * Z_90;
  const totalWeight = parts.reduce((sum, p) => sum + p.weight, 0) || 1;
  let point = 0;
  let center = 0;
  let variance = 0;
  for (const { weight, tally } of parts) {
    const share = weight / totalWeight;
    const n = tally && tally.w2 > 0 ? (tally.w * tally.w) / tally.w2 : 0;
    const p = tally && tally.w > 0 ? tally.wc / tally.w : 0.5;
    const adjusted = (p * n + z2 / 2) / (n + z2);
    point += share * p;
    center += share * adjusted;
    variance += (share * share * adjusted * (1 - adjusted)) / (n + z2);
  }
  const half = Z_90 * Math.sqrt(variance);
  const clamp = (x: number) => Math.min(100, Math.max(0, 100 * x));
  return {
    percent: clamp(point),
    low: Math.min(clamp(center - half), clamp(point)),
    high: Math.max(clamp(center + half), clamp(point)),
  };
}

/** Each question's latest answer. */
function latestAnswers(answers: readonly RecordedAnswer[]): Map<string, RecordedAnswer> {
  const latest = new Map<string, RecordedAnswer>();
  for (const answer of answers) {
    const known = latest.get(answer.q);
    if (!known || answer.t >= known.t) latest.set(answer.q, answer);
  }
  return latest;
}

function add(map: Map<string, WeightedTally>, key: string, answer: RecordedAnswer, weight: number): void {
  const t = map.get(key) ?? { answered: 0, right: 0, w: 0, wc: 0, w2: 0, lastSeen: null };
  t.answered += 1;
  if (answer.c) t.right += 1;
  t.w += weight;
  t.w2 += weight * weight;
  if (answer.c) t.wc += weight;
  t.lastSeen = t.lastSeen === null ? answer.t : Math.max(t.lastSeen, answer.t);
  map.set(key, t);
}

function standing(tally: WeightedTally | undefined, total: number): StandingTally {
  if (!tally || tally.answered === 0)
    return { answered: 0, total, right: 0, percent: null, interval: null, lastSeen: null };
  const p = tally.wc / tally.w;
  const n = (tally.w * tally.w) / tally.w2;
  return {
    answered: tally.answered,
    total,
    right: tally.right,
    percent: 100 * p,
    interval: wilsonInterval(p * n, n),
    lastSeen: tally.lastSeen,
  };
}
