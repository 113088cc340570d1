import { css } from 'lit';

export const bankStyles = css`
  :host {
    display: contents;
  }
  .status {
    font-size: 0.875rem;
    color: var(--_muted);
    margin: 0 0 0.5rem;
  }
`;
