/**
 * Shapes of the core API (docs/core-api.md), taken from the shared zod contract in
 * common/contract as types only: nothing of zod reaches the browser bundle.
 */
import type { DataScope, PermissionCategory } from '@tianping/common/access/permission';
import type { AuditEvent as AuditEventView, AuditTimeline, AuditVerifyResult } from '@tianping/common/contract/audit';
import type { CitizenView } from '@tianping/common/contract/citizen';
import type {
  AssignmentView,
  Me,
  permissionViewSchema,
  RoleView,
  totpSetupSchema,
  UserDetail,
  UserListItem,
} from '@tianping/common/contract/identity';
import type { Org, OrgTreeNode, Region } from '@tianping/common/contract/org';
import type { PortalServiceView } from '@tianping/common/contract/portal';
import type { OutboxItem } from '@tianping/common/contract/sms';
import type { CreatedToken, TokenView } from '@tianping/common/contract/tokens';
import type { z } from 'zod';

export type { AuditTimeline, AuditVerifyResult, DataScope, Me, Org, OrgTreeNode, PermissionCategory, Region, UserDetail };

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** An assignment as carried by `Me` (the user's own) or by a user's detail (administration). */
export type Assignment = Me['assignments'][number] & Partial<Pick<AssignmentView, 'roleCode' | 'category' | 'createdAt'>>;
export type TotpSetup = z.infer<typeof totpSetupSchema>;
export type PermissionInfo = z.infer<typeof permissionViewSchema>;
export type Role = RoleView;
export type UserSummary = UserListItem;
export type OrgType = { code: string; zh: string; en: string };
export type ApiToken = TokenView;
export type { CreatedToken };
export type AuditEvent = AuditEventView;
export type AuditDiff = NonNullable<AuditEventView['diff']>;
export type SmsMessage = OutboxItem;
export type PortalService = PortalServiceView;
export type Citizen = CitizenView;
