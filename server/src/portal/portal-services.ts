import type { PortalServiceView } from '@tianping/common/contract/portal';
import type { ServerModule } from '../core/module';

/**
 * The services enabled modules offer on the portal, in module-list order. A key registered
 * twice is a boot error, like a duplicate permission.
 */
export function collectPortalServices(modules: readonly ServerModule[]): PortalServiceView[] {
  const seen = new Map<string, string>();
  const out: PortalServiceView[] = [];
  for (const m of modules) {
    for (const s of m.portalServices ?? []) {
      const owner = seen.get(s.key);
      if (owner) throw new Error(`Portal service "${s.key}" registered twice (modules ${owner} and ${m.id})`);
      seen.set(s.key, m.id);
      out.push({ ...s });
    }
  }
  return out;
}
