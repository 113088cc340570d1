/** Records for the review and progress stories: kept in a Storage of their own, so stories never touch a real record. */
import { loadBank } from '../../src/bank/load.js';
import type { Bank } from '../../src/bank/schema.js';
import { recordKey } from '../../src/controllers/record-store.js';
import { addToRecord, emptyRecord, type LearnerRecord, type RecordedAnswer } from '../../src/engine/record.js';
import { createRng, shuffle } from '../../src/engine/random.js';

export const DAY = 86_400_000;
/** Every story's "now": a fixed date, so figures and "Next review" never drift. */
export const STORY_NOW = Date.UTC(2026, 4, 20, 9);
export const storyClock = { now: () => STORY_NOW };
export const BANK_ID = 'databricks-ml-professional';

/** A Storage in memory, optionally holding a record (or raw text), or one that refuses everything ("storage off"). */
export function storyStorage(content?: LearnerRecord | string | 'off'): () => Storage {
  const data = new Map<string, string>();
  if (content !== undefined && content !== 'off')
    data.set(recordKey(BANK_ID), typeof content === 'string' ? content : JSON.stringify(content));
  const refuse = () => {
    throw new Error('storage disabled');
  };
  const storage = {
    getItem: (k: string) => (content === 'off' ? refuse() : (data.get(k) ?? null)),
    setItem: (k: string, v: string) => (content === 'off' ? refuse() : void data.set(k, v)),
    removeItem: (k: string) => void data.delete(k),
  } as unknown as Storage;
  return () => storage;
}

/**
 * `count` questions (a seeded random choice) answered over the `days` before STORY_NOW, each right with probability `accuracy` per domain;
 * `exams` submitted mock exams.
 */
export async function studiedRecord(
  count: number,
  accuracy: Record<string, number>,
  days = 21,
  exams = 0,
): Promise<LearnerRecord> {
  const result = await loadBank(BANK_ID);
  if (!result.ok) return emptyRecord(BANK_ID);
  const bank: Bank = result.bank;
  const rng = createRng(count * 31 + days);
  const domainOf = new Map(bank.objectives.map((o) => [o.id, o.domain]));
  // Questions in a seeded random order, so a partial record spreads over the domains as study does.
  const answers: RecordedAnswer[] = shuffle(bank.questions, rng)
    .slice(0, count)
    .map((q, i) => {
      const right = rng() < (accuracy[domainOf.get(q.objective ?? '') ?? ''] ?? 0.7);
      const wrong = q.options.find((o) => !q.answer.includes(o.id))!.id;
      return {
        q: q.id,
        t: STORY_NOW - Math.floor(((count - i) / count) * days * DAY),
        s: right ? [...q.answer] : [wrong],
        c: right,
        src: 'quiz',
      };
    });
  const attempts = Array.from({ length: exams }, (_, i) => {
    const percent = 58 + i * 7.5;
    return {
      examId: 'mock-exam',
      t: STORY_NOW - (exams - i) * 6 * DAY,
      percent,
      passed: percent >= 70,
      correct: Math.round((percent * 59) / 100),
      total: 59,
    };
  });
  return addToRecord(emptyRecord(BANK_ID), answers, attempts);
}
