import type { ReactNode } from 'react';
import { CitizenGate as CoreCitizenGate, LinkButton, PortalTitle } from '../../../../../web/src/components/portal-parts';
import { useReconPortalT } from '../../portal-i18n';

/** The core's citizen gate with this module's reason to sign in. */
export function CitizenGate({ heading, children }: { heading: ReactNode; children: ReactNode }) {
  const t = useReconPortalT();
  return (
    <CoreCitizenGate heading={heading} needed={t('signIn.needed')}>
      {children}
    </CoreCitizenGate>
  );
}

export { LinkButton, PortalTitle };
