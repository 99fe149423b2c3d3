import { Skeleton } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useCitizen } from '../../../../../web/src/layout/portal/use-citizen';
import type { CitizenCaseItem } from '../../../contract/portal';
import { useMyCases } from '../../api/portal';
import { useReconPortalT } from '../../portal-i18n';
import { CaseStatusTag } from './case/case-status';
import { CitizenGate, LinkButton, PortalTitle } from './CitizenGate';
import { PlainList } from './PlainList';

/** /portal/reconsideration/cases — the signed-in citizen's applications, newest first, state in plain words. */
export default function CasesPage() {
  const t = useReconPortalT();
  usePageTitle(t('title.cases'));
  return (
    <CitizenGate
      heading={<PortalTitle back={{ to: '/portal/reconsideration', label: t('title.landing') }}>{t('title.cases')}</PortalTitle>}
    >
      <CaseList />
    </CitizenGate>
  );
}

function CaseList() {
  const t = useReconPortalT();
  const sep = t('common.colon');
  const { date } = useFormat();
  const { citizen } = useCitizen();
  const cases = useMyCases(Boolean(citizen));
  if (cases.isPending) return <Skeleton active />;
  if (cases.isError) return <QueryError error={cases.error} onRetry={() => cases.refetch()} />;
  return (
    <>
      <div style={{ marginBottom: 16 }}>
        <LinkButton to="/portal/reconsideration/apply" type="primary" size="large">
          {t('landing.apply')}
        </LinkButton>
      </div>
      <section className="tp-portal-hero" aria-label={t('title.cases')}>
        <PlainList<CitizenCaseItem>
          items={cases.data.items}
          empty={t('cases.empty')}
          rowKey={(c) => c.id}
          render={(c) => (
            <>
              <div style={{ fontSize: '1.05em', fontWeight: 600 }}>
                <Link to={`/portal/reconsideration/cases/${c.id}`}>
                  {t('cases.respondent')}
                  {sep}
                  {c.respondentName}
                </Link>
              </div>
              <div style={{ margin: '4px 0' }}>
                <CaseStatusTag item={c} /> {c.caseNumber ?? t('cases.noNumber')}
              </div>
              <div>
                {t('cases.body')}
                {sep}
                {c.orgName}
              </div>
              <div>
                {t('cases.received')}
                {sep}
                {date(c.receivedOn)}
                {c.closedOn && ` · ${t('cases.closed')}${sep}${date(c.closedOn)}`}
              </div>
            </>
          )}
        />
      </section>
    </>
  );
}
