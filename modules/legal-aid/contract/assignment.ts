import { z } from 'zod';
import { idSchema, textSchema } from '@tianping/common/validation/schemas';
import { providerKindSchema } from './enums';

/**
 * Assignment (指派, 法律援助法 第四十三条第一款: within 3 days of the grant; 第三十六条: within 3 days of
 * a notice, with a reply to the sender): the ranked proposal with its score parts, the conflict
 * findings (律师法 第三十九条) and the seniority rule (第二十六条); the assignment itself, and the
 * replacement at the recipient's request.
 */

const label = z.object({ zh: z.string(), en: z.string() });

export const conflictFindingSchema = z.object({
  kind: z.enum(['actedForOpponent', 'actedAgainstRecipient']),
  score: z.number(),
  basis: z.enum(['idNumber', 'nameExact', 'nameSimilar', 'nameContained']),
  blocking: z.boolean(),
  via: z.enum(['self', 'firm']),
  partyRole: z.enum(['applicant', 'recipient', 'opponent']),
  partyName: z.string(),
  historyId: z.string(),
  historyProviderName: z.string(),
  historyName: z.string(),
  historyMatter: z.string().nullable(),
  historyDate: z.string().nullable(),
  reasonZh: z.string(),
  reasonEn: z.string(),
});

export const seniorityResultSchema = z.object({
  required: z.boolean(),
  satisfied: z.boolean(),
  years: z.number().int().nullable(),
  reasonZh: z.string(),
  reasonEn: z.string(),
});

export const scorePartsSchema = z.object({
  speciality: z.number(),
  district: z.number(),
  load: z.number(),
  rotation: z.number(),
  rotationPosition: z.number().int(),
});

export const candidateSchema = z.object({
  rank: z.number().int(),
  providerId: z.string(),
  name: z.string(),
  kind: providerKindSchema,
  kindLabel: label,
  firmName: z.string().nullable(),
  specialities: z.array(z.string()),
  openLoad: z.number().int(),
  periodCount: z.number().int(),
  lastAssignedAt: z.string().nullable(),
  total: z.number(),
  parts: scorePartsSchema,
  conflicts: z.array(conflictFindingSchema),
  seniority: seniorityResultSchema,
  blockers: z.array(z.enum(['conflict', 'seniority', 'kind'])),
  assignable: z.boolean(),
  needsOverride: z.boolean(),
  /** Why the candidate cannot be chosen (or needs an override), in words. */
  remarks: z.array(label),
});
export type CandidateView = z.infer<typeof candidateSchema>;

export const assignmentViewSchema = z.object({
  id: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  providerKind: providerKindSchema,
  firmName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  proposedRank: z.number().int().nullable(),
  overrideReason: z.string().nullable(),
  replacesAssignmentId: z.string().nullable(),
  replacementReason: z.string().nullable(),
  assignedOn: z.string(),
  assignedAt: z.string(),
  onTime: z.boolean(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
});
export type AssignmentView = z.infer<typeof assignmentViewSchema>;

export const proposalSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  state: z.string(),
  matterKind: z.string(),
  assignDueOn: z.string().nullable(),
  /** 第二十六条 applies (life imprisonment / death, or a death-penalty review). */
  seniorityRequired: z.boolean(),
  seniorityRule: label,
  /** The local weights and conflict levels used (configurable). */
  weights: z.object({ speciality: z.number(), district: z.number(), load: z.number(), rotation: z.number(), loadCap: z.number() }),
  conflictLevels: z.object({ blockingScore: z.number(), noticeScore: z.number() }),
  /** False while the built-in defaults apply (nobody saved the centre's own settings). */
  settingsSaved: z.boolean(),
  candidates: z.array(candidateSchema),
  current: assignmentViewSchema.nullable(),
  history: z.array(assignmentViewSchema),
  abilities: z.object({ canAssign: z.boolean(), canReplace: z.boolean() }),
});
export type ProposalView = z.infer<typeof proposalSchema>;

export const assignBodySchema = z.strictObject({
  providerId: idSchema,
  /** Required to choose a provider with a blocking conflict; recorded. */
  overrideReason: textSchema(1000, 5).optional(),
  /** 更换 at the recipient's request (第五十五条) or for another reason: the current provider is replaced. */
  replacing: z.boolean().default(false),
  reason: textSchema(1000, 2).optional(),
});
export type AssignBody = z.infer<typeof assignBodySchema>;

export const assignResultSchema = z.object({
  caseId: z.string(),
  state: z.string(),
  assignment: assignmentViewSchema,
  /** 第三十六条: for a notice, the reply to the sender (the assigned lawyer's name and contact). */
  noticeReply: z.object({ providerName: z.string(), firmName: z.string().nullable(), contactPhone: z.string().nullable() }).nullable(),
});
export type AssignResult = z.infer<typeof assignResultSchema>;

/** The local rules of the proposal (configurable, not law): rotation weights and conflict levels. */
const weightsSchema = z.strictObject({
  speciality: z.number().min(0).max(100),
  district: z.number().min(0).max(100),
  load: z.number().min(0).max(100),
  rotation: z.number().min(0).max(100),
  loadCap: z.number().int().min(1).max(100),
});
const conflictLevelsSchema = z.strictObject({ blockingScore: z.number().min(0.5).max(1), noticeScore: z.number().min(0.3).max(1) });

export const assignmentSettingsBodySchema = z
  .strictObject({ weights: weightsSchema, conflictLevels: conflictLevelsSchema, version: z.number().int().min(0) })
  .superRefine((v, ctx) => {
    if (v.conflictLevels.noticeScore > v.conflictLevels.blockingScore)
      ctx.addIssue({
        code: 'custom',
        path: ['conflictLevels', 'noticeScore'],
        message: 'the notice level cannot exceed the blocking level',
      });
  });
export type AssignmentSettingsBody = z.infer<typeof assignmentSettingsBodySchema>;

export const assignmentSettingsSchema = z.object({
  weights: weightsSchema,
  conflictLevels: conflictLevelsSchema,
  /** 0 while the defaults apply. */
  version: z.number().int(),
  saved: z.boolean(),
  updatedAt: z.string().nullable(),
  note: label,
  abilities: z.object({ canEdit: z.boolean() }),
});
export type AssignmentSettingsView = z.infer<typeof assignmentSettingsSchema>;
