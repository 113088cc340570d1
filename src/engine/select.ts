/** Choosing the questions of a quiz card or deck. */
import type { BankIssue } from '../bank/issues.js';
import type { Bank, Question } from '../bank/schema.js';
import { createRng, shuffle } from './random.js';

export interface DeckQuery {
  /** Exact question ids, in this order. */
  questions?: readonly string[];
  /** A domain id: questions whose objective belongs to it. */
  domain?: string;
  /** An objective id. */
  objective?: string;
  /** How many to draw (default 10). */
  count?: number;
  /** Seed for the draw; without one the bank's order is kept. */
  seed?: number;
}

export type Selection = { ok: true; questions: Question[] } | { ok: false; errors: BankIssue[] };

/**
 * Selects a deck. With explicit ids, every id must exist (each missing one is an error naming it). Otherwise the
 * questions matching domain and objective, shuffled by seed when one is given, cut to `count`.
 */
export function selectDeck(bank: Pick<Bank, 'questions' | 'objectives' | 'domains'>, query: DeckQuery): Selection {
  if (query.questions && query.questions.length > 0) {
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    const missing = query.questions.filter((id) => !byId.has(id));
    if (missing.length) {
      return {
        ok: false,
        errors: missing.map((id) => ({
          path: 'questions',
          message: `expected a question id of the bank, found "${id}"`,
        })),
      };
    }
    return { ok: true, questions: query.questions.map((id) => byId.get(id)!) };
  }
  const errors: BankIssue[] = [];
  if (query.domain && !bank.domains.some((d) => d.id === query.domain)) {
    errors.push({
      path: 'domain',
      message: `expected one of the bank's domains (${bank.domains.map((d) => d.id).join(', ')}), found "${query.domain}"`,
    });
  }
  if (query.objective && !bank.objectives.some((o) => o.id === query.objective)) {
    errors.push({ path: 'objective', message: `expected an objective id of the bank, found "${query.objective}"` });
  }
  if (errors.length) return { ok: false, errors };
  const domainOf = new Map(bank.objectives.map((o) => [o.id, o.domain]));
  let pool = bank.questions.filter(
    (q) =>
      (!query.domain || (q.objective !== undefined && domainOf.get(q.objective) === query.domain)) &&
      (!query.objective || q.objective === query.objective),
  );
  if (query.seed !== undefined) pool = shuffle(pool, createRng(query.seed));
  const count = query.count === undefined || !Number.isFinite(query.count) ? 10 : Math.max(1, Math.floor(query.count));
  const questions = pool.slice(0, count);
  if (questions.length === 0) {
    return {
      ok: false,
      errors: [
        { path: 'questions', message: `expected at least one question matching ${describeQuery(query)}, found none` },
      ],
    };
  }
  return { ok: true, questions };
}

function describeQuery(query: DeckQuery): string {
  const parts = [
    query.domain && `domain "${query.domain}"`,
    query.objective && `objective "${query.objective}"`,
  ].filter(Boolean);
  return parts.length ? parts.join(' and ') : 'the selection';
}
