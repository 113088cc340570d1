import { css } from 'lit';

export const examStyles = css`
  :host {
    margin-block: 1.5rem;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0 0 0.5rem;
  }
  h3 {
    font-size: 1rem;
    margin: 1.25rem 0 0.5rem;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0.75rem 0;
  }
  .facts div {
    min-inline-size: 6rem;
  }
  .facts dt {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 600;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    max-inline-size: 40rem;
    margin: 0.5rem 0;
    font-size: 0.9375rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.35rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    font-weight: 400;
  }
  /* The table's text lines up with the headings above it. */
  th:first-child {
    padding-inline-start: 0;
  }
  :is(th, td):last-child {
    padding-inline-end: 0;
  }
  thead th {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .untimed {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin: 0.75rem 0;
    cursor: pointer;
  }
  .untimed input,
  .filters input {
    inline-size: 1.05rem;
    block-size: 1.05rem;
    margin: 0;
    accent-color: var(--_accent);
    display: inline-block;
    opacity: 1;
    position: static;
  }
  .bar {
    /* The timer stays in view while a long question scrolls (phones above all). */
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_surface);
    padding-block-start: 0.5rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    margin-block-end: 0.75rem;
    padding-block-end: 0.75rem;
    border-block-end: 1px solid var(--_border);
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    font-size: 0.875rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .progress progress {
    inline-size: clamp(4rem, 20vw, 10rem);
    block-size: 0.4rem;
  }
  [part~='timer'] {
    font-family: var(--_font-mono);
    font-size: 1.125rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    padding: 0.2rem 0.6rem;
    border-radius: 999px;
    background: var(--_surface-2);
  }
  [part~='timer'].low {
    color: var(--_incorrect);
  }
  [part~='timer'].untimed {
    font-family: var(--_font);
    font-size: 0.8125rem;
    font-weight: 400;
    color: var(--_muted);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25rem;
  }
  @container (min-width: 52rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) 13.5rem;
    }
  }
  .exam {
    container-type: inline-size;
  }
  .flag.on {
    background: color-mix(in srgb, var(--_accent) 18%, var(--_surface));
    border: 2px solid var(--_accent);
    font-weight: 700;
  }
  .flag [aria-hidden] {
    color: var(--_caution);
  }
  .navigator ol {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(2.25rem, 1fr));
    gap: 0.3rem;
  }
  .navigator button {
    min-block-size: 2.25rem;
    inline-size: 100%;
    padding: 0;
    font-size: 0.8125rem;
    font-weight: 500;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: 6px;
    position: relative;
  }
  .navigator button.answered {
    /* A fill and a bar under the number: answered reads at a glance in light and dark, not by a faint tint. */
    background: color-mix(in srgb, var(--_accent) 30%, var(--_surface));
    border-color: var(--_accent);
    box-shadow: inset 0 -3px 0 var(--_accent);
  }
  .navigator button.flagged::after {
    content: '⚑';
    position: absolute;
    inset-block-start: 0.1rem;
    inset-inline-end: 0.15rem;
    font-size: 0.75rem;
    line-height: 1;
    color: var(--_caution);
  }
  .navigator button.current {
    border: 2px solid var(--_accent);
    font-weight: 700;
  }
  .legend {
    display: flex;
    align-items: center;
    gap: 0.35rem;
    font-size: 0.75rem;
    color: var(--_muted);
    margin: 0.5rem 0 0;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 3px;
    border: 1px solid var(--_border);
  }
  .swatch.answered {
    background: color-mix(in srgb, var(--_accent) 30%, var(--_surface));
    border-color: var(--_accent);
    box-shadow: inset 0 -2px 0 var(--_accent);
  }
  .swatch.flagged {
    border: 0;
    inline-size: auto;
    block-size: auto;
    color: var(--_caution);
    margin-inline-start: 0.5rem;
  }
  .swatch.flagged::before {
    content: '⚑';
  }
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: 1.25rem 1.5rem;
    max-inline-size: min(28rem, calc(100vw - 2rem));
    font-family: var(--_font);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog ul {
    list-style: none;
    margin: 0.5rem 0 1rem;
    padding: 0;
  }
  dialog li {
    color: var(--_muted);
  }
  /* Unanswered questions are the reason to go back: the count is what the eye lands on. */
  dialog li.unanswered {
    font-size: 1.25rem;
    font-weight: 700;
    color: var(--_text);
  }
  dialog .actions {
    margin-block-start: 0;
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.4rem 1rem;
    margin: 0.25rem 0 0.5rem;
  }
  [part~='verdict'] {
    font-size: 1.5rem;
  }
  [part~='verdict'].pass {
    color: var(--_correct);
  }
  [part~='verdict'].fail {
    color: var(--_incorrect);
  }
  .percent {
    font-size: 1.5rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .chart {
    margin: 0.25rem 0 0.5rem;
    inline-size: 100%;
    /* As wide as the table below it: bars stretched over a desktop page are hard to compare. */
    max-inline-size: 40rem;
  }
  .note {
    margin: 0.25rem 0 0.75rem;
  }
  .notice + .notice {
    margin-block-start: 0.5rem;
  }
  .progress-link {
    text-decoration: none;
  }
  .chart svg {
    overflow: visible;
    display: block;
  }
  .chart .label {
    font-size: 0.75rem;
    fill: var(--_text);
  }
  .chart .track {
    fill: var(--_surface-2);
  }
  .chart .bar.pass {
    fill: var(--_correct);
  }
  .chart .bar.fail {
    fill: var(--_incorrect);
  }
  .chart .ci {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .chart .passline {
    stroke: var(--_text);
    stroke-dasharray: 3 3;
  }
  .chart .passlabel {
    font-size: 0.6875rem;
    fill: var(--_muted);
  }
  .weakest {
    padding-inline-start: 1.25rem;
    margin: 0;
  }
  .weakest li {
    margin-block-end: 0.3rem;
  }
  .practice {
    margin-block-start: 1.25rem;
  }
  .loading {
    color: var(--_muted);
  }
  @media (max-width: 30rem) {
    /* Four columns fit 320 px when the cells are tighter (domain names wrap). */
    table {
      font-size: 0.875rem;
    }
    th,
    td {
      padding-inline: 0.25rem;
    }
    .actions {
      gap: 0.4rem;
    }
    .actions .spacer {
      display: none;
    }
  }
  @media (forced-colors: active) {
    /* System colours and shapes, not tints: unanswered dashed, answered solid and thick, current outlined. */
    .navigator button {
      border: 1px dashed CanvasText;
    }
    .navigator button.answered {
      border: 3px solid CanvasText;
      box-shadow: none;
    }
    .swatch.answered {
      border: 2px solid CanvasText;
      box-shadow: none;
    }
    .navigator button.current {
      outline: 3px solid Highlight;
      outline-offset: 1px;
    }
    .navigator button.flagged::after,
    .swatch.flagged,
    .flag [aria-hidden] {
      forced-color-adjust: none;
      color: LinkText;
    }
    .flag {
      border-style: dashed;
    }
    .flag.on {
      border: 3px solid Highlight;
    }
    .chart .bar {
      fill: CanvasText;
    }
  }
`;
