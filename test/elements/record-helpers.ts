import { waitUntil } from '@open-wc/testing';
import type { Bank } from '../../src/bank/schema.js';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 4, 4, 9);

/** A clock the test moves by hand. */
export function fakeClock(start = T0) {
  const clock = { time: start, now: () => clock.time };
  return clock;
}

export const root = (el: HTMLElement) => el.shadowRoot!;
export const q = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  root(el).querySelector<T>(selector);
export const text = (el: HTMLElement, selector: string) =>
  q(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export async function rendered(
  el: HTMLElement & { updateComplete: Promise<boolean> },
  selector: string,
): Promise<void> {
  await waitUntil(() => q(el, selector), `${el.localName} shows ${selector}`, { timeout: 5000 });
  await el.updateComplete;
}

/** The option ids that answer a question right, or wrong. */
export function selection(bank: Bank, questionId: string, right: boolean): string[] {
  const question = bank.questions.find((x) => x.id === questionId)!;
  return right ? [...question.answer] : [question.options.find((o) => !question.answer.includes(o.id))!.id];
}
