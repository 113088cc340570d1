import { css } from 'lit';

/** The review screen of `<ml-exam>`: sticky filter bar, jump links, every question marked right or wrong. */
export const examReviewStyles = css`
  .filters {
    border: 0;
    padding: 0;
    margin: 0.5rem 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
  }
  .filters label {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
    cursor: pointer;
  }
  .reviewed {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0 0;
  }
  .reviewed .q-title {
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_muted);
    margin: 0 0 0.25rem;
  }
  /* Right is green, wrong is red, and the key is marked whether or not it was chosen. */
  .reviewed .option.key .mark {
    color: var(--_correct);
  }
  .reviewed .option.wrong .mark {
    color: var(--_incorrect);
  }
  .review-bar {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_surface);
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_border);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .review-bar .filters {
    margin: 0;
  }
  .jump {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    padding: 0;
    margin: 0.5rem 0;
    font-size: 0.8125rem;
  }
  .jump a {
    display: inline-block;
    min-inline-size: 1.75rem;
    padding: 0.2rem 0.35rem;
    text-align: center;
    border: 1px solid var(--_border);
    border-radius: 6px;
    color: var(--_text);
    text-decoration: none;
  }
  /* Right is green and solid, wrong is red and dashed: colour and shape both say it. */
  .jump a.right {
    border-color: var(--_correct);
    background: color-mix(in srgb, var(--_correct) 10%, var(--_surface));
  }
  .jump a.wrong {
    border-color: var(--_incorrect);
    border-style: dashed;
    background: color-mix(in srgb, var(--_incorrect) 8%, var(--_surface));
  }
  .reviewed > li {
    scroll-margin-block-start: 6rem;
  }
  .reviewed > li {
    padding: 0.75rem 0 1rem;
    border-block-end: 1px solid var(--_border);
  }
  .reviewed .right .verdict {
    color: var(--_correct);
  }
  .reviewed .wrong .verdict {
    color: var(--_incorrect);
  }
  .reviewed [part~='feedback'] {
    margin: 0.75rem 0 0.25rem;
    font-size: 0.9rem;
  }
  .reviewed [part~='explanation'] p {
    margin: 0 0 0.4rem;
    font-size: 0.9375rem;
  }
`;
