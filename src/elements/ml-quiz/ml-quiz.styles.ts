import { css } from 'lit';

export const quizStyles = css`
  .progress {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-variant-numeric: tabular-nums;
  }
  .progress progress {
    inline-size: 6rem;
    block-size: 0.375rem;
  }
  .nudge {
    font-size: 0.875rem;
    color: var(--_muted);
    margin: 0;
  }
  .summary h2 {
    margin: 0 0 0.25rem;
    font-size: 1.25rem;
  }
  .summary .score {
    font-size: 1.125rem;
    margin: 0 0 0.75rem;
  }
  .summary ol {
    padding-inline-start: 1.25rem;
    margin: 0.25rem 0 0;
  }
  .summary li {
    margin-block-end: 0.35rem;
    overflow-wrap: anywhere;
  }
  .notices:empty {
    display: none;
  }
  .summary h3 {
    font-size: 1rem;
    margin: 1rem 0 0.25rem;
  }
  .loading {
    color: var(--_muted);
    margin: 0;
  }
  .loading::before {
    content: '';
    display: inline-block;
    inline-size: 0.8em;
    block-size: 0.8em;
    margin-inline-end: 0.5em;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
    vertical-align: -0.05em;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
