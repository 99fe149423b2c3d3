import { Alert, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useCitizen } from '../../../../../web/src/layout/portal/use-citizen';
import { useMedPortalT } from '../../i18n/portal';

/** Shows its children to a signed-in citizen; others get the SMS sign-in link back to this page. */
export function CitizenGate({ children }: { children: ReactNode }) {
  const t = useMedPortalT();
  const { citizen, isLoading } = useCitizen();
  const { pathname, search } = useLocation();
  if (isLoading) return <Skeleton active />;
  if (!citizen) {
    return (
      <Alert
        type="info"
        showIcon
        title={t('signIn.needed')}
        action={<Link to={`/portal/login?next=${encodeURIComponent(pathname + search)}`}>{t('signIn.action')}</Link>}
      />
    );
  }
  return <>{children}</>;
}

/** The page's one h1, at the portal's size, with an optional back link above it. */
export function PortalTitle({ children, back }: { children: ReactNode; back?: { to: string; label: string } }) {
  return (
    <>
      {back && (
        <p style={{ margin: '0 0 8px' }}>
          <Link to={back.to}>‹ {back.label}</Link>
        </p>
      )}
      <h1 style={{ fontSize: '1.5em', margin: '0 0 12px' }}>{children}</h1>
    </>
  );
}

/** A portal section with its h2. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="tp-portal-hero" aria-labelledby={id}>
      <h2 id={id} style={{ fontSize: '1.2em', marginTop: 0 }}>
        {title}
      </h2>
      {children}
    </section>
  );
}
