import { createContext } from '@lit/context';
import type { BankIssue } from '../bank/issues.js';
import type { Bank } from '../bank/schema.js';

/** What `<ml-bank>` provides to the elements inside it. */
export type BankContextValue =
  | { status: 'loading' }
  | { status: 'ready'; bank: Bank }
  | { status: 'error'; errors: BankIssue[] };

export const bankContext = createContext<BankContextValue>(Symbol.for('ml-quiz:bank'));
