import { css } from 'lit';

export const questionViewStyles = css`
  fieldset.question {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .stem {
    padding: 0;
    font-size: 1.0625rem;
    font-weight: 600;
    line-height: 1.45;
    inline-size: 100%;
    float: left; /* lets the legend wrap like a paragraph inside the fieldset */
  }
  .stem + * {
    clear: both;
  }
  .stem p {
    margin: 0 0 0.5rem;
  }
  .stem pre {
    font-weight: 400;
  }
  .hint {
    margin: 0 0 0.75rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .options {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
  }
  .option {
    min-inline-size: 0;
    position: relative;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_surface);
    transition: border-color 120ms ease, background-color 120ms ease;
  }
  .option:hover:not(:has(input:disabled)) {
    border-color: var(--_accent);
  }
  .option.selected {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .option.key {
    border-color: var(--_correct);
    background: color-mix(in srgb, var(--_correct) 10%, var(--_surface));
  }
  .option.wrong {
    border-color: var(--_incorrect);
    background: color-mix(in srgb, var(--_incorrect) 9%, var(--_surface));
  }
  .option input {
    position: absolute;
    inset-block-start: 0.95rem;
    inset-inline-start: 0.85rem;
    inline-size: 1.05rem;
    block-size: 1.05rem;
    margin: 0;
    accent-color: var(--_accent);
    display: block;
    opacity: 1;
  }
  .option label {
    display: grid;
    grid-template-columns: 1.5rem minmax(0, 1fr) 1.25rem;
    gap: 0.5rem;
    align-items: start;
    padding: 0.75rem 0.75rem 0.75rem 2.35rem;
    cursor: pointer;
    min-block-size: 2.75rem;
  }
  .option input:disabled + label {
    cursor: default;
  }
  .option input:focus-visible + label {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
    border-radius: calc(var(--_radius) * 0.8);
  }
  .letter {
    font-weight: 600;
    color: var(--_muted);
  }
  .text {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .mark {
    font-weight: 700;
    text-align: center;
  }
  .key .mark {
    color: var(--_correct);
  }
  .wrong .mark {
    color: var(--_incorrect);
  }
  .rationale {
    margin: 0;
    padding: 0 0.75rem 0.75rem 4.35rem;
    font-size: 0.9rem;
    color: var(--_text);
  }
  @media (max-width: 30rem) {
    .option label {
      grid-template-columns: 1.1rem minmax(0, 1fr) 1rem;
      gap: 0.35rem;
      padding-inline-end: 0.5rem;
    }
    .rationale {
      padding-inline: 2.35rem 0.5rem;
    }
  }
  @media (forced-colors: active) {
    .option.key,
    .option.wrong,
    .option.selected {
      border-width: 2px;
    }
  }
`;

/** The practice card's frame, shared by a quiz card or deck and the review: its spacing and its header line. */
export const practiceFrameStyles = css`
  :host {
    margin-block: 1.5rem;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    margin-block-end: 0.75rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
`;
