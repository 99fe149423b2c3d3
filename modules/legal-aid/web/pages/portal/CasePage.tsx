import { Alert, Skeleton, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { useMyCase, useMyCasework } from '../../api/portal';
import { portalCases } from '../../paths';
import { useAidPortalT } from '../../portal-i18n';
import { CaseActions } from './case/CaseActions';
import { MaterialsAnswer } from './case/MaterialsAnswer';
import { CitizenGate, PortalCard, PortalTitle } from './portal-parts';

/** /portal/legal-aid/cases/:id — state, every deadline explained, decision, documents served, and what the applicant may do. */
export default function CasePage() {
  const t = useAidPortalT();
  usePageTitle(t('title.case'));
  return (
    <CitizenGate heading={<PortalTitle back={{ to: portalCases, label: t('title.cases') }}>{t('title.case')}</PortalTitle>}>
      <CaseView />
    </CitizenGate>
  );
}

function CaseView() {
  const t = useAidPortalT();
  const text = useLocalText();
  const { date } = useFormat();
  const { id = '' } = useParams();
  const query = useMyCase(id);
  const work = useMyCasework(id);
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;
  if (!c) return <Skeleton active />;
  const w = work.data;
  return (
    <div className="tp-portal-hero">
      <PortalCard title={t('case.state')}>
        <p style={{ fontSize: '1.15em', margin: '0 0 4px' }}>
          <Tag color="blue" style={{ fontSize: '1em', padding: '2px 8px' }}>
            {text(c.stateLabel)}
          </Tag>
        </p>
        <p style={{ margin: 0 }}>
          {text(c.matterKindLabel)} · {c.orgName}
        </p>
        <p style={{ margin: 0 }}>
          {c.caseNumber} · {date(c.receivedOn)}
        </p>
        {c.transferredToOrgName && (
          <Alert type="info" title={t('case.transferredTo', { name: c.transferredToOrgName })} style={{ marginTop: 8 }} />
        )}
      </PortalCard>
      {c.deadlines.length > 0 && (
        <PortalCard title={t('case.deadlines')}>
          <ul className="aid-list">
            {c.deadlines.map((d) => (
              <li key={d.key}>
                <strong>{text(d.label)}</strong>
                {t('common.colon')}
                {date(d.dueDate)}
                {d.status === 'closed' && <Tag style={{ marginInlineStart: 8 }}>{t('case.deadlineDone')}</Tag>}
                <details style={{ color: 'rgba(0,0,0,0.75)' }}>
                  <summary>{t('case.why')}</summary>
                  {text(d.explanation)}
                </details>
              </li>
            ))}
          </ul>
        </PortalCard>
      )}
      {c.decidedOn && (
        <PortalCard title={t('case.decision')}>
          <p style={{ margin: 0 }}>
            {date(c.decidedOn)} · {t(c.state === 'denied' ? 'case.deniedDecision' : 'case.grantedDecision')}
          </p>
          {c.decisionReason && <p style={{ whiteSpace: 'pre-wrap' }}>{c.decisionReason}</p>}
        </PortalCard>
      )}
      {c.materialRequest && <MaterialsAnswer c={c} />}
      {w && w.hearings.length > 0 && (
        <PortalCard title={t('case.hearings')}>
          <ul className="aid-list">
            {w.hearings.map((h, i) => (
              <li key={i}>
                {date(h.occurredOn)} {h.time ?? ''} {h.place ?? ''} · {h.title}
              </li>
            ))}
          </ul>
        </PortalCard>
      )}
      {w?.closure && (
        <PortalCard title={t('case.closure')}>
          {date(w.closure.closedOn)} · {text(w.closure.resultLabel)}
        </PortalCard>
      )}
      <PortalCard title={t('case.documents')}>
        {c.documents.length === 0 ? (
          <p>{t('case.noDocs')}</p>
        ) : (
          <ul className="aid-list">
            {c.documents.map((d) => (
              <li key={d.id}>
                <Link to="/portal/inbox" style={{ textDecoration: 'underline' }}>
                  {d.fileName}
                </Link>{' '}
                · {date(d.createdAt)}
              </li>
            ))}
          </ul>
        )}
        <p style={{ color: 'rgba(0,0,0,0.7)', margin: 0 }}>{t('case.docsHelp')}</p>
      </PortalCard>
      <CaseActions c={c} w={w ?? null} />
    </div>
  );
}
