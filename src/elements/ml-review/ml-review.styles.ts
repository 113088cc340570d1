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
