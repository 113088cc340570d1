/**
 * A confirmation before clearing saved work ("New attempt", "Reset"): a modal `<dialog>` that names what will be
 * cleared, with "Cancel" focused, resolving true only when the learner confirms (Escape or Cancel: false).
 *
 * Hosts import this module on the click that needs it (`await import(...)`), so its code is not spent before the
 * question shows. The dialog is built in the host's shadow root, before Lit's rendered content so a re-render never
 * removes it, and its styles are adopted there the first time.
 */
import type { CSSResult } from 'lit';
import { confirmDialogStyles } from './confirm-dialog.styles.js';

export interface ConfirmOptions {
  /** The question, as the dialog's heading: "Start a new attempt?". */
  title: string;
  /** What will be cleared, in words the learner recognises. */
  body: string;
  /** The confirming button: "New attempt", "Reset". */
  confirm: string;
  /** The dismissing button, focused when the dialog opens: "Cancel". */
  cancel: string;
}

let dialogs = 0;

/** Opens the confirmation in `host`'s shadow root; resolves true when confirmed, false when cancelled or dismissed. */
export function confirmClear(host: HTMLElement, options: ConfirmOptions): Promise<boolean> {
  const root = host.shadowRoot;
  if (!root) return Promise.resolve(false);
  adoptStyles(root, confirmDialogStyles);
  const returnFocus = root.activeElement as HTMLElement | null;
  const id = `ml-confirm-${++dialogs}`;
  const dialog = document.createElement('dialog');
  dialog.className = 'ml-confirm';
  dialog.setAttribute('aria-labelledby', `${id}-title`);
  dialog.setAttribute('aria-describedby', `${id}-body`);
  const title = document.createElement('h2');
  title.id = `${id}-title`;
  title.textContent = options.title;
  const body = document.createElement('p');
  body.id = `${id}-body`;
  body.textContent = options.body;
  const actions = document.createElement('div');
  actions.className = 'confirm-actions';
  const confirm = button(options.confirm, 'confirm');
  const cancel = button(options.cancel, 'cancel secondary');
  actions.append(cancel, confirm);
  dialog.append(title, body, actions);
  root.prepend(dialog);
  return new Promise<boolean>((resolve) => {
    let confirmed = false;
    confirm.addEventListener('click', () => {
      confirmed = true;
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (returnFocus?.isConnected) returnFocus.focus();
      resolve(confirmed);
    });
    dialog.showModal();
    cancel.focus();
  });
}

function button(text: string, className: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.setAttribute('part', 'button');
  element.textContent = text;
  return element;
}

function adoptStyles(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
