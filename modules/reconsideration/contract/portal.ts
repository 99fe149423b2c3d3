import { z } from 'zod';
import { textSchema } from '@tianping/common/validation/schemas';

/** What the applicant sees of their own case in the portal (plain Chinese, English available). */

const label = z.object({ zh: z.string(), en: z.string() });

export const citizenCaseItemSchema = z.object({
  id: z.string(),
  caseNumber: z.string().nullable(),
  respondentName: z.string(),
  orgName: z.string(),
  state: z.string(),
  status: label,
  receivedOn: z.string(),
  closedOn: z.string().nullable(),
});
export const citizenCaseListSchema = z.object({ items: z.array(citizenCaseItemSchema) });
export type CitizenCaseItem = z.infer<typeof citizenCaseItemSchema>;

export const citizenDeadlineSchema = z.object({
  key: z.string(),
  label,
  dueDate: z.string(),
  status: z.enum(['open', 'suspended']),
  /** What the deadline means for the applicant, in plain language. */
  explanation: label,
  lines: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
});

export const citizenCaseDetailSchema = citizenCaseItemSchema.extend({
  /** What happens next, in plain language. */
  statusExplanation: label,
  actKind: z.string(),
  actDocumentNo: z.string().nullable(),
  requests: z.string(),
  deadlines: z.array(citizenDeadlineSchema),
  corrections: z.array(
    z.object({
      id: z.string(),
      items: z.array(z.string()),
      noticeOn: z.string(),
      dueOn: z.string(),
      status: z.string(),
      correctedOn: z.string().nullable(),
    }),
  ),
  documents: z.array(
    z.object({ serviceId: z.string(), fileName: z.string(), sentAt: z.string(), acknowledgedAt: z.string().nullable(), link: z.string() }),
  ),
  uploads: z.array(z.object({ id: z.string(), fileName: z.string(), createdAt: z.string() })),
  satisfaction: z.number().nullable(),
  abilities: z.object({ canCorrect: z.boolean(), canUpload: z.boolean(), canWithdraw: z.boolean(), canRate: z.boolean() }),
});
export type CitizenCaseDetail = z.infer<typeof citizenCaseDetailSchema>;

export const satisfactionBodySchema = z.strictObject({ score: z.number().int().min(1).max(5), comment: textSchema(1000).optional() });
