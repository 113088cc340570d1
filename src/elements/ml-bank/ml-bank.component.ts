import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { loadBank } from '../../bank/load.js';
import { type BankContextValue, bankContext } from '../../controllers/bank-context.js';
import { errorPanel, markShownByProvider } from '../shared/error-panel.js';
import { MlElement } from '../shared/ml-element.js';
import { bankStyles } from './ml-bank.styles.js';
import { defaultLabels } from '../../labels.js';

/**
 * Provides a question bank to the ml-quiz elements inside it, so several cards share one download.
 *
 * @tagname ml-bank
 * @summary Loads a bank (built-in id or URL) and provides it to descendants through @lit/context.
 *
 * @slot - The elements that use the bank.
 *
 * @event {CustomEvent<BankLoadDetail>} ml-bank-load - The bank loaded: `{ bankId, questionCount }`.
 * @event {CustomEvent<BankErrorDetail>} ml-bank-error - The bank could not be loaded or is invalid: `{ errors: BankIssue[] }`.
 *
 * @csspart error - The error panel shown when the bank cannot be used.
 */
export class MlBank extends MlElement {
  static override styles = [...MlElement.styles, bankStyles];
  static override defaultLabels = defaultLabels;

  /** A built-in bank id (`databricks-ml-professional`) or the URL of a bank JSON file. */
  @property({ reflect: true }) src = '';

  private readonly provider = new ContextProvider(this, {
    context: bankContext,
    initialValue: { status: 'loading' } as BankContextValue,
  });
  private loadToken = 0;

  /** The state provided to descendants. */
  get value(): BankContextValue {
    return this.provider.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.load();
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    if (!this.src) {
      this.publish({
        status: 'error',
        errors: markShownByProvider([
          { path: '(root)', message: 'expected a built-in bank id or a URL in the src attribute, found nothing' },
        ]),
      });
      return;
    }
    this.publish({ status: 'loading' });
    const result = await loadBank(this.src);
    if (token !== this.loadToken) return;
    if (result.ok) {
      this.publish({ status: 'ready', bank: result.bank });
      this.emit('ml-bank-load', { bankId: result.bank.id, questionCount: result.bank.questions.length });
    } else {
      this.publish({ status: 'error', errors: markShownByProvider([...result.errors]) });
      this.emit('ml-bank-error', { errors: result.errors });
    }
  }

  private publish(value: BankContextValue): void {
    this.provider.setValue(value);
    this.requestUpdate();
  }

  protected override render() {
    const value = this.provider.value;
    // Descendants show their own loading states; for a failed load the bank shows the one alert, where the bank is, and
    // its children a quiet pointer to it (they receive the published, marked list; this panel renders a copy).
    return html`${value.status === 'error' ? errorPanel(this.label('errorTitle'), [...value.errors], this.label('moreErrors')) : nothing}<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ml-bank': MlBank;
  }
}
