import type { ReactNode } from 'react';
import { CitizenGate as CoreCitizenGate, PortalTitle } from '../../../../../web/src/components/portal-parts';
import { useMedPortalT } from '../../i18n/portal';

/** The core's citizen gate with this module's reason to sign in. */
export function CitizenGate({ children }: { children: ReactNode }) {
  const t = useMedPortalT();
  return <CoreCitizenGate needed={t('signIn.needed')}>{children}</CoreCitizenGate>;
}

export { PortalTitle };

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
