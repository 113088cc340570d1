/** Helpers for stories' play functions: they drive elements the way a reader would. */
import { ContextProvider } from '@lit/context';
import { bankContext } from '../../src/controllers/bank-context.js';

export async function waitFor<T>(probe: () => T | null | undefined, timeout = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error('timed out waiting in a story');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Clicks the options at the given indexes (in display order), then "Check answer". */
export async function pickAndCheck(
  el: HTMLElement & { updateComplete: Promise<unknown> },
  indexes: number[],
): Promise<void> {
  await waitFor(() => el.shadowRoot?.querySelector('fieldset'));
  const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input')];
  for (const i of indexes) inputs[i]?.click();
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await el.updateComplete;
}

/** A container that provides a bank that is still loading, to show loading states. */
export function loadingProvider(child: HTMLElement): HTMLElement {
  const host = document.createElement('div');
  new ContextProvider(host, { context: bankContext, initialValue: { status: 'loading' } });
  host.append(child);
  return host;
}
