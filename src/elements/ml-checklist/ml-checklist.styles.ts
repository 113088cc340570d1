import { css } from 'lit';

export const checklistStyles = css`
  :host {
    margin-block: 1.5rem;
  }
  .status {
    color: var(--_muted);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    inline-size: 100%;
  }
  h2 {
    font-size: 1.25rem;
    line-height: 1.3;
    margin: 0 0 0.5rem;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin-block-end: 0.75rem;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  /* The bar's look comes from the base styles; here its size, and an outline so its extent shows at 0%. */
  progress {
    flex: 1 1 8rem;
    max-inline-size: 16rem;
    block-size: 0.625rem;
    border: 1px solid var(--_muted);
  }
  .complete progress::-webkit-progress-value {
    background: var(--_correct);
  }
  /* Compact rows with rules between them, not a card per item: sixteen items fit on a laptop screen. */
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    border-block-start: 1px solid var(--_border);
  }
  .item {
    display: grid;
    /* minmax(0, …): a one-line objective chip must not widen the column past a phone's width (a bare 1fr did). */
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.6rem;
    align-items: start;
    padding: 0.4rem 0.35rem;
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .item.checked {
    background: var(--_surface-2);
  }
  .item.checked label {
    color: var(--_muted);
  }
  input[type='checkbox'] {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0.2rem 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  label {
    cursor: pointer;
  }
  .objectives {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0.2rem 0 0;
    font-size: 0.75rem;
    line-height: 1.4;
    color: var(--_muted);
  }
  /* One line per objective title; the whole title is in the tooltip (and read in full by screen readers). */
  .chip {
    display: inline-block;
    max-inline-size: min(20rem, 100%);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    padding: 0 0.4rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
    background: var(--_surface);
  }
  .chip[title] {
    cursor: help;
  }
  .notes:not(:empty) {
    margin-block: -0.25rem 0.75rem;
  }
  .notes .notice {
    margin: 0;
  }
  .footer {
    display: flex;
    justify-content: flex-end;
    margin-block-start: 1rem;
  }
  dialog {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1.25rem;
    max-inline-size: min(24rem, calc(100vw - 2rem));
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog p {
    margin: 0 0 1rem;
    font-weight: 600;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: flex-end;
  }
  @media (forced-colors: active) {
    .chip {
      border-color: CanvasText;
    }
    progress {
      border: 1px solid CanvasText;
    }
  }
`;
