import { Skeleton, Tag } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { useCitizen } from '../../../../../web/src/layout/portal/use-citizen';
import { useMyCases } from '../../api/portal';
import { portalApply, portalCase, portalHome } from '../../paths';
import { useAidPortalT } from '../../portal-i18n';
import { CitizenGate, LinkButton, PortalTitle } from './portal-parts';

/** /portal/legal-aid/cases — the citizen's applications, newest first, state in plain words. */
export default function CasesPage() {
  const t = useAidPortalT();
  usePageTitle(t('title.cases'));
  return (
    <CitizenGate heading={<PortalTitle back={{ to: portalHome, label: t('title.landing') }}>{t('title.cases')}</PortalTitle>}>
      <CaseList />
    </CitizenGate>
  );
}

function CaseList() {
  const t = useAidPortalT();
  const text = useLocalText();
  const { date } = useFormat();
  const { citizen } = useCitizen();
  const cases = useMyCases(Boolean(citizen));
  if (cases.isPending) return <Skeleton active />;
  if (cases.isError) return <QueryError error={cases.error} onRetry={() => void cases.refetch()} />;
  return (
    <>
      <div style={{ marginBottom: 16 }}>
        <LinkButton to={portalApply} type="primary" size="large" block>
          {t('landing.apply')}
        </LinkButton>
      </div>
      {cases.data.items.length === 0 ? (
        <p>{t('cases.empty')}</p>
      ) : (
        <ul aria-label={t('title.cases')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {cases.data.items.map((c) => (
            <li key={c.id} className="aid-portal-card">
              <div style={{ fontSize: '1.05em', fontWeight: 600 }}>
                <Link to={portalCase(c.id)}>{text(c.matterKindLabel)}</Link>
              </div>
              <div style={{ margin: '6px 0' }}>
                <Tag color="blue">{text(c.stateLabel)}</Tag> {c.caseNumber}
              </div>
              <div>
                {c.orgName} · {t('cases.received')}
                {t('common.colon')}
                {date(c.receivedOn)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
