import { css } from 'lit';

export const quizStyles = css`
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
  .sources {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
    color: var(--_muted);
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
