import { css } from 'lit';

export const reviewStyles = css`
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
    font-variant-numeric: tabular-nums;
  }
  .due {
    font-weight: 600;
    color: var(--_text);
  }
  .kind {
    display: inline-block;
    padding: 0 0.4rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  [part~='feedback'] {
    margin-block-start: 1rem;
    padding: 0.875rem 1rem;
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_surface-2);
    border-inline-start: 4px solid var(--_border);
  }
  [part~='feedback'].correct {
    border-inline-start-color: var(--_correct);
  }
  [part~='feedback'].incorrect {
    border-inline-start-color: var(--_incorrect);
  }
  [part~='verdict'] {
    display: block;
    font-weight: 700;
    font-size: 1.0625rem;
    margin: 0 0 0.25rem;
  }
  .correct [part~='verdict'] {
    color: var(--_correct);
  }
  .incorrect [part~='verdict'] {
    color: var(--_incorrect);
  }
  [part~='explanation'] p {
    margin: 0 0 0.5rem;
  }
  .sources,
  .nudge,
  .loading {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .summary h2 {
    margin: 0 0 0.25rem;
    font-size: 1.25rem;
  }
  .summary p {
    margin: 0 0 0.5rem;
  }
`;
