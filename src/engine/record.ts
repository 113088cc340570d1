/**
 * The learner's record: every answer given for one bank (question id, time, selected ids, correct) and every submitted
 * exam attempt. Pure and DOM-free: reading validates (bad input is reported, never thrown), merging keeps both sides,
 * and the record is bounded in size.
 *
 * **At the bound**: a question keeps its newest {@link MAX_ANSWERS_PER_QUESTION} answers (older ones are dropped: the
 * schedule and the readiness model only need the recent history), the whole record keeps its newest
 * {@link MAX_ANSWERS} answers (the oldest go first), and the newest {@link MAX_EXAMS} exam attempts. At about 70 bytes an
 * answer the record stays under 400 kB, well inside localStorage's 5 MB.
 */

/** The file format name written in every record and export. */
export const RECORD_FORMAT = 'ml-quiz-record';
export const RECORD_VERSION = 1;
/** Newest answers kept per question. */
export const MAX_ANSWERS_PER_QUESTION = 20;
/** Newest answers kept in all. */
export const MAX_ANSWERS = 5000;
/** Newest exam attempts kept. */
export const MAX_EXAMS = 200;

/** Where an answer was given. */
export type AnswerSource = 'quiz' | 'review' | 'comparison' | 'exam';
const SOURCES: readonly string[] = ['quiz', 'review', 'comparison', 'exam'];

/** One answer. Short keys keep the stored record small. */
export interface RecordedAnswer {
  /** Question id (or comparison practice scenario id). */
  q: string;
  /** When, epoch ms. */
  t: number;
  /** Selected option ids. */
  s: string[];
  /** Whether it was right. */
  c: boolean;
  src?: AnswerSource;
}

/** One submitted exam attempt. */
export interface RecordedExam {
  examId: string;
  /** Submitted at, epoch ms. */
  t: number;
  /** 0–100, unrounded. */
  percent: number;
  passed: boolean;
  correct: number;
  total: number;
}

export interface LearnerRecord {
  format: typeof RECORD_FORMAT;
  version: typeof RECORD_VERSION;
  bankId: string;
  /** Oldest first. */
  answers: RecordedAnswer[];
  /** Oldest first. */
  exams: RecordedExam[];
}

/** Reading a record: `dropped` says how many malformed entries were left out (each named in `problems`). */
export type RecordRead =
  { ok: true; record: LearnerRecord; dropped: number; problems: string[] } | { ok: false; problem: string };

export function emptyRecord(bankId: string): LearnerRecord {
  return { format: RECORD_FORMAT, version: RECORD_VERSION, bankId, answers: [], exams: [] };
}

/**
 * Validates a record read from storage or a file. The envelope (format, version, bank id, arrays) must be right or the
 * whole input is refused; malformed entries inside are left out and counted. With `bankId`, a record of another bank is
 * refused. The result is normalized (sorted, deduplicated, bounded).
 */
export function readRecord(input: unknown, bankId?: string): RecordRead {
  if (!isObject(input))
    return { ok: false, problem: `expected an ml-quiz record (a JSON object), found ${kindOf(input)}` };
  if (input.format !== RECORD_FORMAT)
    return {
      ok: false,
      problem: `expected "format": "${RECORD_FORMAT}", found ${JSON.stringify(input.format) ?? 'none'}`,
    };
  if (input.version !== RECORD_VERSION)
    return {
      ok: false,
      problem: `expected "version": ${RECORD_VERSION}, found ${JSON.stringify(input.version) ?? 'none'}`,
    };
  if (typeof input.bankId !== 'string' || input.bankId === '')
    return { ok: false, problem: 'expected "bankId" to be a bank id' };
  if (bankId !== undefined && input.bankId !== bankId) {
    return { ok: false, problem: `expected a record of bank "${bankId}", found one of bank "${input.bankId}"` };
  }
  if (!Array.isArray(input.answers)) return { ok: false, problem: 'expected "answers" to be a list' };
  if (input.exams !== undefined && !Array.isArray(input.exams))
    return { ok: false, problem: 'expected "exams" to be a list' };
  const problems: string[] = [];
  const answers: RecordedAnswer[] = [];
  input.answers.forEach((entry: unknown, index: number) => {
    const answer = toAnswer(entry);
    if (answer) answers.push(answer);
    else problems.push(`answers[${index}]: expected { q, t, s, c }`);
  });
  const exams: RecordedExam[] = [];
  ((input.exams as unknown[] | undefined) ?? []).forEach((entry, index) => {
    const exam = toExam(entry);
    if (exam) exams.push(exam);
    else problems.push(`exams[${index}]: expected { examId, t, percent, passed, correct, total }`);
  });
  return {
    ok: true,
    record: normalize({ ...emptyRecord(input.bankId), answers, exams }),
    dropped: problems.length,
    problems,
  };
}

/** Adds answers (and exam attempts) to a record; answers already in it are not added twice. */
export function addToRecord(
  record: LearnerRecord,
  answers: readonly RecordedAnswer[],
  exams: readonly RecordedExam[] = [],
): LearnerRecord {
  return normalize({ ...record, answers: [...record.answers, ...answers], exams: [...record.exams, ...exams] });
}

/**
 * Merges `incoming` into `base` without losing either side. Two answers are the same when question, time and
 * selection match, so merging the same file twice adds nothing. `added` counts incoming answers new to `base`.
 */
export function mergeRecords(base: LearnerRecord, incoming: LearnerRecord): { record: LearnerRecord; added: number } {
  const known = new Set(base.answers.map(answerKey));
  const fresh = new Set(incoming.answers.map(answerKey).filter((k) => !known.has(k)));
  return { record: addToRecord(base, incoming.answers, incoming.exams), added: fresh.size };
}

/** The identity of an answer: question, time and selection. */
export function answerKey(answer: Pick<RecordedAnswer, 'q' | 't' | 's'>): string {
  return `${answer.q}\u0000${answer.t}\u0000${[...answer.s].sort().join(',')}`;
}

/** Each question's answers, oldest first. */
export function answersByQuestion(record: Pick<LearnerRecord, 'answers'>): Map<string, RecordedAnswer[]> {
  const map = new Map<string, RecordedAnswer[]>();
  for (const answer of record.answers) {
    const list = map.get(answer.q);
    if (list) list.push(answer);
    else map.set(answer.q, [answer]);
  }
  for (const list of map.values()) list.sort((a, b) => a.t - b.t);
  return map;
}

/** Sorted oldest first, duplicates removed, bounded (see the module comment). */
function normalize(record: LearnerRecord): LearnerRecord {
  const seen = new Set<string>();
  const unique = record.answers.filter((a) => {
    const key = answerKey(a);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => a.t - b.t || (a.q < b.q ? -1 : a.q > b.q ? 1 : 0));
  // Keep each question's newest answers, then the newest overall.
  const perQuestion = new Map<string, number>();
  const kept: RecordedAnswer[] = [];
  for (let i = unique.length - 1; i >= 0 && kept.length < MAX_ANSWERS; i -= 1) {
    const answer = unique[i]!;
    const n = perQuestion.get(answer.q) ?? 0;
    if (n >= MAX_ANSWERS_PER_QUESTION) continue;
    perQuestion.set(answer.q, n + 1);
    kept.push(answer);
  }
  kept.reverse();
  const examSeen = new Set<string>();
  const exams = record.exams
    .filter((e) => {
      const key = `${e.examId}\u0000${e.t}`;
      if (examSeen.has(key)) return false;
      examSeen.add(key);
      return true;
    })
    .sort((a, b) => a.t - b.t)
    .slice(-MAX_EXAMS);
  return { format: RECORD_FORMAT, version: RECORD_VERSION, bankId: record.bankId, answers: kept, exams };
}

function toAnswer(entry: unknown): RecordedAnswer | undefined {
  if (!isObject(entry)) return undefined;
  const { q, t, s, c, src } = entry;
  if (typeof q !== 'string' || q === '' || !isTime(t) || typeof c !== 'boolean') return undefined;
  if (!Array.isArray(s) || !s.every((id) => typeof id === 'string')) return undefined;
  if (src !== undefined && !(typeof src === 'string' && SOURCES.includes(src))) return undefined;
  return src === undefined
    ? { q, t, s: [...(s as string[])], c }
    : { q, t, s: [...(s as string[])], c, src: src as AnswerSource };
}

function toExam(entry: unknown): RecordedExam | undefined {
  if (!isObject(entry)) return undefined;
  const { examId, t, percent, passed, correct, total } = entry;
  if (typeof examId !== 'string' || !isTime(t) || typeof passed !== 'boolean') return undefined;
  if (typeof percent !== 'number' || !(percent >= 0 && percent <= 100)) return undefined;
  if (!isCount(correct) || !isCount(total) || correct > total) return undefined;
  return { examId, t, percent, passed, correct, total };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 8.64e15;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}
