import { PhoneOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useHotlinePortalT } from '../../portal-i18n';
import { hotlinePortalPaths, LinkButton, PortalCard, PortalTitle } from './portal-parts';

/** /portal/hotline — what 12348 is, its hours, the phone number, asking online and the public Q&A search. */
export default function LandingPage() {
  const t = useHotlinePortalT();
  const navigate = useNavigate();
  usePageTitle(t('title.landing'));
  return (
    <div className="tp-portal-hero">
      <PortalTitle>{t('title.landing')}</PortalTitle>
      <p style={{ fontSize: '1.05em' }}>{t('landing.intro')}</p>
      <PortalCard title={t('landing.call')}>
        <p>{t('landing.hours')}</p>
        <Button type="primary" size="large" block icon={<PhoneOutlined />} href="tel:12348">
          {t('landing.phone')}
        </Button>
      </PortalCard>
      <PortalCard title={t('landing.online')}>
        <p>{t('landing.onlineText')}</p>
        <Space direction="vertical" style={{ width: '100%' }}>
          <LinkButton to={hotlinePortalPaths.ask} type="primary" size="large" block>
            {t('landing.ask')}
          </LinkButton>
          <LinkButton to={hotlinePortalPaths.consultations} size="large" block>
            {t('landing.mine')}
          </LinkButton>
          <LinkButton to={hotlinePortalPaths.contacts} size="large" block>
            {t('landing.contacts')}
          </LinkButton>
        </Space>
      </PortalCard>
      <PortalCard title={t('landing.qa')}>
        <p>{t('landing.qaText')}</p>
        <Input.Search
          aria-label={t('landing.search')}
          placeholder={t('landing.searchPlaceholder')}
          enterButton={t('landing.search')}
          size="large"
          onSearch={(q) => void navigate(`${hotlinePortalPaths.qa}${q.trim() ? `?q=${encodeURIComponent(q.trim())}` : ''}`)}
        />
      </PortalCard>
    </div>
  );
}
