import { Alert, Button, type ButtonProps, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useCitizen } from '../../../../../web/src/layout/portal/use-citizen';
import { useAidPortalT } from '../../portal-i18n';
import '../../components/aid.css';

/** Shows its children to a signed-in citizen; others get the SMS sign-in link back to this page. */
export function CitizenGate({ heading, children }: { heading: ReactNode; children: ReactNode }) {
  const t = useAidPortalT();
  const { citizen, isLoading } = useCitizen();
  const { pathname, search } = useLocation();
  if (isLoading) return <Skeleton active />;
  return (
    <>
      {heading}
      {citizen ? (
        children
      ) : (
        <Alert
          type="info"
          showIcon
          title={t('signIn.needed')}
          action={<Link to={`/portal/login?next=${encodeURIComponent(pathname + search)}`}>{t('signIn.action')}</Link>}
        />
      )}
    </>
  );
}

/** The page's one h1, at the portal's size, with an optional back link. */
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

/** A button-looking link that navigates inside the app. */
export function LinkButton({ to, children, ...props }: { to: string; children: ReactNode } & Omit<ButtonProps, 'href' | 'onClick'>) {
  const navigate = useNavigate();
  return (
    <Button
      {...props}
      href={to}
      style={{ textDecoration: 'none', ...props.style }}
      onClick={(e) => {
        e.preventDefault();
        void navigate(to);
      }}
    >
      {children}
    </Button>
  );
}

/** A titled block of a portal page. */
export function PortalCard({ title, children, extra }: { title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <section className="aid-portal-card" aria-label={title}>
      <h2>{title}</h2>
      {children}
      {extra}
    </section>
  );
}
