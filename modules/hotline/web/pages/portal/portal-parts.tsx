import type { ReactNode } from 'react';
import { CitizenGate as CoreCitizenGate, LinkButton, PortalTitle } from '../../../../../web/src/components/portal-parts';
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

/** The core's citizen gate with this module's reason to sign in. */
export function CitizenGate({ heading, children }: { heading: ReactNode; children: ReactNode }) {
  const t = useHotlinePortalT();
  return (
    <CoreCitizenGate heading={heading} needed={t('signIn.needed')}>
      {children}
    </CoreCitizenGate>
  );
}

export { LinkButton, PortalTitle };

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
