import { CaseQueue } from './CaseQueue';

/** /workbench/legal-aid/notices — mandatory-defence notices (第二十五、二十八、三十六条), assigned within 3 days. */
export default function NoticesPage() {
  return <CaseQueue title="page.notices" origin="notice" />;
}
