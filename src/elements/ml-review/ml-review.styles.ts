import { css } from 'lit';

export const reviewStyles = css`
  .header {
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
