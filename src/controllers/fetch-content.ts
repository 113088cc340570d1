/**
 * Fetches from a bank source only what one request needs (split delivery, DESIGN "Delivery"): a card its question, a
 * deck the index then its selection, an exam the index (to draw and resume) plus the questions it drew, a comparison
 * or a checklist its own file plus the index (the bank's id and objective titles). The rules that pick what to show
 * stay in engine/content and engine/select; this module only decides what to download.
 */
import type { BankIssue } from '../bank/issues.js';
import type { BankSource } from '../bank/source.js';
import type { ContentRequest, Resolution } from '../engine/content.js';

const failed = (errors: BankIssue[]): Resolution => ({ ok: false, errors });

export async function fetchContent(source: BankSource, request: ContentRequest): Promise<Resolution> {
  switch (request.kind) {
    case 'question': {
      const found = await source.questions([request.id]);
      if (!found.ok) return failed(found.errors);
      // A card needs no bank meta (the index would cost more than its question), only the bank's id for the record.
      const bankId = await source.bankId();
      return { ok: true, content: { bank: null, questions: found.bank, ...(bankId ? { bankId } : {}) } };
    }
    default:
      // Everything but a card loads the selection rules with it (a card's path stays without them).
      try {
        const { fetchSelection } = await import('./fetch-selection.js');
        return await fetchSelection(source, request);
      } catch (error) {
        return failed([
          {
            path: '(root)',
            message: `could not load the code that selects content: ${error instanceof Error ? error.message : String(error)}`,
          },
        ]);
      }
  }
}
