import { useQuery } from '@tanstack/react-query';
import { Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { portalApi } from '../../api/portal';
import type { PortalService } from '../../api/types';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../components/use-page-title';
import { useLocale } from '../../i18n/locale-context';
import { useT } from '../../i18n/use-t';
import { ServiceIcon } from './ServiceIcon';

function ServiceCard({ service }: { service: PortalService }) {
  const { locale } = useLocale();
  const en = locale === 'en';
  return (
    <li>
      <Link to={service.path} className="tp-service-card">
        <ServiceIcon name={service.icon} />
        <span>
          <h3>{en ? service.en || service.zh : service.zh}</h3>
          <p>{en ? service.descriptionEn || service.descriptionZh : service.descriptionZh}</p>
        </span>
      </Link>
    </li>
  );
}

/** Portal home: the services enabled modules register (GET /api/portal/services); no section when there are none. */
export default function PortalHome() {
  const t = useT();
  const services = useQuery({ queryKey: ['portal', 'services'], queryFn: portalApi.services, staleTime: 5 * 60_000 });
  usePageTitle(t('portal.headline'));

  return (
    <>
      <section className="tp-portal-hero" aria-labelledby="portal-title">
        <h1 id="portal-title">{t('portal.headline')}</h1>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('portal.intro')}</Typography.Paragraph>
      </section>
      {services.isPending && <Skeleton active />}
      {services.isError && <QueryError error={services.error} onRetry={() => services.refetch()} />}
      {services.data && services.data.length > 0 && (
        <section aria-labelledby="portal-services">
          <Typography.Title level={2} id="portal-services" style={{ fontSize: '1.3em' }}>
            {t('portal.services')}
          </Typography.Title>
          <ul className="tp-service-grid">
            {services.data.map((s) => (
              <ServiceCard key={s.key} service={s} />
            ))}
          </ul>
        </section>
      )}
      <section className="tp-portal-hero" aria-labelledby="portal-staff" style={{ marginTop: 16 }}>
        <Typography.Title level={2} id="portal-staff" style={{ fontSize: '1.1em' }}>
          {t('portal.staffLogin')}
        </Typography.Title>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {t('portal.staffEntry')} <Link to="/login">{t('portal.staffLogin')}</Link>
        </Typography.Paragraph>
      </section>
    </>
  );
}
