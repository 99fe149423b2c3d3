import type { Me } from '@tianping/common/contract/identity';
import type { RequestContext, StaffActor } from '../access/actor';
import type { Kernel } from '../core/module';
import type { DbOrTrx } from '../db/database';
import { notFound } from '../http/errors';
import { findAssignment, listUserAssignments } from './assignment.repository';
import { setSessionAssignment } from './session.repository';
import { loadSessionActor } from './session.service';
import { findUserById } from './user.repository';

/** The signed-in user, their assignments and the permissions of the active one. */
export async function buildMe(db: DbOrTrx, actor: StaffActor): Promise<Me> {
  const [user, assignments] = await Promise.all([findUserById(db, actor.userId), listUserAssignments(db, actor.userId)]);
  if (!user) throw notFound();
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      mustChangePassword: user.mustChangePassword === 1,
      totpEnabled: user.totpEnabled === 1,
      totpRequired: actor.restriction === 'secondFactor' || (await totpRequired(db, actor.userId)),
    },
    assignments: assignments.map((a) => ({
      id: a.id,
      orgId: a.orgId,
      orgName: a.orgName,
      roleId: a.roleId,
      roleName: a.roleName,
      roleNameEn: a.roleNameEn,
      scope: a.scope,
    })),
    activeAssignmentId: actor.assignmentId,
    permissions: [...actor.permissions].sort(),
  };
}

export async function totpRequired(db: DbOrTrx, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('userRoles as a')
    .innerJoin('roles as r', 'r.id', 'a.roleId')
    .select('a.id')
    .where('a.userId', '=', userId)
    .where('r.requireTotp', '=', 1)
    .executeTakeFirst();
  return !!row;
}

/** Switches the session to another of the user's own assignments (organisation / role switcher). */
export async function switchAssignment(kernel: Kernel, ctx: RequestContext, actor: StaffActor, assignmentId: string): Promise<Me> {
  return kernel.db.transaction().execute(async (trx) => {
    const target = await findAssignment(trx, actor.userId, assignmentId);
    if (!target) throw notFound();
    await setSessionAssignment(trx, actor.sessionId, target.id);
    const next = (await loadSessionActor(trx, kernel.clock.now(), actor.sessionId, { touch: false }))!;
    await kernel.audit.record(
      trx,
      { ...ctx, actor: next },
      {
        action: 'identity.session.switch',
        entityType: 'user',
        entityId: actor.userId,
        orgId: target.orgId,
        before: { assignmentId: actor.assignmentId },
        after: { assignmentId: target.id },
      },
    );
    return buildMe(trx, next);
  });
}
