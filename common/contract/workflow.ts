import { z } from 'zod';
import { defineErrorCodes } from '../errors/codes';
import { idSchema, pageSchema } from '../validation/schemas';

/** Deadline status of an open timer or todo item (common/calendar `deadlineStatus`). */
export const deadlineStatusKinds = ['normal', 'dueSoon', 'overdue'] as const;

export const todoStatuses = ['open', 'done'] as const;

export const todoListQuerySchema = z.object({
  status: z.enum(todoStatuses).default('open'),
  sort: z.enum(['dueDate', '-dueDate', 'createdAt']).default('dueDate'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TodoListQuery = z.infer<typeof todoListQuerySchema>;

export const todoItemSchema = z.object({
  id: idSchema,
  entityType: z.string(),
  entityId: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  url: z.string(),
  /** `personal` when assigned to the caller, `organisation` when to their organisation. */
  assignedTo: z.enum(['personal', 'organisation']),
  dueDate: z.iso.date().nullable(),
  deadline: z
    .object({
      status: z.enum(deadlineStatusKinds),
      remainingWorkdays: z.number().int(),
      remainingDays: z.number().int(),
      overdueWorkdays: z.number().int(),
      provisional: z.boolean(),
    })
    .nullable(),
  status: z.enum(todoStatuses),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type TodoItem = z.infer<typeof todoItemSchema>;
export const todoPageSchema = pageSchema(todoItemSchema);
export type TodoPage = z.infer<typeof todoPageSchema>;

export const workflowErrors = defineErrorCodes({
  WORKFLOW_TRANSITION_NOT_ALLOWED: {
    kind: 'Conflict',
    zh: '当前状态下不能执行该操作',
    en: 'This action is not allowed in the current state',
  },
  WORKFLOW_UNKNOWN_TRANSITION: { kind: 'Invalid', zh: '未定义的流程操作', en: 'Unknown workflow action' },
  WORKFLOW_GUARD_FAILED: { kind: 'Conflict', zh: '不满足执行该操作的条件', en: 'The conditions for this action are not met' },
  WORKFLOW_PERMISSION_DENIED: { kind: 'Forbidden', zh: '没有执行该流程操作的权限', en: 'You may not perform this workflow action' },
  WORKFLOW_TIMER_NOT_FOUND: { kind: 'NotFound', zh: '期限不存在或已结束', en: 'No such open time limit' },
  WORKFLOW_TIMER_NOT_SUSPENDED: { kind: 'Conflict', zh: '期限未中止', en: 'The time limit is not suspended' },
  WORKFLOW_TIMER_SUSPENDED: { kind: 'Conflict', zh: '期限已中止', en: 'The time limit is already suspended' },
});
export type WorkflowErrorCode = keyof typeof workflowErrors;
