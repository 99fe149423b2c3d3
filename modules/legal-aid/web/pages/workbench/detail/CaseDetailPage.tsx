import { Skeleton, Tabs } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { useCan } from '../../../../../../web/src/access/can';
import { PageHeading } from '../../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../../web/src/components/QueryError';
import { useCase } from '../../../api/cases';
import { AidPage } from '../../../components/AidPage';
import { useAidT } from '../../../i18n';
import { CaseworkTab } from '../casework/CaseworkTab';
import { AssignmentTab } from '../assignment/AssignmentTab';
import { ObjectionsTab } from '../objection/ObjectionsTab';
import { QualityTab } from '../quality/QualityTab';
import { DocumentsTab } from './DocumentsTab';
import { OverviewTab } from './OverviewTab';
import { ReviewTab } from './ReviewTab';
import { TimersCard } from './TimersCard';

const afterGrant = ['granted', 'assigned', 'closed', 'terminated'];
const worked = ['assigned', 'closed', 'terminated'];

/** /workbench/legal-aid/cases/:id — one case: its clocks and a tab per stage. */
export default function CaseDetailPage() {
  const tr = useAidT();
  const can = useCan();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const query = useCase(id);
  const c = query.data;
  const tab = params.get('tab') ?? 'overview';

  if (query.isError || !c) {
    return (
      <>
        <PageHeading title={tr('page.detail')} />
        {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : <Skeleton active />}
      </>
    );
  }

  const items = [
    { key: 'overview', label: tr('tab.overview'), children: <OverviewTab c={c} /> },
    { key: 'review', label: tr('tab.review'), children: <ReviewTab c={c} /> },
    afterGrant.includes(c.state) && can('legalAid.assignment.manage')
      ? { key: 'assignment', label: tr('tab.assignment'), children: <AssignmentTab c={c} /> }
      : null,
    worked.includes(c.state) ? { key: 'casework', label: tr('tab.casework'), children: <CaseworkTab c={c} /> } : null,
    ['denied', 'terminated', 'received', 'assigned'].includes(c.state) &&
    can({ anyOf: ['legalAid.application.read', 'legalAid.objection.decide'] })
      ? { key: 'objections', label: tr('tab.objections'), children: <ObjectionsTab caseId={c.id} /> }
      : null,
    worked.includes(c.state) && can('legalAid.quality.manage')
      ? { key: 'quality', label: tr('tab.quality'), children: <QualityTab caseId={c.id} /> }
      : null,
    { key: 'documents', label: tr('tab.documents'), children: <DocumentsTab c={c} /> },
  ].filter((x) => x !== null);

  return (
    <AidPage>
      <PageHeading title={`${c.caseNumber} · ${c.applicantName}`} />
      <div className="tp-stack">
        <TimersCard c={c} />
        <Tabs
          activeKey={items.some((i) => i.key === tab) ? tab : 'overview'}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={items}
        />
      </div>
    </AidPage>
  );
}
