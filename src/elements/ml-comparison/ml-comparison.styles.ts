import { css } from 'lit';

export const comparisonStyles = css`
  :host {
    margin-block: 1.5rem;
    /* The layout follows the space the element gets, not the viewport. */
    container-type: inline-size;
  }
  h2 {
    font-size: 1.25rem;
    line-height: 1.3;
    margin: 0 0 0.75rem;
  }
  h3 {
    font-size: 1rem;
    margin: 0 0 0.4rem;
  }
  p {
    margin: 0 0 0.5rem;
  }
  p:last-child {
    margin-block-end: 0;
  }
  .status {
    color: var(--_muted);
  }

  /* Wide: a real table. */
  table {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.7);
    overflow: hidden;
  }
  th,
  td {
    padding: 0.6rem 0.8rem;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  th {
    background: var(--_surface-2);
    font-weight: 700;
    border-block-end: 1px solid var(--_border);
  }
  th + th,
  td + td {
    border-inline-start: 1px solid var(--_border);
  }

  /* Narrow: two labelled sections. */
  .stacked {
    display: none;
    gap: 0.75rem;
  }
  .side {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.7);
    padding: 0.6rem 0.8rem;
    overflow-wrap: anywhere;
  }
  .side h3 {
    margin: -0.6rem -0.8rem 0.5rem;
    padding: 0.5rem 0.8rem;
    background: var(--_surface-2);
    border-block-end: 1px solid var(--_border);
    border-start-start-radius: inherit;
    border-start-end-radius: inherit;
  }
  @container (max-width: 36rem) {
    table.pair {
      display: none;
    }
    .stacked {
      display: grid;
    }
  }
  @supports not (container-type: inline-size) {
    @media (max-width: 36rem) {
      table.pair {
        display: none;
      }
      .stacked {
        display: grid;
      }
    }
  }

  .trap {
    margin-block: 1rem;
    padding: 0.7rem 0.9rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_caution);
    border-radius: calc(var(--_radius) * 0.7);
    background: var(--_surface-2);
  }
  .trap h3 {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .trap-icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border-radius: 50%;
    background: var(--_caution);
    color: var(--_surface);
    font-size: 0.8rem;
    font-weight: 800;
  }

  .practice {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 1rem;
  }
  .practice-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.875rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  fieldset {
    border: 0;
    margin: 0.5rem 0 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.75rem;
  }
  legend .scenario {
    display: block;
    margin-block-end: 0.5rem;
  }
  legend .prompt {
    display: block;
    font-weight: 700;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .choice {
    flex: 1 1 10rem;
    background: transparent;
    color: var(--_text);
    border: 2px solid var(--_accent);
  }
  .choice[aria-disabled='false']:hover {
    background: var(--_surface-2);
  }
  .choice[aria-disabled='true']:not(.key, .wrong) {
    border-color: var(--_border);
  }
  .choice[aria-disabled='true'] {
    cursor: default;
  }
  .choice.key {
    border-color: var(--_correct);
  }
  .choice.wrong {
    border-color: var(--_incorrect);
  }
  .choice.chosen {
    border-style: solid;
    border-width: 3px;
  }
  .mark {
    font-weight: 800;
  }
  .key .mark {
    color: var(--_correct);
  }
  .wrong .mark {
    color: var(--_incorrect);
  }
  .feedback {
    margin-block-start: 1rem;
    padding: 0.7rem 0.9rem;
    border-radius: calc(var(--_radius) * 0.7);
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
  }
  .feedback.is-correct {
    border-inline-start-color: var(--_correct);
  }
  .feedback.is-incorrect {
    border-inline-start-color: var(--_incorrect);
  }
  .verdict {
    font-weight: 800;
    margin-block-end: 0.25rem;
  }
  .is-correct .verdict {
    color: var(--_correct);
  }
  .is-incorrect .verdict {
    color: var(--_incorrect);
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    margin-block-start: 1rem;
  }
  .summary h3 {
    font-size: 1.125rem;
  }
  .summary h3:focus {
    outline: none;
  }
  .summary h3:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .final {
    font-size: 1.125rem;
    color: var(--_text);
  }
  @media (forced-colors: active) {
    .choice.key,
    .choice.wrong,
    .trap,
    .feedback {
      border-color: CanvasText;
    }
    /* Without colour the trap still differs from feedback: a dashed frame around the "!" callout. */
    .trap {
      border-style: dashed;
      border-inline-start-style: solid;
    }
    .trap-icon {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
`;
