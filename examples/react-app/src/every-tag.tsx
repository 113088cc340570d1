// Type checks only: the app does not import this module (a review or progress element would download the whole bank).
// Every tag of ml-quiz/react, with its own properties and event details; the wrong uses below must fail.
import type {} from 'ml-quiz/react';

export function EveryTag() {
  return (
    <>
      <ml-bank src="databricks-ml-professional" onml-bank-load={(event) => event.detail.bankId} />
      <ml-comparison bank="databricks-ml-professional" comparison="serving-modes" record="off" />
      <ml-checklist bank="databricks-ml-professional" checklist="exam-readiness" storageKey="my-list" />
      <ml-exam bank="databricks-ml-professional" record="off" progressHref="#progress" />
      <ml-review bank="databricks-ml-professional" count={10} onml-complete={(event) => event.detail.total} />
      <ml-progress bank="databricks-ml-professional" exam="mock" onml-record-import={(event) => event.detail.added} />
      {/* @ts-expect-error: count is a number */}
      <ml-review count="ten" />
      {/* @ts-expect-error: record is "on" or "off" */}
      <ml-progress record="maybe" />
      {/* @ts-expect-error: the import detail has no `score` */}
      <ml-progress onml-record-import={(event) => event.detail.score} />
    </>
  );
}
