import type { AssignmentView, UserDetail, UserListItem } from '@tianping/common/contract/identity';
import type { ScopedActor } from '../access/actor';
import type { AssignmentRow } from './assignment.repository';
import type { UserListRow, UserRow } from './user.repository';

/** `now` decides whether a lock is still in force. */
export function toUserListItem(u: UserListRow, now: Date): UserListItem {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    orgId: u.orgId,
    orgName: u.orgName,
    phoneMasked: u.phoneMasked,
    active: u.active === 1,
    locked: !!u.lockedUntil && u.lockedUntil > now.toISOString(),
    mustChangePassword: u.mustChangePassword === 1,
    lastLoginAt: u.lastLoginAt,
  };
}

export function toAssignmentView(a: AssignmentRow): AssignmentView {
  return {
    id: a.id,
    userId: a.userId,
    orgId: a.orgId,
    orgName: a.orgName,
    roleId: a.roleId,
    roleCode: a.roleCode,
    roleName: a.roleName,
    roleNameEn: a.roleNameEn,
    category: a.category,
    scope: a.scope,
    createdAt: a.createdAt,
  };
}

export function toUserDetail(u: UserRow, assignments: AssignmentRow[], actor: ScopedActor, now: Date): UserDetail {
  const item = toUserListItem(u, now);
  return {
    ...item,
    lockedUntil: item.locked ? u.lockedUntil : null,
    totpEnabled: u.totpEnabled === 1,
    version: u.version,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
    assignments: assignments.map(toAssignmentView),
    abilities: { canEdit: actor.permissions.has('identity.user.update'), canAssign: actor.permissions.has('identity.role.assign') },
  };
}

/** What the audit log keeps of a user: never the password hash or the TOTP secret, the phone masked. */
export function userAuditState(u: Pick<UserRow, 'username' | 'displayName' | 'orgId' | 'phoneMasked' | 'active'>) {
  return { username: u.username, displayName: u.displayName, orgId: u.orgId, phone: u.phoneMasked, active: u.active === 1 };
}
