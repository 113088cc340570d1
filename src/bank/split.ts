/**
 * How a built-in bank is split into files at build time, and where each piece lives. One place for the layout: the
 * build writes it (scripts/build-banks.ts) and the content source reads it (source.ts).
 *
 * Beside the whole bank `<id>.json`, a folder `<id>/` holds:
 *   - `index.json`: the bank without its content (id, title, version, notes, domains, objectives, exams), the
 *     questions as `{ id, objective, options: [{ id }] }` (enough to draw an exam or a deck and to resume one), and the ids of the
 *     comparisons and checklists;
 *   - `q/<question id>.json`: one question each (a card fetches one file, a deck or an exam what it drew);
 *   - `comparisons/<id>.json`, `checklists/<id>.json`: one each.
 * Measured against packs per objective and per domain (README, "Delivery"): per-question files are the only scheme in
 * which an exam's content stays under half the bank at 500 questions, since a 59-question draw touches nearly every pack.
 */
import type { Bank, Checklist, Comparison, Question } from './schema.js';

/**
 * What a deck or an exam needs of each question before fetching any: enough to select, draw (the engine shuffles option
 * ids with the questions, in one seeded stream) and resume.
 */
export interface QuestionEntry {
  id: string;
  objective?: string;
  options: { id: Question['options'][number]['id'] }[];
}

/** The small index of a split bank. */
export interface BankIndex extends Omit<Bank, 'questions' | 'comparisons' | 'checklists'> {
  questions: QuestionEntry[];
  comparisons: string[];
  checklists: string[];
}

export const indexPath = 'index.json';
export const questionPath = (id: string): string => `q/${encodeURIComponent(id)}.json`;
export const comparisonPath = (id: string): string => `comparisons/${encodeURIComponent(id)}.json`;
export const checklistPath = (id: string): string => `checklists/${encodeURIComponent(id)}.json`;

/** The index of a bank. */
export function bankIndex(bank: Bank): BankIndex {
  const { questions, comparisons, checklists, ...meta } = bank;
  return {
    ...meta,
    questions: questions.map((q) => {
      const options = q.options.map((o) => ({ id: o.id }));
      return q.objective === undefined ? { id: q.id, options } : { id: q.id, objective: q.objective, options };
    }),
    comparisons: comparisons.map((c) => c.id),
    checklists: checklists.map((c) => c.id),
  };
}

/** Every file of a bank's split, by path relative to the bank's folder. */
export function splitBank(bank: Bank): Map<string, BankIndex | Question | Comparison | Checklist> {
  const files = new Map<string, BankIndex | Question | Comparison | Checklist>([[indexPath, bankIndex(bank)]]);
  for (const q of bank.questions) files.set(questionPath(q.id), q);
  for (const c of bank.comparisons) files.set(comparisonPath(c.id), c);
  for (const c of bank.checklists) files.set(checklistPath(c.id), c);
  return files;
}
