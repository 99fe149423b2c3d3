import { Grid, Select, Skeleton, Tabs } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { PageHeading } from '../../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../../web/src/components/QueryError';
import { useCase } from '../../../api/cases';
import { useHandling } from '../../../api/handling';
import { MedPage } from '../../../components/MedPage';
import { useMedT } from '../../../i18n';
import { CaseActions } from './CaseActions';
import { CaseHeader } from './CaseHeader';
import { ConfirmationTab } from './ConfirmationTab';
import { DocumentsTab } from './DocumentsTab';
import { FollowupTab } from './FollowupTab';
import { OutcomeTab } from './OutcomeTab';
import { OverviewTab } from './OverviewTab';
import { PartiesTab } from './PartiesTab';
import { RecordTab } from './RecordTab';
import { ReferralsTab } from './ReferralsTab';
import { RiskTab } from './RiskTab';
import { SessionsTab } from './SessionsTab';

/** States in which there is handling to show (sessions, agreement …): after acceptance. */
const handled = new Set(['accepted', 'mediating', 'succeeded', 'failed', 'withdrawn', 'refused']);

/** /workbench/mediation/cases/:id — one case: header with the time target, actions by abilities, a tab per stage. */
export default function CaseDetailPage() {
  const tr = useMedT();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const query = useCase(id);
  const c = query.data;
  const handling = useHandling(id, Boolean(c && handled.has(c.state)));
  const h = handling.data;
  const tab = params.get('tab') ?? 'overview';
  const narrow = Grid.useBreakpoint().md === false;

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

  const needsHandling = (node: (hv: NonNullable<typeof h>) => React.ReactNode) =>
    handling.isError ? (
      <QueryError error={handling.error} onRetry={() => void handling.refetch()} />
    ) : h ? (
      node(h)
    ) : handled.has(c.state) ? (
      <Skeleton active />
    ) : (
      <p className="med-meta">{tr('detail.notYet')}</p>
    );

  return (
    <MedPage>
      <PageHeading title={`${c.caseNumber} · ${c.title}`} />
      <div className="tp-stack">
        <CaseHeader c={c} />
        <CaseActions c={c} />
        <SectionSwitch
          narrow={narrow}
          active={tab}
          label={tr('detail.section')}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            { key: 'overview', label: tr('detail.tab.overview'), children: <OverviewTab c={c} /> },
            { key: 'parties', label: tr('detail.tab.parties'), children: <PartiesTab c={c} /> },
            { key: 'sessions', label: tr('detail.tab.sessions'), children: needsHandling((hv) => <SessionsTab h={hv} />) },
            { key: 'risk', label: tr('detail.tab.risk'), children: needsHandling((hv) => <RiskTab h={hv} />) },
            { key: 'outcome', label: tr('detail.tab.outcome'), children: needsHandling((hv) => <OutcomeTab c={c} h={hv} />) },
            { key: 'followup', label: tr('detail.tab.followup'), children: needsHandling((hv) => <FollowupTab h={hv} />) },
            { key: 'confirmation', label: tr('detail.tab.confirmation'), children: needsHandling((hv) => <ConfirmationTab h={hv} />) },
            { key: 'referrals', label: tr('detail.tab.referrals'), children: <ReferralsTab c={c} /> },
            { key: 'documents', label: tr('detail.tab.documents'), children: <DocumentsTab c={c} /> },
            { key: 'record', label: tr('detail.tab.record'), children: <RecordTab c={c} h={h} /> },
          ]}
        />
      </div>
    </MedPage>
  );
}

interface SectionItem {
  key: string;
  label: string;
  children: React.ReactNode;
}

/**
 * Tabs on a wide screen; on a phone a labelled select of the sections (a tab strip that scrolls sideways
 * hides most tabs at 375 px, and its overflow button breaks the tablist's ARIA structure).
 */
function SectionSwitch({
  narrow,
  active,
  label,
  items,
  onChange,
}: {
  narrow: boolean;
  active: string;
  label: string;
  items: SectionItem[];
  onChange(key: string): void;
}) {
  if (!narrow) return <Tabs activeKey={active} onChange={onChange} items={items} />;
  const current = items.find((i) => i.key === active) ?? items[0];
  if (!current) return null;
  return (
    <>
      <label htmlFor="med-section" className="med-visually-hidden">
        {label}
      </label>
      <Select
        id="med-section"
        value={current.key}
        onChange={onChange}
        options={items.map((i) => ({ value: i.key, label: i.label }))}
        style={{ width: '100%' }}
        size="large"
      />
      <div>{current.children}</div>
    </>
  );
}
