import { z } from 'zod';
import type { PermissionDef } from '../access/permission';
import { idSchema, pageQuerySchema, pageSchema } from '../validation/schemas';

export const auditPermissions = [
  { key: 'audit.event.read', category: 'audit', zh: '查看审计日志', en: 'Read the audit log' },
  { key: 'audit.chain.verify', category: 'audit', zh: '校验审计日志完整性', en: 'Verify the integrity of the audit log' },
] as const satisfies readonly PermissionDef[];

/** Hash algorithms of the chain: SHA-256 (default) or SM3 (GB/T 32905). */
export const auditHashAlgs = ['sha256', 'sm3'] as const;
export type AuditHashAlg = (typeof auditHashAlgs)[number];

/** Why verification stopped, with the text shown to the auditor (and printed by `npm run audit:verify`). */
export const auditBreakReasons = {
  seqGap: { zh: '序号不连续：有记录被删除或插入', en: 'Sequence gap: an event was deleted or inserted' },
  prevHashMismatch: {
    zh: '与前一条记录的哈希链接不符：记录被替换或重排',
    en: 'Link to the previous event does not match: events replaced or reordered',
  },
  hashMismatch: { zh: '记录内容与其哈希不符：内容被篡改', en: 'Event content does not match its hash: content altered' },
  unknownAlgorithm: { zh: '记录使用了未知的哈希算法', en: 'The event names an unknown hash algorithm' },
  headMissing: { zh: '链头记录缺失', en: 'The chain head row is missing' },
  headMismatch: {
    zh: '链头与最后一条记录不符：末尾记录被删除或替换',
    en: 'The chain head does not match the last event: events removed or replaced at the end',
  },
  beyondHead: { zh: '链头之后存在未登记的记录', en: 'Events exist beyond the chain head' },
} as const;
export type AuditBreakReason = keyof typeof auditBreakReasons;
const breakReasonKeys = Object.keys(auditBreakReasons) as [AuditBreakReason, ...AuditBreakReason[]];

export const auditVerifyResultSchema = z.object({
  ok: z.boolean(),
  /** Events whose hash and link were checked. */
  checked: z.number().int(),
  /** Sequence number of the first event that does not verify. */
  firstBrokenSeq: z.number().int().optional(),
  reason: z.enum(breakReasonKeys).optional(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResultSchema>;

/** `<module>.<entity>.<verb>` or a leading part of it (`org`, `org.organisation`). */
export const auditActionFilterSchema = z
  .string()
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*){0,2}\.?$/, { message: 'action or action prefix' })
  .max(120);
export const auditEntityTypeSchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,59}$/, { message: 'entity type' });
export const auditEntityIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,60}$/, { message: 'entity id' });
const instantSchema = z.iso.datetime({ offset: true });

/** Filters of the audit search; `from` is inclusive, `to` exclusive. */
export const auditEventQuerySchema = pageQuerySchema
  .extend({
    actorId: idSchema.optional(),
    /** Part of the actor's display name. */
    actorName: z.string().trim().min(1).max(100).optional(),
    entityType: auditEntityTypeSchema.optional(),
    entityId: auditEntityIdSchema.optional(),
    action: auditActionFilterSchema.optional(),
    from: instantSchema.optional(),
    to: instantSchema.optional(),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { path: ['to'], message: 'to must be after from' });
export type AuditEventQuery = z.infer<typeof auditEventQuerySchema>;

export const auditEntityParamsSchema = z.object({ entityType: auditEntityTypeSchema, entityId: auditEntityIdSchema });

/** One field's change: `[before, after]`, personal data masked. */
export const auditDiffSchema = z.record(z.string(), z.tuple([z.unknown(), z.unknown()]));

export const auditEventSchema = z.object({
  seq: z.number().int(),
  id: z.string(),
  occurredAt: z.string(),
  actorType: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  diff: auditDiffSchema.nullable(),
  reason: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  hashAlg: z.string(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditEventPageSchema = pageSchema(auditEventSchema);

/** An entity's history, oldest first; `truncated` when older events were left out. */
export const auditTimelineSchema = z.object({ items: z.array(auditEventSchema), truncated: z.boolean() });
export type AuditTimeline = z.infer<typeof auditTimelineSchema>;
