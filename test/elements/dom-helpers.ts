/**
 * Reading an element as a user sees it, shared by the element tests: its shadow root, what a selector finds there,
 * text with whitespace collapsed, a button by its visible label, and for ml-quiz the first render and an option by text.
 */
import { waitUntil } from '@open-wc/testing';

export const root = (el: HTMLElement) => el.shadowRoot!;
/** The first match in the element's shadow root (typed as found: tests that expect it let a null fail loudly). */
export const q = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  root(el).querySelector<T>(selector) as T;
export const all = (el: HTMLElement, selector: string) =>
  [...root(el).querySelectorAll<HTMLElement>(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
export const text = (el: HTMLElement, selector: string) =>
  q(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The button whose visible text ends with `label` (icons may precede it), within `scope` (a selector) if given. */
export function button(el: HTMLElement, label: string, scope = ''): HTMLButtonElement {
  const found = [...root(el).querySelectorAll<HTMLButtonElement>(`${scope} button`)].find((b) =>
    b.textContent!.replace(/\s+/g, ' ').trim().endsWith(label),
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** An ml-quiz once it shows a question, an error or its summary. */
export async function quizReady<E extends HTMLElement & { updateComplete: Promise<boolean> }>(el: E): Promise<E> {
  await waitUntil(() => q(el, 'fieldset, [role="alert"], .summary'), 'quiz rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** The input of the option whose text contains `letterText`. */
export function optionInput(el: HTMLElement, letterText: string): HTMLInputElement {
  const li = [...root(el).querySelectorAll('li.option')].find((l) => l.textContent!.includes(letterText));
  if (!li) throw new Error(`no option containing ${letterText}`);
  return li.querySelector('input')!;
}
