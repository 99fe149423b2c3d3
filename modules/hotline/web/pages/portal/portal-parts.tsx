import { Alert, Button, type ButtonProps, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useCitizen } from '../../../../../web/src/layout/portal/use-citizen';
import { useHotlinePortalT } from '../../portal-i18n';
import './portal.css';

/** Paths of the citizen's 12348 pages. */
export const hotlinePortalPaths = {
  home: '/portal/hotline',
  ask: '/portal/hotline/ask',
  consultations: '/portal/hotline/consultations',
  consultation: (id: string) => `/portal/hotline/consultations/${encodeURIComponent(id)}`,
  qa: '/portal/hotline/qa',
  qaArticle: (id: string) => `/portal/hotline/qa/${encodeURIComponent(id)}`,
  contacts: '/portal/hotline/contacts',
};

/** Shows its children to a signed-in citizen; others get the SMS sign-in link back to this page. */
export function CitizenGate({ heading, children }: { heading: ReactNode; children: ReactNode }) {
  const t = useHotlinePortalT();
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
export function PortalCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="hl-portal-card" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** Label/value pairs, one per line on a phone. */
export function Facts({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="hl-portal-facts">
      {items.map((i) => (
        <div key={i.label}>
          <dt>{i.label}</dt>
          <dd>{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
