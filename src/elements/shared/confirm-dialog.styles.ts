import { css } from 'lit';

/** The confirmation dialog's look; adopted into the host's shadow root the first time a confirmation opens. */
export const confirmDialogStyles = css`
  dialog.ml-confirm {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: 1.25rem 1.5rem;
    max-inline-size: min(28rem, calc(100vw - 2rem));
    font-family: var(--_font);
    line-height: 1.5;
  }
  dialog.ml-confirm::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog.ml-confirm h2 {
    font-size: 1.125rem;
    margin: 0 0 0.5rem;
  }
  dialog.ml-confirm p {
    margin: 0 0 1rem;
  }
  dialog.ml-confirm .confirm-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: flex-end;
  }
  @media (forced-colors: active) {
    dialog.ml-confirm {
      border: 2px solid CanvasText;
    }
  }
`;
