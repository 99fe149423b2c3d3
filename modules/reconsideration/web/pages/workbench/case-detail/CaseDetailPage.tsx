import { Skeleton, Tabs } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { PageHeading } from '../../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../../web/src/components/QueryError';
import { useCase } from '../../../api/cases';
import { caseNumberText } from '../../../components/case-number';
import { ReconPage } from '../../../components/ReconPage';
import { useReconT } from '../../../i18n';
import { DecisionTab } from '../../case-decision/DecisionTab';
import { HandlingTab } from '../../case-handling/HandlingTab';
import { AcceptanceTab } from './AcceptanceTab';
import { CaseHeader } from './CaseHeader';
import { DeadlinesCard } from './DeadlinesCard';
import { DocumentsTab } from './DocumentsTab';
import { OverviewTab } from './OverviewTab';
import { RecordTab } from './RecordTab';

/** /workbench/reconsideration/cases/:id — one case: header, running time limits, and a tab per stage. */
export default function CaseDetailPage() {
  const tr = useReconT();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const query = useCase(id);
  const c = query.data;
  const tab = params.get('tab') ?? 'overview';

  if (query.isError) {
    return (
      <>
        <PageHeading title={tr('page.detail')} />
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!c) {
    return (
      <>
        <PageHeading title={tr('page.detail')} />
        <Skeleton active />
      </>
    );
  }

  const title = `${caseNumberText(c, tr)} · ${c.applicant.name}`;
  return (
    <ReconPage>
      <PageHeading title={title} />
      <div className="tp-stack">
        <CaseHeader c={c} />
        <DeadlinesCard timers={c.timers} />
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            { key: 'overview', label: tr('detail.tab.overview'), children: <OverviewTab c={c} /> },
            { key: 'acceptance', label: tr('detail.tab.acceptance'), children: <AcceptanceTab c={c} /> },
            { key: 'handling', label: tr('detail.tab.handling'), children: <HandlingTab caseId={c.id} /> },
            { key: 'decision', label: tr('detail.tab.decision'), children: <DecisionTab caseId={c.id} /> },
            { key: 'documents', label: tr('detail.tab.documents'), children: <DocumentsTab c={c} /> },
            { key: 'record', label: tr('detail.tab.record'), children: <RecordTab c={c} /> },
          ]}
        />
      </div>
    </ReconPage>
  );
}
