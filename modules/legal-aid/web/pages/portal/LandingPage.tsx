import { Space } from 'antd';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { portalApply, portalCases } from '../../paths';
import { useAidPortalT } from '../../portal-i18n';
import { LinkButton, PortalCard, PortalTitle } from './portal-parts';

/** /portal/legal-aid — what legal aid is, the steps, and the way in. */
export default function LandingPage() {
  const t = useAidPortalT();
  usePageTitle(t('title.landing'));
  return (
    <div className="tp-portal-hero">
      <PortalTitle>{t('title.landing')}</PortalTitle>
      <p style={{ fontSize: '1.05em' }}>{t('landing.intro')}</p>
      <PortalCard title={t('title.apply')}>
        <p>{t('landing.steps')}</p>
        <Space direction="vertical" style={{ width: '100%' }}>
          <LinkButton to={portalApply} type="primary" size="large" block>
            {t('landing.apply')}
          </LinkButton>
          <LinkButton to={portalCases} size="large" block>
            {t('landing.mine')}
          </LinkButton>
        </Space>
      </PortalCard>
    </div>
  );
}
