/**
 * What a deck, an exam, a comparison, a checklist or a whole-bank request fetches from a bank source (fetch-content.ts
 * answers a card's one question itself and loads this module for everything else, so a card never downloads the rules
 * that select a deck or draw an exam).
 */
import type { BankIssue, BankResult } from '../bank/issues.js';
import type { Bank, Question } from '../bank/schema.js';
import type { BankSource } from '../bank/source.js';
import type { BankIndex, QuestionEntry } from '../bank/split.js';
import { type ContentRequest, type Resolution, bankMeta, resolveContent } from '../engine/content.js';
import { findExam } from '../engine/exam.js';
import { selectDeck } from '../engine/select.js';

/** The index as a bank whose questions are entries (id, objective, option ids): enough to select, draw and resume. */
function indexBank(index: BankIndex): Bank {
  return { ...index, questions: index.questions as unknown as Question[], comparisons: [], checklists: [] } as Bank;
}

const failed = (errors: BankIssue[]): Resolution => ({ ok: false, errors });

export async function fetchSelection(
  source: BankSource,
  request: Exclude<ContentRequest, { kind: 'question' }>,
): Promise<Resolution> {
  switch (request.kind) {
    case 'deck': {
      const index = await source.index();
      if (!index.ok) return failed(index.errors);
      const bank = indexBank(index.bank);
      const selection = selectDeck(bank, request.query);
      if (!selection.ok) return failed(selection.errors);
      const found = await source.questions(selection.questions.map((q) => q.id));
      return found.ok ? { ok: true, content: { bank: bankMeta(bank), questions: found.bank } } : failed(found.errors);
    }
    case 'exam':
      return exam(source, request.examId, request.questionIds);
    case 'comparison':
    case 'checklist': {
      const index = await source.index();
      if (!index.ok) return failed(index.errors);
      const bank = indexBank(index.bank);
      const ids = request.kind === 'comparison' ? index.bank.comparisons : index.bank.checklists;
      // Resolve the id against the index first (no id means the first one; an unknown id is named with the known ones).
      const wanted = request.id?.trim() || ids[0];
      const stub = ids.map((id) => ({ id }));
      const check = resolveContent(
        { kind: 'bank', bank: { ...bank, comparisons: stub, checklists: stub } as unknown as Bank },
        { kind: request.kind, id: wanted },
      );
      if (!check.ok) return check;
      const item = await (request.kind === 'comparison' ? source.comparison(wanted!) : source.checklist(wanted!));
      if (!item.ok) return failed(item.errors);
      return { ok: true, content: { bank: bankMeta(bank), questions: [], [request.kind]: item.bank } };
    }
    case 'bank': {
      const whole = await source.whole();
      return whole.ok ? resolveContent({ kind: 'bank', bank: whole.bank }, request) : failed(whole.errors);
    }
  }
}

/**
 * An exam: every question in bank order, as entries (id, objective, option ids) so that drawing, resuming and the
 * compact state (which indexes into bank order) work, with the questions in `questionIds` (the drawn ones) in full.
 */
async function exam(
  source: BankSource,
  examId: string | undefined,
  questionIds: readonly string[] | undefined,
): Promise<Resolution> {
  const index = await source.index();
  if (!index.ok) return failed(index.errors);
  const bank = indexBank(index.bank);
  const found = findExam(bank, examId);
  if (!found.ok) return failed(found.errors);
  const entries: QuestionEntry[] = index.bank.questions;
  let full: BankResult<Question[]> = { ok: true, bank: [] };
  if (questionIds?.length) {
    const known = new Set(entries.map((q) => q.id));
    const missing = questionIds.filter((id) => !known.has(id));
    if (missing.length)
      return failed(
        missing.map((id) => ({
          path: 'questions',
          message: `expected a question id of bank "${bank.id}", found "${id}"`,
        })),
      );
    full = await source.questions(questionIds);
    if (!full.ok) return failed(full.errors);
  }
  const byId = new Map(full.bank.map((q) => [q.id, q]));
  const questions = entries.map((q) => byId.get(q.id) ?? (q as unknown as Question));
  return { ok: true, content: { bank: bankMeta(bank), exam: found.exam, questions } };
}
