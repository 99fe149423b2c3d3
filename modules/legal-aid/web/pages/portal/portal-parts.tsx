import type { ReactNode } from 'react';
import { CitizenGate as CoreCitizenGate, LinkButton, PortalTitle } from '../../../../../web/src/components/portal-parts';
import { useAidPortalT } from '../../portal-i18n';
import '../../components/aid.css';

/** The core's citizen gate with this module's reason to sign in. */
export function CitizenGate({ heading, children }: { heading: ReactNode; children: ReactNode }) {
  const t = useAidPortalT();
  return (
    <CoreCitizenGate heading={heading} needed={t('signIn.needed')}>
      {children}
    </CoreCitizenGate>
  );
}

export { LinkButton, PortalTitle };

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
