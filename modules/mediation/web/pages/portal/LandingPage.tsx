import { Skeleton, Tag } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { useCitizen } from '../../../../../web/src/layout/portal/use-citizen';
import { useMyCases } from '../../api/portal';
import { LinkButton } from '../../../../../web/src/components/portal-parts';
import { useMedPortalT } from '../../i18n/portal';
import { portalCasePath, portalRequestPath } from '../../paths';
import { CitizenGate, PortalTitle, Section } from './CitizenGate';

/** /portal/mediation — what people's mediation is, the request button and the citizen's own cases. */
export default function LandingPage() {
  const t = useMedPortalT();
  usePageTitle(t('title.landing'));
  return (
    <>
      <PortalTitle back={{ to: '/portal', label: t('common.home') }}>{t('title.landing')}</PortalTitle>
      <section className="tp-portal-hero" aria-label={t('title.landing')}>
        <p style={{ marginTop: 0 }}>{t('landing.intro')}</p>
        <LinkButton to={portalRequestPath} type="primary" size="large" block>
          {t('landing.request')}
        </LinkButton>
      </section>
      <Section id="med-mine" title={t('landing.mine')}>
        <CitizenGate>
          <MyCases />
        </CitizenGate>
      </Section>
    </>
  );
}

function MyCases() {
  const t = useMedPortalT();
  const text = useLocalText();
  const { date } = useFormat();
  const { citizen } = useCitizen();
  const cases = useMyCases(Boolean(citizen));
  if (cases.isPending) return <Skeleton active />;
  if (cases.isError) return <QueryError error={cases.error} onRetry={() => void cases.refetch()} />;
  if (cases.data.items.length === 0) return <p style={{ margin: 0 }}>{t('landing.empty')}</p>;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {cases.data.items.map((c, i) => (
        <li key={c.id} style={{ padding: '12px 0', borderTop: i ? '1px solid #e6e9ef' : undefined }}>
          <div style={{ fontSize: '1.05em', fontWeight: 600 }}>
            <Link to={portalCasePath(c.id)}>{c.title}</Link>
          </div>
          <div style={{ margin: '4px 0' }}>
            <Tag color={c.closedOn ? 'default' : 'blue'}>{text(c.stateLabel)}</Tag> {c.caseNumber}
          </div>
          <div>
            {t('landing.committee')}
            {t('common.colon')}
            {c.orgName}
          </div>
          <div>
            {t('landing.kind')}
            {t('common.colon')}
            {text(c.kindLabel)} · {t('landing.received')}
            {t('common.colon')}
            {date(c.receivedOn)}
          </div>
        </li>
      ))}
    </ul>
  );
}
