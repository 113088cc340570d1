import { ContextEvent } from '@lit/context';
import type { ReactiveController } from 'lit';
import type { BankIssue } from '../bank/issues.js';
import { loadBank, isTrustedBank } from '../bank/load.js';
import type { InlineContent } from '../bank/parse.js';
import type { Bank } from '../bank/schema.js';
import type { MlElement } from '../elements/shared/ml-element.js';
import { type BankContextValue, bankContext } from './bank-context.js';

/** Where an element's content came from, and what it is. */
export type ContentState =
  | { status: 'loading' }
  | { status: 'ready'; bank?: Bank; inline?: InlineContent; from: 'inline' | 'bank' | 'context' }
  | { status: 'error'; errors: BankIssue[] };

export interface BankHost extends MlElement {
  /** A built-in bank id, a URL, or a bank object. */
  bank?: string | Bank;
}

/**
 * Finds an element's content, first match wins: inline JSON child → the `bank` property or attribute → the nearest
 * `<ml-bank>` (through @lit/context) → an error saying no bank was given. One controller serves every element.
 */
export class BankController implements ReactiveController {
  state: ContentState = { status: 'loading' };
  private generation = 0;
  private unsubscribe?: () => void;
  private connected = false;

  constructor(private readonly host: BankHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.resolve();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Looks for content again (call when the `bank` property changes). */
  resolve(): void {
    if (!this.connected) return;
    const token = ++this.generation;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const script = inlineScript(this.host);
    if (script) {
      this.set({ status: 'loading' });
      void this.fromInline(script.textContent ?? '', token);
      return;
    }
    const bank = this.host.bank;
    if (bank !== undefined && bank !== null && bank !== '') {
      this.set({ status: 'loading' });
      void this.fromBank(bank, token);
      return;
    }
    this.fromContext(token);
  }

  private async fromInline(json: string, token: number): Promise<void> {
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch (error) {
      return this.finish(token, {
        status: 'error',
        errors: [{ path: '(root)', message: `expected JSON in the inline <script type="application/json">, found invalid JSON (${messageOf(error)})` }],
      });
    }
    try {
      const { parseInline } = await import('../bank/parse.js');
      const result = parseInline(data);
      this.finish(token, result.ok ? { status: 'ready', inline: result.bank, from: 'inline' } : { status: 'error', errors: result.errors });
    } catch (error) {
      this.finish(token, { status: 'error', errors: [{ path: '(root)', message: `could not load the validator: ${messageOf(error)}` }] });
    }
  }

  private async fromBank(bank: string | Bank, token: number): Promise<void> {
    if (typeof bank === 'string') {
      const result = await loadBank(bank);
      return this.finish(token, result.ok ? { status: 'ready', bank: result.bank, from: 'bank' } : { status: 'error', errors: result.errors });
    }
    if (isTrustedBank(bank)) return this.finish(token, { status: 'ready', bank, from: 'bank' });
    try {
      const { parseBank } = await import('../bank/parse.js');
      const result = parseBank(bank);
      this.finish(token, result.ok ? { status: 'ready', bank: result.bank, from: 'bank' } : { status: 'error', errors: result.errors });
    } catch (error) {
      this.finish(token, { status: 'error', errors: [{ path: '(root)', message: `could not load the validator: ${messageOf(error)}` }] });
    }
  }

  private fromContext(token: number): void {
    let answered = false;
    const onValue = (value: BankContextValue, unsubscribe?: () => void) => {
      answered = true;
      if (unsubscribe) this.unsubscribe = unsubscribe;
      if (token !== this.generation) return;
      this.set(value.status === 'ready' ? { status: 'ready', bank: value.bank, from: 'context' } : value);
    };
    this.host.dispatchEvent(new ContextEvent(bankContext, this.host, onValue, true));
    if (answered) return;
    // No provider answered. An <ml-bank> above us may simply not be defined yet (element modules loaded one by one):
    // wait for it and ask again. Otherwise there is no bank at all.
    if (hasAncestor(this.host, 'ml-bank') && !customElements.get('ml-bank')) {
      this.set({ status: 'loading' });
      void customElements.whenDefined('ml-bank').then(() => {
        if (token === this.generation) queueMicrotask(() => token === this.generation && this.fromContext(token));
      });
      return;
    }
    this.finish(token, { status: 'error', errors: [{ path: '(root)', message: this.host.label('noBank') }] });
  }

  private finish(token: number, state: ContentState): void {
    if (token !== this.generation) return;
    this.set(state);
    if (state.status === 'error') this.host.emit('ml-bank-error', { errors: state.errors });
  }

  private set(state: ContentState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

function inlineScript(host: HTMLElement): HTMLScriptElement | null {
  return host.querySelector(':scope > script[type="application/json"]');
}

function hasAncestor(node: Node, tag: string): boolean {
  let current: Node | null = node.parentNode;
  while (current) {
    if (current instanceof Element && current.localName === tag) return true;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return false;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
