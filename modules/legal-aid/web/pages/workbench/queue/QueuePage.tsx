import { CaseQueue } from './CaseQueue';

/** /workbench/legal-aid/cases — applications and notices awaiting review, assignment or in progress. */
export default function QueuePage() {
  return <CaseQueue title="page.queue" />;
}
