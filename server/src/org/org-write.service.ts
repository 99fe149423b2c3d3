import { orgErrors, type Org, type OrgCreateInput, type OrgMoveInput, type OrgUpdateInput } from '@tianping/common/contract/org';
import { coreErrors } from '@tianping/common/errors/codes';
import type { RequestContext, ScopedActor } from '../access/actor';
import type { Kernel } from '../core/module';
import type { Trx } from '../db/database';
import { newId, nowIso } from '../db/ids';
import { conflict, fail, notFound } from '../http/errors';
import { canMoveOrg } from './org.policy';
import { orgAuditSnapshot, presentOrg } from './org.presenter';
import {
  findOrgById,
  findOrgInScope,
  insertOrg,
  isOrgCodeTaken,
  lockOrg,
  rewriteSubtreePaths,
  updateOrg,
  type OrgPatch,
  type OrgRow,
} from './org.repository';
import { findRegion } from './region.repository';

type Services = Pick<Kernel, 'db' | 'audit'>;

/** Codes are business identifiers; one not given is derived from the (unique) id. */
function generatedCode(id: string): string {
  return `ORG-${id}`;
}

async function requireRegion(trx: Trx, code: string): Promise<void> {
  if (!(await findRegion(trx, code))) throw fail(orgErrors, 'ORG_REGION_UNKNOWN', { field: 'regionCode' });
}

/** The new parent: within scope (else 404 on `parentId`), locked, and active. */
async function loadParent(trx: Trx, actor: ScopedActor, parentId: string): Promise<OrgRow> {
  await lockOrg(trx, parentId);
  const parent = await findOrgInScope(trx, actor, parentId);
  if (!parent) throw fail(coreErrors, 'NOT_FOUND', { field: 'parentId' });
  if (parent.active !== 1) throw fail(orgErrors, 'ORG_PARENT_INACTIVE', { field: 'parentId' });
  return parent;
}

async function reload(trx: Trx, id: string): Promise<OrgRow> {
  const row = await findOrgById(trx, id);
  if (!row) throw notFound();
  return row;
}

export async function createOrganisation(k: Services, ctx: RequestContext, actor: ScopedActor, input: OrgCreateInput): Promise<Org> {
  return k.db.transaction().execute(async (trx) => {
    const parent = await loadParent(trx, actor, input.parentId);
    await requireRegion(trx, input.regionCode);
    if (input.code && (await isOrgCodeTaken(trx, input.code))) throw fail(orgErrors, 'ORG_CODE_TAKEN', { field: 'code' });
    const id = newId();
    const now = nowIso();
    const row = {
      id,
      code: input.code ?? generatedCode(id),
      name: input.name,
      shortName: input.shortName ?? null,
      type: input.type,
      regionCode: input.regionCode,
      parentId: parent.id,
      path: `${parent.path}${id}/`,
      depth: parent.depth + 1,
      active: 1 as const,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await insertOrg(trx, row);
    await k.audit.record(trx, ctx, {
      action: 'org.organisation.create',
      entityType: 'organisation',
      entityId: id,
      orgId: id,
      after: orgAuditSnapshot(row),
    });
    return presentOrg(await reload(trx, id), actor);
  });
}

export async function updateOrganisation(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: OrgUpdateInput,
): Promise<Org> {
  return k.db.transaction().execute(async (trx) => {
    const current = await findOrgInScope(trx, actor, id);
    if (!current) throw notFound();
    if (current.version !== input.version) throw conflict();
    const patch: OrgPatch = {};
    if (input.name !== undefined && input.name !== current.name) patch.name = input.name;
    if (input.shortName !== undefined && input.shortName !== current.shortName) patch.shortName = input.shortName;
    if (input.type !== undefined && input.type !== current.type) patch.type = input.type;
    if (input.regionCode !== undefined && input.regionCode !== current.regionCode) {
      await requireRegion(trx, input.regionCode);
      patch.regionCode = input.regionCode;
    }
    if (Object.keys(patch).length === 0) return presentOrg(current, actor);
    if (!(await updateOrg(trx, id, current.version, patch, nowIso()))) throw conflict();
    const saved = await reload(trx, id);
    await k.audit.record(trx, ctx, {
      action: 'org.organisation.update',
      entityType: 'organisation',
      entityId: id,
      orgId: id,
      before: orgAuditSnapshot(current),
      after: orgAuditSnapshot(saved),
    });
    return presentOrg(saved, actor);
  });
}

/**
 * Moves an organisation (with its whole subtree) under another parent. The new parent must
 * be within scope, active, and neither the organisation itself nor one of its descendants.
 */
export async function moveOrganisation(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: OrgMoveInput,
): Promise<Org> {
  return k.db.transaction().execute(async (trx) => {
    // Lock order child → parent, as activation does, so concurrent moves and activations cannot deadlock.
    await lockOrg(trx, id);
    const current = await findOrgInScope(trx, actor, id);
    if (!current) throw notFound();
    if (!canMoveOrg(actor, current)) throw fail(orgErrors, 'ORG_OWN_ORGANISATION');
    if (current.version !== input.version) throw conflict();
    if (input.parentId === current.parentId) return presentOrg(current, actor);
    const parent = await loadParent(trx, actor, input.parentId);
    if (parent.path.startsWith(current.path)) throw fail(orgErrors, 'ORG_MOVE_CYCLE', { field: 'parentId' });
    if (!(await updateOrg(trx, id, current.version, { parentId: parent.id }, nowIso()))) throw conflict();
    const newPath = `${parent.path}${id}/`;
    const rewritten = await rewriteSubtreePaths(trx, current.path, newPath, parent.depth + 1 - current.depth);
    const saved = await reload(trx, id);
    await k.audit.record(trx, ctx, {
      action: 'org.organisation.move',
      entityType: 'organisation',
      entityId: id,
      orgId: id,
      before: orgAuditSnapshot(current),
      after: { ...orgAuditSnapshot(saved), descendantsMoved: rewritten - 1 },
    });
    return presentOrg(saved, actor);
  });
}
