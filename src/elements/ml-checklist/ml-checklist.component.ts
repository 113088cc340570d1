import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BankIssue } from '../../bank/issues.js';
import type { Bank, Checklist } from '../../bank/schema.js';
import { BankController } from '../../controllers/bank-controller.js';
import {
  PersistenceController,
  storageKey as contractKey,
  storageAccepts,
} from '../../controllers/persistence-controller.js';
import { defaultLabels, format } from '../../labels.js';
import { errorPanel } from '../shared/error-panel.js';
import { inlineText } from '../shared/markup.js';
import { MlElement } from '../shared/ml-element.js';
import { checklistStyles } from './ml-checklist.styles.js';

/** What is saved under the checklist's key. */
interface SavedChecklist {
  v: 1;
  /** Checked item ids. */
  checked: string[];
  /** The bank version the state was saved with (informational). */
  bankVersion?: string;
}

type Resolved =
  | { status: 'loading' }
  | { status: 'ready'; checklist: Checklist; bankId: string; bankVersion?: string; titles: ReadonlyMap<string, string> }
  | { status: 'error'; errors: BankIssue[]; own: boolean };

const NO_TITLES: ReadonlyMap<string, string> = new Map();

/**
 * A checklist with a progress bar whose state is saved in localStorage, follows other tabs, and can be reset.
 *
 * Content comes from an inline `<script type="application/json">` child (a checklist, or a whole bank), the `bank`
 * attribute or property, or the nearest `<ml-bank>`. Without a `checklist` id the bank's first checklist is shown.
 * State is saved under `ml-quiz:v1:<bankId>:checklist:<id>` (an inline checklist without a bank uses the bank id
 * `inline`) unless `storage-key` is given. When storage is unavailable, full or corrupted the checklist works in memory
 * and says so quietly; saved item ids that the checklist no longer has are dropped, and a notice says so.
 *
 * @tagname ml-checklist
 * @summary A persisted checklist: "7 of 16 ready", linked objectives, Reset with confirmation.
 *
 * @event {CustomEvent<ChecklistChangeDetail>} ml-checklist-change - The user checked or unchecked an item, or reset the list: `{ checked: string[], total }`.
 * @event {CustomEvent<BankErrorDetail>} ml-bank-error - The content cannot be used (invalid, failed to load, unknown checklist id): `{ errors }`.
 *
 * @csspart base - The card around everything.
 * @csspart progress - The `<progress>` bar.
 * @csspart option - Each item (checkbox and its label).
 * @csspart button - Every button.
 * @csspart error - The error panel.
 */
export class MlChecklist extends MlElement {
  static override styles = [...MlElement.styles, checklistStyles];
  static override defaultLabels = defaultLabels;

  /** A built-in bank id or the URL of a bank JSON file; as a property also a bank object. */
  @property() bank?: string | Bank;

  /** The checklist's id in the bank (default: the bank's first). Not needed with an inline checklist. */
  @property({ reflect: true }) checklist = '';

  /** Where progress is saved in localStorage (default `ml-quiz:v1:<bankId>:checklist:<id>`). */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  /**
   * @internal Storage to use instead of `localStorage` (tests and stories); `null` means none. Set before connecting.
   */
  storageArea?: Storage | null;

  private readonly content = new BankController(this, { request: () => ({ kind: 'checklist', id: this.checklist }) });
  private readonly persistence = new PersistenceController<SavedChecklist>(
    this,
    // samePage: two checklists of one list on a page stay in step (a write fires no `storage` event in its own page).
    { restore: restoreChecklist, onExternalChange: (saved) => this.followExternal(saved), samePage: true },
    () => this.storage(),
  );

  /** @internal Checked item ids. */
  @state() private checked: ReadonlySet<string> = new Set();
  /** @internal A quiet note about restored state. */
  @state() private restoreNote?: 'corrupt' | 'partly';
  /** @internal Storage refused a trial write when the list was shown: say so before the learner's first tick. */
  @state() private storageRefused = false;

  private resolved: Resolved = { status: 'loading' };
  private shown?: Checklist;

  protected override willUpdate(): void {
    this.resolved = this.resolve();
    const r = this.resolved;
    if (r.status !== 'ready') {
      this.shown = undefined;
      this.persistence.setKey(undefined);
      return;
    }
    const key = contractKey(r.bankId, 'checklist', r.checklist.id, this.storageKey);
    if (r.checklist !== this.shown || key !== this.persistence.currentKey) {
      this.shown = r.checklist;
      this.persistence.setKey(key);
      this.restore(r.checklist);
    }
  }

  /** The checklist the controller resolved, with what this view needs from the bank. */
  private resolve(): Resolved {
    const s = this.content.state;
    if (s.status !== 'ready') return s;
    const { bank, checklist } = s.content;
    if (!checklist) return { status: 'loading' };
    return bank
      ? { status: 'ready', checklist, bankId: bank.id, bankVersion: bank.version, titles: objectiveTitles(bank) }
      : { status: 'ready', checklist, bankId: 'inline', titles: NO_TITLES };
  }

  private storage(): Storage | null {
    return this.storageArea !== undefined ? this.storageArea : (globalThis.localStorage ?? null);
  }

  /** Reads the saved state for the current key: drops unknown ids, starts fresh when it is unreadable. */
  private restore(list: Checklist): void {
    this.storageRefused = !storageAccepts(() => this.storage());
    const read = this.persistence.read();
    this.restoreNote = undefined;
    if (read.status === 'ok') {
      const { kept, dropped } = keepKnown(list, read.state.checked);
      this.checked = kept;
      if (dropped) this.restoreNote = 'partly';
    } else {
      this.checked = new Set();
      if (read.status === 'corrupt') this.restoreNote = 'corrupt';
    }
  }

  /** Another tab saved (or cleared) the same key. */
  private followExternal(saved: SavedChecklist | undefined): void {
    if (!this.shown) return;
    this.checked = saved ? keepKnown(this.shown, saved.checked).kept : new Set();
  }

  private ordered(list: Checklist): string[] {
    return list.items.filter((item) => this.checked.has(item.id)).map((item) => item.id);
  }

  private save(list: Checklist, bankVersion?: string): void {
    const checked = this.ordered(list);
    this.persistence.write({ v: 1, checked, ...(bankVersion ? { bankVersion } : {}) });
    if (this.persistence.available) this.storageRefused = false;
    this.emit('ml-checklist-change', { checked, total: list.items.length });
  }

  private toggle(event: Event, itemId: string): void {
    const r = this.resolved;
    if (r.status !== 'ready') return;
    const next = new Set(this.checked);
    if ((event.target as HTMLInputElement).checked) next.add(itemId);
    else next.delete(itemId);
    this.checked = next;
    this.save(r.checklist, r.bankVersion);
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private askReset(): void {
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  private closeDialog(): void {
    this.dialog?.close();
    this.renderRoot.querySelector<HTMLElement>('.reset')?.focus();
  }

  private confirmReset(): void {
    const r = this.resolved;
    this.closeDialog();
    if (r.status !== 'ready') return;
    this.checked = new Set();
    this.restoreNote = undefined;
    this.persistence.clear();
    this.emit('ml-checklist-change', { checked: [], total: r.checklist.items.length });
  }

  protected override render() {
    const r = this.resolved;
    if (r.status === 'loading') return html`<p class="status" role="status">${this.label('loadingContent')}</p>`;
    if (r.status === 'error')
      return errorPanel(this.label('errorTitle'), r.errors, this.label('moreErrors'), this.label('bankFailedSeeAbove'));
    const list = r.checklist;
    const total = list.items.length;
    const done = list.items.filter((item) => this.checked.has(item.id)).length;
    const notes = [
      this.persistence.available && !this.storageRefused ? '' : this.label('storageUnavailable'),
      this.restoreNote === 'corrupt' ? this.label('savedStateCorrupt') : '',
      this.restoreNote === 'partly' ? this.label('savedStateKeptPartly') : '',
    ].filter(Boolean);
    return html`<div part="base" class="checklist ${done === total ? 'complete' : ''}">
      <fieldset>
        <legend><h2>${inlineText(list.title)}</h2></legend>
        <div class="progress">
          <span id="progress-text" aria-live="polite">${format(this.label('checklistProgress'), { checked: done, total })}</span>
          <progress part="progress" aria-labelledby="progress-text" value=${done} max=${total}></progress>
        </div>
        <div class="notes" role="status">${notes.map((note) => html`<p class="notice">${note}</p>`)}</div>
        <ul class="items" role="list">
          ${list.items.map((item) => {
            const inputId = `item-${item.id}`;
            const objectives = item.objectives ?? [];
            const objectivesId = `objectives-${item.id}`;
            const checked = this.checked.has(item.id);
            return html`<li class="item ${checked ? 'checked' : ''}" part="option">
              <input
                type="checkbox"
                id=${inputId}
                .checked=${checked}
                aria-describedby=${objectives.length ? objectivesId : nothing}
                @change=${(event: Event) => this.toggle(event, item.id)}
              />
              <div class="body">
                <label for=${inputId}>${inlineText(item.text)}</label>
                ${
                  objectives.length
                    ? html`<p class="objectives" id=${objectivesId}>
                      <span class="visually-hidden">${this.label('objectives')}: </span>
                      ${objectives.map((objective, i) => {
                        // The title says what to know; the id (for the study guide) sits in the tooltip.
                        const title = r.titles.get(objective);
                        const chip = title
                          ? html`<span class="chip" title=${`${objective}: ${title}`}>${title}</span>`
                          : html`<code class="chip">${objective}</code>`;
                        return html`${chip}${i < objectives.length - 1 ? html`<span class="visually-hidden">; </span>` : nothing}`;
                      })}
                    </p>`
                    : nothing
                }
              </div>
            </li>`;
          })}
        </ul>
      </fieldset>
      <div class="footer">
        <button part="button" class="reset secondary" @click=${this.askReset}>${this.label('reset')}</button>
      </div>
      <dialog aria-labelledby="confirm-text" @close=${() => this.renderRoot.querySelector<HTMLElement>('.reset')?.focus()}>
        <p id="confirm-text">${this.label('resetConfirm')}</p>
        <div class="dialog-actions">
          <button part="button" class="confirm" @click=${this.confirmReset}>${this.label('reset')}</button>
          <button part="button" class="cancel secondary" autofocus @click=${this.closeDialog}>${this.label('cancel')}</button>
        </div>
      </dialog>
    </div>`;
  }
}

function restoreChecklist(data: unknown): SavedChecklist | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { v, checked, bankVersion } = data as Record<string, unknown>;
  if (v !== 1 || !Array.isArray(checked) || !checked.every((id) => typeof id === 'string')) return undefined;
  return { v: 1, checked: checked as string[], ...(typeof bankVersion === 'string' ? { bankVersion } : {}) };
}

function keepKnown(list: Checklist, ids: readonly string[]): { kept: Set<string>; dropped: boolean } {
  const known = new Set(list.items.map((item) => item.id));
  const kept = new Set(ids.filter((id) => known.has(id)));
  return { kept, dropped: ids.some((id) => !known.has(id)) };
}

// Keyed by the objectives list: it keeps its identity while the bank is loaded, whatever wraps it.
const titleCache = new WeakMap<object, ReadonlyMap<string, string>>();
function objectiveTitles(bank: Pick<Bank, 'objectives'>): ReadonlyMap<string, string> {
  let titles = titleCache.get(bank.objectives);
  if (!titles) {
    titles = new Map((bank.objectives ?? []).map((o) => [o.id, o.title]));
    titleCache.set(bank.objectives, titles);
  }
  return titles;
}

declare global {
  interface HTMLElementTagNameMap {
    'ml-checklist': MlChecklist;
  }
}
