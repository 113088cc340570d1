import { html } from 'lit';
import type { BankIssue } from '../../bank/issues.js';
import { defaultLabels, format } from '../../labels.js';

/** The visible error panel: role alert, each problem with its path and message. */
export function errorPanel(title: string, errors: readonly BankIssue[], moreErrors = defaultLabels.moreErrors) {
  const shown = errors.slice(0, 50);
  return html`<div part="error" role="alert">
    <h2>${title}</h2>
    <ul>
      ${shown.map((e) => html`<li>${e.path === '(root)' ? '' : html`<code>${e.path}</code>: `}${e.message}</li>`)}
      ${errors.length > shown.length ? html`<li>${format(moreErrors, { n: errors.length - shown.length })}</li>` : ''}
    </ul>
  </div>`;
}
