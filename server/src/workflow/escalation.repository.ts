import type { DbOrTrx } from '../db/database';

/**
 * Open timers that may need an escalation: due by `horizon` (the last "due soon" day) and not yet
 * notified for their current status (nothing yet, or only "due soon" while now overdue).
 */
export async function listEscalationCandidates(db: DbOrTrx, horizon: string, today: string, limit: number) {
  return db
    .selectFrom('workflowTimers')
    .innerJoin('workflowInstances', 'workflowInstances.id', 'workflowTimers.instanceId')
    .select([
      'workflowTimers.id',
      'workflowTimers.key',
      'workflowTimers.dueDate',
      'workflowTimers.escalatedStatus',
      'workflowTimers.instanceId',
      'workflowInstances.orgId',
      'workflowInstances.entityType',
      'workflowInstances.entityId',
    ])
    .where('workflowTimers.status', '=', 'open')
    .where('workflowTimers.dueDate', '<=', horizon)
    .where((eb) =>
      eb.or([
        eb('workflowTimers.escalatedStatus', 'is', null),
        eb.and([eb('workflowTimers.escalatedStatus', '=', 'dueSoon'), eb('workflowTimers.dueDate', '<', today)]),
      ]),
    )
    .orderBy('workflowTimers.dueDate')
    .orderBy('workflowTimers.id')
    .limit(limit)
    .execute();
}

export async function openTodoOfInstance(db: DbOrTrx, instanceId: string) {
  return db
    .selectFrom('todoItems')
    .select(['assigneeUserId', 'assigneeOrgId', 'titleZh', 'titleEn', 'url'])
    .where('instanceId', '=', instanceId)
    .where('status', '=', 'open')
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
}

/** Active users holding a role assignment in the organisation (anyone of them may pick up its todo items). */
export async function activeStaffOf(db: DbOrTrx, orgId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('userRoles')
    .innerJoin('users', 'users.id', 'userRoles.userId')
    .select('users.id')
    .distinct()
    .where('userRoles.orgId', '=', orgId)
    .where('users.active', '=', 1)
    .execute();
  return rows.map((r) => r.id);
}

export async function userOrgId(db: DbOrTrx, userId: string): Promise<string | undefined> {
  return (await db.selectFrom('users').select('orgId').where('id', '=', userId).executeTakeFirst())?.orgId;
}

/**
 * Supervisors of an organisation: active users holding a role in its parent organisation with a
 * data scope reaching down to it (subtree or city). The supervising office of a 司法所 is its
 * 区司法局, whose staff with subtree scope oversee the offices below.
 */
export async function supervisorsOf(db: DbOrTrx, orgId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('organisations')
    .innerJoin('userRoles', 'userRoles.orgId', 'organisations.parentId')
    .innerJoin('users', 'users.id', 'userRoles.userId')
    .select('users.id')
    .distinct()
    .where('organisations.id', '=', orgId)
    .where('userRoles.scope', 'in', ['subtree', 'city'])
    .where('users.active', '=', 1)
    .execute();
  return rows.map((r) => r.id);
}

export async function setEscalatedStatus(db: DbOrTrx, timerId: string, status: 'dueSoon' | 'overdue'): Promise<void> {
  await db.updateTable('workflowTimers').set({ escalatedStatus: status }).where('id', '=', timerId).execute();
}
