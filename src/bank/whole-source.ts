/**
 * Content sources over one whole bank: a URL (a foreign bank, or an id registered with a URL), fetched once and
 * validated lazily, or a bank object. source.ts loads this module only for such sources, so a card reading one
 * question of a built-in bank never downloads it.
 */
import { failure, isTrustedBank, trustBank, unknownItem } from './fetch.js';
import type { BankResult } from './issues.js';
import { bankIndex } from './split.js';
import type { Bank } from './schema.js';
import type { BankSource } from './source.js';

export function wholeSource(load: () => Promise<BankResult<Bank>>): BankSource {
  let pending: Promise<BankResult<Bank>> | undefined;
  const whole = () => {
    pending ??= load().then((r) => {
      if (!r.ok) pending = undefined;
      return r;
    });
    return pending;
  };
  const from = async <T>(pick: (bank: Bank) => BankResult<T>): Promise<BankResult<T>> => {
    const result = await whole();
    return result.ok ? pick(result.bank) : result;
  };
  return {
    whole,
    bankId: async () => {
      const result = await whole();
      return result.ok ? result.bank.id : undefined;
    },
    index: () => from((bank) => ({ ok: true, bank: bankIndex(bank) })),
    questions: (ids) =>
      from((bank) => {
        const byId = new Map(bank.questions.map((q) => [q.id, q]));
        const missing = ids.filter((id) => !byId.has(id));
        if (missing.length) return { ok: false, errors: missing.map((id) => unknownItem('question', bank.id, id)) };
        return { ok: true, bank: ids.map((id) => byId.get(id)!) };
      }),
    comparison: (id) => from((bank) => pick(bank.comparisons, 'comparison', bank.id, id)),
    checklist: (id) => from((bank) => pick(bank.checklists, 'checklist', bank.id, id)),
  };
}

export async function objectBank(bank: Bank, trusted: boolean): Promise<BankResult<Bank>> {
  if (trusted || isTrustedBank(bank)) return { ok: true, bank };
  try {
    const { parseBank } = await import('./parse.js');
    const result = parseBank(bank);
    if (result.ok) trustBank(result.bank);
    return result;
  } catch (error) {
    return failure(`could not load the bank validator: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function pick<T extends { id: string }>(
  list: readonly T[],
  kind: 'comparison' | 'checklist',
  bankId: string,
  id: string,
): BankResult<T> {
  const found = list.find((item) => item.id === id);
  return found
    ? { ok: true, bank: found }
    : {
        ok: false,
        errors: [
          unknownItem(
            kind,
            bankId,
            id,
            list.map((i) => i.id),
          ),
        ],
      };
}
export { loadBank } from './load.js';
