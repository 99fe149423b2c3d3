import { orgErrors, type Org } from '@tianping/common/contract/org';
import type { RequestContext, ScopedActor } from '../access/actor';
import type { Kernel } from '../core/module';
import type { Trx } from '../db/database';
import { nowIso } from '../db/ids';
import { conflict, fail, notFound } from '../http/errors';
import { canDeactivateOrg } from './org.policy';
import { orgAuditSnapshot, presentOrg } from './org.presenter';
import { findOrgById, findOrgInScope, hasActiveChildren, lockOrg, updateOrg, type OrgRow } from './org.repository';

type Services = Pick<Kernel, 'db' | 'audit'>;

/** Loads (locked, within scope) an organisation whose status the actor may change. */
async function loadForStatusChange(trx: Trx, actor: ScopedActor, id: string): Promise<OrgRow> {
  await lockOrg(trx, id);
  const current = await findOrgInScope(trx, actor, id);
  if (!current) throw notFound();
  if (!canDeactivateOrg(actor, current)) throw fail(orgErrors, 'ORG_OWN_ORGANISATION');
  return current;
}

async function setActive(k: Services, trx: Trx, ctx: RequestContext, actor: ScopedActor, current: OrgRow, active: 0 | 1, reason: string) {
  if (!(await updateOrg(trx, current.id, current.version, { active }, nowIso()))) throw conflict();
  const saved = await findOrgById(trx, current.id);
  if (!saved) throw notFound();
  await k.audit.record(trx, ctx, {
    action: active ? 'org.organisation.activate' : 'org.organisation.deactivate',
    entityType: 'organisation',
    entityId: current.id,
    orgId: current.id,
    before: orgAuditSnapshot(current),
    after: orgAuditSnapshot(saved),
    reason,
  });
  return presentOrg(saved, actor);
}

/**
 * Deactivates an organisation. Organisations are never deleted (records keep pointing at
 * them); one that still has active sub-organisations cannot be deactivated.
 */
export async function deactivateOrganisation(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  reason: string,
): Promise<Org> {
  return k.db.transaction().execute(async (trx) => {
    const current = await loadForStatusChange(trx, actor, id);
    if (current.active !== 1) throw fail(orgErrors, 'ORG_ALREADY_INACTIVE');
    if (await hasActiveChildren(trx, id)) throw fail(orgErrors, 'ORG_HAS_ACTIVE_CHILDREN');
    return setActive(k, trx, ctx, actor, current, 0, reason);
  });
}

/** Activates an organisation again; its parent must be active. */
export async function activateOrganisation(k: Services, ctx: RequestContext, actor: ScopedActor, id: string, reason: string): Promise<Org> {
  return k.db.transaction().execute(async (trx) => {
    const current = await loadForStatusChange(trx, actor, id);
    if (current.active === 1) throw fail(orgErrors, 'ORG_ALREADY_ACTIVE');
    if (current.parentId) {
      await lockOrg(trx, current.parentId);
      const parent = await findOrgById(trx, current.parentId);
      if (parent?.active !== 1) throw fail(orgErrors, 'ORG_PARENT_INACTIVE', { field: 'parentId' });
    }
    return setActive(k, trx, ctx, actor, current, 1, reason);
  });
}
