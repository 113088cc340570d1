/**
 * Content resolution: what an element asked for (a {@link ContentRequest}) found in the content it was given (a bank,
 * or inline content). Pure: the `BankController` only orchestrates loading and calls these.
 */
import type { BankIssue } from '../bank/issues.js';
import type { Bank, Checklist, Comparison, Exam, Question } from '../bank/schema.js';
import { findExam } from './exam.js';
import { type DeckQuery, selectDeck } from './select.js';

/** What an element needs from its content. */
export type ContentRequest =
  | { kind: 'question'; id: string }
  | { kind: 'deck'; query: DeckQuery }
  | { kind: 'exam'; examId?: string; questionIds?: readonly string[] }
  | { kind: 'comparison'; id?: string }
  | { kind: 'checklist'; id?: string }
  | { kind: 'bank' };

/** The bank's description without its content (what an exam's start screen and the storage keys need). */
export type BankMeta = Pick<Bank, 'id' | 'title' | 'version' | 'notes' | 'domains' | 'objectives' | 'exams'>;

/** Where content was found: a bank (attribute, property, `<ml-bank>` or inline) or inline content of one kind. */
export type ContentSource =
  | { kind: 'bank'; bank: Bank }
  | { kind: 'questions'; questions: Question[] }
  | { kind: 'comparison'; comparison: Comparison }
  | { kind: 'checklist'; checklist: Checklist };

/** Exactly what was asked for. `bank` is null for inline content without a bank. */
export interface ResolvedContent {
  bank: BankMeta | null;
  /** The bank's id when its meta was not fetched (a card from a remote bank): the learner's record is kept per bank. */
  bankId?: string;
  /** question: the one; deck: the selection in order; exam: the drawable questions, or the given `questionIds`; bank: all. */
  questions: Question[];
  comparison?: Comparison;
  checklist?: Checklist;
  /** The exam asked for (exam requests). */
  exam?: Exam;
}

export type Resolution = { ok: true; content: ResolvedContent } | { ok: false; errors: BankIssue[] };

const noun: Record<ContentRequest['kind'], string> = {
  question: 'a question or a list of questions',
  deck: 'a question or a list of questions',
  exam: 'a bank',
  comparison: 'a comparison or a bank',
  checklist: 'a checklist or a bank',
  bank: 'a bank',
};

/** The bank without its content arrays. */
export function bankMeta(bank: Bank): BankMeta {
  const { id, title, version, notes, domains, objectives, exams } = bank;
  return { id, title, version, notes, domains, objectives, exams };
}

/** The question with this id, if the list has one (ids such as `constructor` are ordinary ids). */
export function findById<T extends { id: string }>(items: readonly T[] | undefined, id: string): T | undefined {
  return items?.find((item) => item.id === id);
}

/** Resolves a request against the content found. Every failure is an issue naming what is wrong. */
export function resolveContent(source: ContentSource, request: ContentRequest): Resolution {
  if (source.kind === 'questions') return fromQuestions(source.questions, request);
  if (source.kind === 'comparison' || source.kind === 'checklist') {
    if (request.kind === source.kind) {
      return source.kind === 'comparison'
        ? { ok: true, content: { bank: null, questions: [], comparison: source.comparison } }
        : { ok: true, content: { bank: null, questions: [], checklist: source.checklist } };
    }
    return kindError(request, source.kind);
  }
  const bank = source.bank;
  const meta = bankMeta(bank);
  switch (request.kind) {
    case 'question': {
      const hit = findById(bank.questions, request.id);
      return hit
        ? { ok: true, content: { bank: meta, questions: [hit] } }
        : fail('question', `expected a question id of bank "${bank.id}", found "${request.id}"`);
    }
    case 'deck': {
      const selection = selectDeck(bank, request.query);
      return selection.ok
        ? { ok: true, content: { bank: meta, questions: selection.questions } }
        : { ok: false, errors: selection.errors };
    }
    case 'exam': {
      const found = findExam(bank, request.examId);
      if (!found.ok) return { ok: false, errors: found.errors };
      const exam = found.exam;
      if (!request.questionIds) return { ok: true, content: { bank: meta, exam, questions: bank.questions } };
      const missing = request.questionIds.filter((id) => !findById(bank.questions, id));
      if (missing.length)
        return {
          ok: false,
          errors: missing.map((id) => ({
            path: 'questions',
            message: `expected a question id of bank "${bank.id}", found "${id}"`,
          })),
        };
      return {
        ok: true,
        content: { bank: meta, exam, questions: request.questionIds.map((id) => findById(bank.questions, id)!) },
      };
    }
    case 'comparison': {
      const found = pick(bank.comparisons, request.id, 'comparison', 'comparisons', bank.id);
      return 'errors' in found
        ? { ok: false, errors: found.errors }
        : { ok: true, content: { bank: meta, questions: [], comparison: found.item } };
    }
    case 'checklist': {
      const found = pick(bank.checklists, request.id, 'checklist', 'checklists', bank.id);
      return 'errors' in found
        ? { ok: false, errors: found.errors }
        : { ok: true, content: { bank: meta, questions: [], checklist: found.item } };
    }
    case 'bank':
      return { ok: true, content: { bank: meta, questions: bank.questions } };
  }
}

function fromQuestions(list: Question[], request: ContentRequest): Resolution {
  if (request.kind === 'question') {
    const hit = findById(list, request.id);
    return hit
      ? { ok: true, content: { bank: null, questions: [hit] } }
      : fail('question', `expected the id of an inline question, found "${request.id}"`);
  }
  // Inline questions are the deck as written: no bank to select from.
  if (request.kind === 'deck') return { ok: true, content: { bank: null, questions: list } };
  return kindError(request, 'list of questions');
}

/** The item with `id`, or the first one when no id is given. */
function pick<T extends { id: string }>(
  list: readonly T[] | undefined,
  id: string | undefined,
  what: string,
  path: string,
  bankId: string,
): { item: T } | { errors: BankIssue[] } {
  const wanted = id?.trim();
  const item = wanted ? findById(list, wanted) : list?.[0];
  if (item) return { item };
  const known = (list ?? []).map((c) => `"${c.id}"`).join(', ');
  return {
    errors: [
      {
        path,
        message: wanted
          ? `expected the id of a ${what} in bank "${bankId}"${known ? ` (${known})` : ''}, found "${wanted}"`
          : `expected at least one ${what} in bank "${bankId}", found none`,
      },
    ],
  };
}

function kindError(request: ContentRequest, found: string): Resolution {
  return fail('(root)', `expected ${noun[request.kind]} in the inline JSON, found a ${found}`);
}

function fail(path: string, message: string): Resolution {
  return { ok: false, errors: [{ path, message }] };
}
