import { Link } from 'react-router';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useReconPortalT } from '../../portal-i18n';
import { LinkButton, PortalTitle } from './CitizenGate';

/** /portal/reconsideration — what reconsideration is, its rules in plain words, and the ways in. */
export default function LandingPage() {
  const t = useReconPortalT();
  usePageTitle(t('title.landing'));
  return (
    <>
      <section className="tp-portal-hero">
        <PortalTitle>{t('title.landing')}</PortalTitle>
        <p style={{ marginBottom: 16 }}>{t('landing.intro')}</p>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
          <LinkButton to="/portal/reconsideration/apply" type="primary" size="large">
            {t('landing.apply')}
          </LinkButton>
          <LinkButton to="/portal/reconsideration/cases" size="large">
            {t('landing.mine')}
          </LinkButton>
        </div>
      </section>
      <section className="tp-portal-hero" aria-labelledby="recon-rules">
        <h2 id="recon-rules" style={{ fontSize: '1.2em', marginTop: 0 }}>
          {t('landing.rules')}
        </h2>
        <ul style={{ paddingInlineStart: 20, margin: 0, lineHeight: 1.8 }}>
          <li>{t('landing.rule.period')}</li>
          <li>{t('landing.rule.free')}</li>
          <li>{t('landing.rule.one')}</li>
          <li>{t('landing.rule.agent')}</li>
        </ul>
      </section>
      <section className="tp-portal-hero">
        <ul style={{ paddingInlineStart: 20, margin: 0, lineHeight: 2 }}>
          <li>
            <Link to="/portal/reconsideration/decisions">{t('landing.decisions')}</Link>
          </li>
          <li>
            <Link to="/portal/inbox">{t('landing.inbox')}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
