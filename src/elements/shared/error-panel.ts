import { html } from 'lit';
import type { BankIssue } from '../../bank/issues.js';
import { cardLabels, format } from '../../labels-card.js';

/**
 * Error lists published by a failing `<ml-bank>`. Its children receive the same array through the context, so the panel
 * can tell that the provider already shows these errors in its own alert, without each element tracking where its
 * errors came from.
 */
const shownByProvider = new WeakSet<readonly BankIssue[]>();

/** Marks `errors` as shown by an `<ml-bank>` (the one alert); children then render a quiet pointer instead. */
export function markShownByProvider<T extends readonly BankIssue[]>(errors: T): T {
  shownByProvider.add(errors);
  return errors;
}

/**
 * The visible error panel: role alert, each problem with its path and message. For errors a failing `<ml-bank>` already
 * announces, a quiet note pointing to it instead, so one failure is announced once, not once per child.
 */
export function errorPanel(
  title: string,
  errors: readonly BankIssue[],
  moreErrors = cardLabels.moreErrors,
  seeProvider = cardLabels.bankFailedSeeAbove,
) {
  if (shownByProvider.has(errors)) return html`<p class="notice provider-note">${seeProvider}</p>`;
  const shown = errors.slice(0, 50);
  return html`<div part="error" role="alert">
    <h2>${title}</h2>
    <ul>
      ${shown.map((e) => html`<li>${e.path === '(root)' ? '' : html`<code>${e.path}</code>: `}${e.message}</li>`)}
      ${errors.length > shown.length ? html`<li>${format(moreErrors, { n: errors.length - shown.length })}</li>` : ''}
    </ul>
  </div>`;
}
