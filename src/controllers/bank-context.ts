import type { Context, ContextCallback } from '@lit/context';
import type { BankIssue } from '../bank/issues.js';
import type { Bank } from '../bank/schema.js';

/** What `<ml-bank>` provides to the elements inside it. */
export type BankContextValue =
  { status: 'loading' } | { status: 'ready'; bank: Bank } | { status: 'error'; errors: BankIssue[] };

// The context protocol (https://github.com/webcomponents-cg/community-protocols/blob/main/proposals/context.md) is a
// key and one event; both are written out here, with @lit/context's types only, so that an element that merely asks
// for the bank does not import @lit/context (whose index brings the provider, which only <ml-bank> uses).

/** The key `<ml-bank>` provides under (what `createContext(Symbol.for('ml-quiz:bank'))` returns). */
export const bankContext = Symbol.for('ml-quiz:bank') as Context<symbol, BankContextValue>;

/** The `context-request` event of the protocol, as @lit/context's `ContextRequestEvent` dispatches it. */
export class BankContextRequest extends Event {
  constructor(
    readonly context: typeof bankContext,
    readonly contextTarget: Element,
    readonly callback: ContextCallback<BankContextValue>,
    readonly subscribe = false,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}
