import type { Instant, LocalDate } from '../db/schema';

declare module '../db/schema' {
  interface Database {
    workflowInstances: WorkflowInstanceTable;
    workflowTimers: WorkflowTimerTable;
    todoItems: TodoItemTable;
  }
}

/** The state of one case (entity) in its workflow. */
export interface WorkflowInstanceTable {
  id: string;
  entityType: string;
  entityId: string;
  workflowId: string;
  state: string;
  orgId: string;
  /** JSON `{ [transitionName]: LocalDate }`: the day each event last happened (timer anchors). */
  events: string;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/** A statutory time limit running while the instance is in `state`. */
export interface WorkflowTimerTable {
  id: string;
  instanceId: string;
  key: string;
  state: string;
  /** JSON: the period rule, or `{ statutoryPeriodId }`. */
  period: string;
  startDate: LocalDate;
  dueDate: LocalDate;
  status: 'open' | 'closed' | 'suspended';
  /** JSON: the engine's derivation (DeadlineResult steps) for `explain()`. */
  explanation: string;
  calendarVersion: string;
  /** JSON `ExcludedInterval[]` (中止 …); an open suspension has `to: null` until resumed. */
  suspensions: string;
  /** JSON `Extension[]` (延长). */
  extensions: string;
  /** The last deadline status notified (escalation fires once per timer and status). */
  escalatedStatus: 'dueSoon' | 'overdue' | null;
  openedAt: Instant;
  closedAt: Instant | null;
}

/** 待办: work waiting for a user or for anyone of an organisation. */
export interface TodoItemTable {
  id: string;
  assigneeUserId: string | null;
  assigneeOrgId: string | null;
  instanceId: string | null;
  entityType: string;
  entityId: string;
  state: string | null;
  titleZh: string;
  titleEn: string;
  url: string;
  dueDate: LocalDate | null;
  status: 'open' | 'done';
  createdAt: Instant;
  closedAt: Instant | null;
}
