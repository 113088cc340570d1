import { css } from 'lit';

export const progressStyles = css`
  :host {
    margin-block: 1.5rem;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
  }
  h3 {
    margin: 1.25rem 0 0.5rem;
    font-size: 1rem;
  }
  [part~='readiness'] {
    font-size: 1.25rem;
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  .detail {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: start;
    padding: 0.3rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: end;
  }
  tr.objective th {
    font-weight: 400;
    padding-inline-start: 1.25rem;
  }
  [part~='chart'] {
    display: grid;
    gap: 0.4rem;
    margin-block: 0.5rem;
  }
  .bar-row {
    display: grid;
    grid-template-columns: minmax(3rem, 8rem) 1fr;
    gap: 0.5rem;
    align-items: center;
    font-size: 0.8125rem;
  }
  .track {
    position: relative;
    block-size: 0.9rem;
    border: 1px solid var(--_border);
    border-radius: 3px;
  }
  .fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    background: var(--_accent);
    forced-color-adjust: none;
  }
  .range {
    position: absolute;
    inset-block: 35%;
    background: var(--_text);
    opacity: 0.6;
  }
  .pass {
    position: absolute;
    inset-block: -3px;
    border-inline-start: 2px dashed var(--_text);
  }
  ol {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [role='alert'] {
    margin-block: 0.75rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_incorrect);
  }
  .file {
    display: none;
  }
  @media print {
    :host {
      margin: 0;
    }
    .card {
      border: none;
      box-shadow: none;
      padding: 0;
    }
    .actions,
    .notice,
    [role='status'] {
      display: none;
    }
    /* A compact report: the objective table (dozens of rows) fits on two A4 pages with the rest. */
    h2 {
      font-size: 14pt;
    }
    h3 {
      font-size: 11pt;
      margin-block: 0.6rem 0.25rem;
      break-after: avoid;
    }
    [part~='readiness'] {
      font-size: 13pt;
    }
    .detail,
    ol {
      font-size: 9pt;
    }
    table {
      font-size: 8pt;
      line-height: 1.25;
    }
    th,
    td {
      padding: 1px 4px;
    }
    td.num,
    td:last-child {
      white-space: nowrap;
    }
    thead {
      display: table-header-group;
    }
    tr,
    [part~='chart'] {
      break-inside: avoid;
    }
    /* Browsers leave backgrounds out of print by default; the bars are the chart. */
    .fill,
    .range {
      print-color-adjust: exact;
    }
  }
`;
