import { Alert, Button, type ButtonProps, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useT } from '../i18n/use-t';
import { useCitizen } from '../layout/portal/use-citizen';

/**
 * Shows its children to a signed-in citizen; others get `needed` (what signing in is for, in the
 * module's words) with the SMS sign-in link back to this page. The heading shows either way.
 */
export function CitizenGate({ heading, needed, children }: { heading?: ReactNode; needed: string; children: ReactNode }) {
  const t = useT();
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
          title={needed}
          action={<Link to={`/portal/login?next=${encodeURIComponent(pathname + search)}`}>{t('portal.signInBySms')}</Link>}
        />
      )}
    </>
  );
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

/** A button-looking link that navigates inside the app (an <a>, never a button inside a link). */
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
