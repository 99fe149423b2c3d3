import type { DataScope } from '@tianping/common/access/permission';
import { identityErrors, type AssignmentView } from '@tianping/common/contract/identity';
import { coreErrors } from '@tianping/common/errors/codes';
import type { RequestContext, ScopedActor } from '../access/actor';
import { orgPathInScope } from '../access/scope';
import type { Kernel } from '../core/module';
import { newId, nowIso } from '../db/ids';
import { fail, notFound } from '../http/errors';
import { assignmentExists, deleteAssignment, findAssignment, heldCategories, insertAssignment } from './assignment.repository';
import { canGrantScope, isDutyConflict } from './duty.policy';
import { findRole } from './role.repository';
import { detachAssignmentFromSessions } from './session.repository';
import { orgInScope, userInScope } from './user-admin.service';
import { toAssignmentView } from './user.presenter';
import { lockUserRow, orgById } from './user.repository';

function assertNotSelf(actor: ScopedActor, userId: string) {
  if (actor.kind === 'staff' && actor.userId === userId) throw fail(identityErrors, 'SELF_ASSIGNMENT');
}

/**
 * Grants a role in an organisation with a data scope. The user and the organisation must be
 * within the granter's scope, the scope no wider than the granter's own, and the result must
 * respect 三员分立 (409 ADMIN_DUTY_CONFLICT).
 */
export async function addAssignment(
  kernel: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  userId: string,
  input: { roleId: string; orgId: string; scope: DataScope },
): Promise<AssignmentView> {
  assertNotSelf(actor, userId);
  return kernel.db.transaction().execute(async (trx) => {
    const user = await userInScope(trx, actor, userId);
    // Serialise concurrent grants to the same user, so two admin duties cannot slip in side by side.
    await lockUserRow(trx, user.id, kernel.handle.dialect === 'postgres');
    const role = await findRole(trx, input.roleId);
    if (!role) throw fail(coreErrors, 'NOT_FOUND', { field: 'roleId' });
    await orgInScope(trx, actor, input.orgId);
    if (!canGrantScope(actor.scope, input.scope)) throw fail(identityErrors, 'SCOPE_EXCEEDS_GRANTER', { field: 'scope' });
    if (await assignmentExists(trx, user.id, role.id, input.orgId)) throw fail(identityErrors, 'ASSIGNMENT_EXISTS', { field: 'roleId' });
    if (isDutyConflict(await heldCategories(trx, user.id), role.category))
      throw fail(identityErrors, 'ADMIN_DUTY_CONFLICT', { field: 'roleId' });
    const id = newId();
    await insertAssignment(trx, { id, userId: user.id, roleId: role.id, orgId: input.orgId, scope: input.scope, createdAt: nowIso() });
    const created = (await findAssignment(trx, user.id, id))!;
    await kernel.audit.record(trx, ctx, {
      action: 'identity.assignment.create',
      entityType: 'user',
      entityId: user.id,
      orgId: user.orgId,
      after: { assignmentId: id, role: role.code, orgId: input.orgId, scope: input.scope },
    });
    return toAssignmentView(created);
  });
}

/** Revokes an assignment; sessions acting under it fall back to another of the user's assignments. */
export async function removeAssignment(
  kernel: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  userId: string,
  assignmentId: string,
): Promise<void> {
  assertNotSelf(actor, userId);
  await kernel.db.transaction().execute(async (trx) => {
    const user = await userInScope(trx, actor, userId);
    const assignment = await findAssignment(trx, user.id, assignmentId);
    if (!assignment) throw notFound();
    // An assignment held in an organisation outside the remover's scope is not theirs to see.
    const org = await orgById(trx, assignment.orgId);
    if (!org || !orgPathInScope(actor, org.id, org.path)) throw notFound();
    await detachAssignmentFromSessions(trx, assignmentId);
    await deleteAssignment(trx, assignmentId);
    await kernel.audit.record(trx, ctx, {
      action: 'identity.assignment.delete',
      entityType: 'user',
      entityId: user.id,
      orgId: user.orgId,
      before: { assignmentId, role: assignment.roleCode, orgId: assignment.orgId, scope: assignment.scope },
    });
  });
}
