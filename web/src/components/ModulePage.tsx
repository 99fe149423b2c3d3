import { RequirePermission } from '../access/RequirePermission';
import type { WebRoute } from '../web-module';
import { Lazy } from './Lazy';

/** A module's page behind its access key (staff layouts) — the route-level half of authorisation. */
export function ModulePage({ route }: { route: WebRoute }) {
  if (route.layout === 'portal' && route.access === undefined) return <Lazy page={route.page} />;
  return (
    <RequirePermission access={route.access}>
      <Lazy page={route.page} />
    </RequirePermission>
  );
}
