/**
 * Exam assembly: which questions a mock exam draws, in which order, with which option order.
 *
 * Questions are drawn per domain by weight (largest-remainder rounding, see {@link allocateByWeight}), never twice,
 * preferring questions that earlier attempts have not shown. Question order and each question's option order are
 * shuffled by the seed: the same seed with the same history and the same bank draws the same exam.
 */
import type { BankIssue } from '../bank/issues.js';
import type { Bank, Exam, Question } from '../bank/schema.js';
import type { QuestionEntry } from '../bank/split.js';
import { allocateByWeight } from '../bank/blueprint.js';
import { emptyRecord } from './records.js';
import { createRng, shuffle } from './random.js';

/**
 * The parts of a bank that exam assembly reads: of each question only its id, objective and option ids, so a bank's
 * index (split.ts) is enough to draw an exam before any question is fetched.
 */
export type ExamBank = Pick<Bank, 'domains' | 'objectives' | 'exams'> & {
  questions: readonly (QuestionEntry | Question)[];
};

/** One drawn exam: everything needed to show it again. */
export interface ExamDraw {
  examId: string;
  seed: number;
  /** Question ids in the order the exam shows them. */
  questionIds: string[];
  /** Per question id, its option ids in the order the exam shows them. */
  optionOrder: Record<string, string[]>;
}

export interface AssembleOptions {
  /** Seed of the draw (a 32-bit unsigned integer; other numbers are reduced to one). */
  seed: number;
  /**
   * Question ids shown by earlier attempts, oldest first (repeats allowed; see {@link rememberSeen}). Unseen questions
   * are preferred; a domain that runs short fills up with the seen ones shown longest ago.
   */
  seen?: readonly string[];
}

export type AssembleResult = { ok: true; draw: ExamDraw } | { ok: false; errors: BankIssue[] };

export type FindExamResult = { ok: true; exam: Exam } | { ok: false; errors: BankIssue[] };

/**
 * The exam with `examId`, or the bank's first exam when `examId` is undefined or empty. An unknown id (or a bank
 * without exams) is an issue at path `exams` naming the id.
 */
export function findExam(bank: Pick<Bank, 'exams'>, examId?: string | null): FindExamResult {
  const exams = bank.exams ?? [];
  if (!examId) {
    const first = exams[0];
    return first
      ? { ok: true, exam: first }
      : { ok: false, errors: [{ path: 'exams', message: 'expected at least one exam in the bank, found none' }] };
  }
  const exam = exams.find((e) => e.id === examId);
  if (exam) return { ok: true, exam };
  const known = exams.map((e) => `"${e.id}"`).join(', ');
  return {
    ok: false,
    errors: [
      {
        path: 'exams',
        message: `expected an exam id of the bank (${known || 'the bank has none'}), found "${examId}"`,
      },
    ],
  };
}

/** Maps each question id to its domain id (through its objective); questions without a known domain are absent. */
export function questionDomains(
  bank: Pick<Bank, 'objectives'> & { questions: readonly Pick<Question, 'id' | 'objective'>[] },
): Map<string, string> {
  const domainOf = new Map(bank.objectives.map((o) => [o.id, o.domain]));
  const out = new Map<string, string>();
  for (const q of bank.questions) {
    const domain = q.objective === undefined ? undefined : domainOf.get(q.objective);
    if (domain !== undefined) out.set(q.id, domain);
  }
  return out;
}

/**
 * Draws exam `examId` (the bank's first when null, undefined or empty) from the bank. Fails with an issue at `exams` for an unknown
 * id, or at `exams[id=…].questionCount` when a domain has fewer questions than its share.
 *
 * The draw: per domain (in bank order) the unseen questions in seeded order, then, if the domain runs short, the seen
 * ones that were shown longest ago; then the whole set shuffled; then each question's options shuffled, in exam order.
 */
export function assembleExam(
  bank: ExamBank,
  examId: string | null | undefined,
  options: AssembleOptions,
): AssembleResult {
  const found = findExam(bank, examId);
  if (!found.ok) return found;
  const exam = found.exam;
  const seed = toSeed(options.seed);
  const rng = createRng(seed);

  const domainOf = questionDomains(bank);
  const pools = new Map<string, ExamBank['questions'][number][]>(bank.domains.map((d) => [d.id, []]));
  const taken = new Set<string>();
  for (const q of bank.questions) {
    const domain = domainOf.get(q.id);
    if (domain === undefined || taken.has(q.id)) continue;
    taken.add(q.id);
    pools.get(domain)?.push(q);
  }

  const need = allocateByWeight(exam.questionCount, bank.domains);
  const short = Object.entries(need).filter(([d, n]) => (pools.get(d)?.length ?? 0) < n);
  if (short.length) {
    return {
      ok: false,
      errors: [
        {
          path: `exams[id=${exam.id}].questionCount`,
          message: `expected an exam that can be drawn at the domain weights, found ${exam.questionCount} questions needing ${short
            .map(([d, n]) => `${n} from "${d}" (the bank has ${pools.get(d)?.length ?? 0})`)
            .join(', ')}`,
        },
      ],
    };
  }

  // Last position at which each id was seen: the smaller, the longer ago.
  const lastSeen = new Map<string, number>();
  (options.seen ?? []).forEach((id, index) => {
    if (typeof id === 'string') lastSeen.set(id, index);
  });

  const chosen: ExamBank['questions'][number][] = [];
  for (const domain of bank.domains) {
    const pool = pools.get(domain.id) ?? [];
    const count = need[domain.id] ?? 0;
    const unseen = shuffle(
      pool.filter((q) => !lastSeen.has(q.id)),
      rng,
    );
    const seen = pool.filter((q) => lastSeen.has(q.id)).sort((x, y) => lastSeen.get(x.id)! - lastSeen.get(y.id)!);
    chosen.push(...[...unseen, ...seen].slice(0, count));
  }

  const ordered = shuffle(chosen, rng);
  const optionOrder = emptyRecord<string[]>();
  for (const q of ordered) {
    optionOrder[q.id] = shuffle(
      q.options.map((o) => o.id),
      rng,
    );
  }
  return { ok: true, draw: { examId: exam.id, seed, questionIds: ordered.map((q) => q.id), optionOrder } };
}

/**
 * The history list after an attempt that showed `questionIds`: each id appears once, ordered by when it was last
 * shown (oldest first), so the list never grows beyond the number of distinct questions. Ids not in `known` (when
 * given, e.g. the bank's question ids) are dropped.
 */
export function rememberSeen(
  seen: readonly string[],
  questionIds: readonly string[],
  known?: ReadonlySet<string>,
): string[] {
  const shown = new Set(questionIds);
  const out: string[] = [];
  const kept = new Set<string>();
  for (const id of seen) {
    if (typeof id !== 'string' || shown.has(id) || kept.has(id) || (known && !known.has(id))) continue;
    kept.add(id);
    out.push(id);
  }
  for (const id of shown) if (!known || known.has(id)) out.push(id);
  return out;
}

/** Reduces any number to a 32-bit unsigned seed (non-finite numbers become 0). */
export function toSeed(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
}
