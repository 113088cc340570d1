/**
 * Content in memory, for the BankController: inline JSON, a bank object, or the bank an `<ml-bank>` provides, and the
 * rules that resolve an element's request against it (engine/content). Loaded on demand with the first such content,
 * so a card that fetches one question of a built-in bank never downloads this module.
 */
import { isTrustedBank } from '../bank/fetch.js';
import type { Bank } from '../bank/schema.js';
import type { LocalTarget } from './bank-controller.js';
import { BankContextRequest, type BankContextValue, bankContext } from './bank-context.js';

export { resolveContent } from '../engine/content.js';

export async function fromInline(target: LocalTarget, json: string): Promise<void> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return target.finish({
      status: 'error',
      own: true,
      errors: [
        {
          path: '(root)',
          message: `expected JSON in the inline <script type="application/json">, found invalid JSON (${messageOf(error)})`,
        },
      ],
    });
  }
  await withValidator(target, ({ parseInline }) => {
    const result = parseInline(data);
    return result.ok
      ? { status: 'ready', source: result.bank, from: 'inline' }
      : { status: 'error', errors: result.errors, own: true };
  });
}

export async function fromObject(target: LocalTarget, bank: Bank): Promise<void> {
  if (isTrustedBank(bank)) return target.finish({ status: 'ready', source: { kind: 'bank', bank }, from: 'bank' });
  await withValidator(target, ({ parseBank }) => {
    const result = parseBank(bank);
    return result.ok
      ? { status: 'ready', source: { kind: 'bank', bank: result.bank }, from: 'bank' }
      : { status: 'error', errors: result.errors, own: true };
  });
}

/** Loads the validator (on demand: it is the largest module) and finishes with what `check` makes of the content. */
async function withValidator(
  target: LocalTarget,
  check: (validator: typeof import('../bank/parse.js')) => Parameters<LocalTarget['finish']>[0],
): Promise<void> {
  let validator: typeof import('../bank/parse.js');
  try {
    validator = await import('../bank/parse.js');
  } catch (error) {
    return target.finish({
      status: 'error',
      own: true,
      errors: [{ path: '(root)', message: `could not load the validator: ${messageOf(error)}` }],
    });
  }
  target.finish(check(validator));
}

export function fromContext(target: LocalTarget): void {
  const host = target.host;
  let answered = false;
  const onValue = (value: BankContextValue, unsubscribe?: () => void) => {
    answered = true;
    if (unsubscribe) target.keep(unsubscribe);
    target.finish(
      value.status === 'ready'
        ? { status: 'ready', source: { kind: 'bank', bank: value.bank }, from: 'context' }
        : value.status === 'error'
          ? { status: 'error', errors: value.errors, own: false }
          : value,
    );
  };
  host.dispatchEvent(new BankContextRequest(bankContext, host, onValue, true));
  if (answered) return;
  // No provider answered. An <ml-bank> above us may simply not be defined yet (element modules loaded one by one):
  // wait for it and ask again. Otherwise there is no bank at all.
  if (hasAncestor(host, 'ml-bank') && !customElements.get('ml-bank')) {
    target.finish({ status: 'loading' });
    void customElements.whenDefined('ml-bank').then(() => {
      if (target.current()) queueMicrotask(() => target.current() && fromContext(target));
    });
    return;
  }
  target.finish({ status: 'error', own: true, errors: [{ path: '(root)', message: host.label('noBank') }] });
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
