import { z } from 'zod';
import { idSchema, localDateSchema, textSchema } from '@tianping/common/validation/schemas';
import { staffApplicationBodySchema } from './application';
import type { EnumLabel } from './enums';

/**
 * Duty lawyers (值班律师, 法律援助法 第十四、三十、三十七条): stations at courts, procuratorates and
 * detention centres, rosters, the help given, and monthly statistics per station.
 */

const law = (article: string) => `法律援助法 ${article}`;
const label = z.object({ zh: z.string(), en: z.string() });

export const stationHostKinds = ['court', 'procuratorate', 'detentionCentre'] as const;
export const stationHostKindSchema = z.enum(stationHostKinds);
export type StationHostKind = (typeof stationHostKinds)[number];
export const stationHostKindLabels: Readonly<Record<StationHostKind, EnumLabel>> = {
  court: { zh: '人民法院', en: 'People’s court', article: law('第十四条') },
  procuratorate: { zh: '人民检察院', en: 'People’s procuratorate', article: law('第十四条') },
  detentionCentre: { zh: '看守所', en: 'Detention centre', article: law('第十四条') },
};

/** The help of 第三十条, the presence at a guilty-plea signing (刑事诉讼法 第一百七十四条) and forwarding (第三十九条). */
export const dutyServiceKinds = [
  'consultation',
  'procedureAdvice',
  'coerciveMeasureChange',
  'caseOpinion',
  'pleaSigning',
  'applicationForwarded',
] as const;
export const dutyServiceKindSchema = z.enum(dutyServiceKinds);
export type DutyServiceKind = (typeof dutyServiceKinds)[number];
export const dutyServiceKindLabels: Readonly<Record<DutyServiceKind, EnumLabel>> = {
  consultation: { zh: '法律咨询', en: 'Legal consultation', article: law('第三十条') },
  procedureAdvice: { zh: '程序选择建议', en: 'Advice on the procedure', article: law('第三十条') },
  coerciveMeasureChange: { zh: '申请变更强制措施', en: 'Request to change a coercive measure', article: law('第三十条') },
  caseOpinion: { zh: '对案件处理提出意见', en: 'Opinion on the handling of the case', article: law('第三十条') },
  pleaSigning: {
    zh: '认罪认罚具结书签署在场',
    en: 'Present at the signing of a guilty-plea statement',
    article: '刑事诉讼法 第一百七十四条',
  },
  applicationForwarded: { zh: '转交法律援助申请', en: 'Legal aid application forwarded', article: law('第三十九条第二款') },
};

export const dutyStages = ['investigation', 'prosecution', 'trial'] as const;
export const dutyStageSchema = z.enum(dutyStages);
export const dutyStageLabels: Readonly<Record<(typeof dutyStages)[number], EnumLabel>> = {
  investigation: { zh: '侦查阶段', en: 'Investigation' },
  prosecution: { zh: '审查起诉阶段', en: 'Prosecution review' },
  trial: { zh: '审判阶段', en: 'Trial' },
};

export const stationBodySchema = z.strictObject({
  name: textSchema(200),
  hostKind: stationHostKindSchema,
  hostOrgId: idSchema.nullish(),
  hostName: textSchema(200),
  address: textSchema(300).nullish(),
  /** The centre running the station; the actor's organisation when absent. */
  orgId: idSchema.optional(),
});
export type StationBody = z.infer<typeof stationBodySchema>;

export const stationPatchSchema = z.strictObject({
  name: textSchema(200).optional(),
  hostName: textSchema(200).optional(),
  address: textSchema(300).nullish(),
  active: z.boolean().optional(),
  version: z.number().int().min(1),
});
export type StationPatch = z.infer<typeof stationPatchSchema>;

export const stationViewSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  name: z.string(),
  hostKind: stationHostKindSchema,
  hostKindLabel: label,
  hostOrgId: z.string().nullable(),
  hostName: z.string(),
  address: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  abilities: z.object({ canManage: z.boolean(), canRecordService: z.boolean() }),
});
export type StationView = z.infer<typeof stationViewSchema>;
export const stationListSchema = z.object({ items: z.array(stationViewSchema) });

export const stationIdParamsSchema = z.object({ id: idSchema });

export const rosterBodySchema = z.strictObject({
  entries: z
    .array(z.strictObject({ dutyDate: localDateSchema, providerId: idSchema }))
    .min(1)
    .max(400),
});
export type RosterBody = z.infer<typeof rosterBodySchema>;
export const rosterEntryParamsSchema = z.object({ id: idSchema, entryId: idSchema });
export const rosterQuerySchema = z.object({ from: localDateSchema, to: localDateSchema });
export const rosterEntrySchema = z.object({
  id: z.string(),
  stationId: z.string(),
  dutyDate: z.string(),
  providerId: z.string(),
  providerName: z.string(),
});
export const rosterListSchema = z.object({ items: z.array(rosterEntrySchema) });

export const serviceBodySchema = z.strictObject({
  stationId: idSchema,
  /** The duty lawyer; the actor's own provider record when absent. */
  providerId: idSchema.optional(),
  servedOn: localDateSchema,
  kinds: z
    .array(dutyServiceKindSchema.exclude(['applicationForwarded']))
    .min(1)
    .max(5),
  personName: textSchema(100),
  stage: dutyStageSchema,
  summary: textSchema(4000),
});
export type ServiceBody = z.infer<typeof serviceBodySchema>;

export const serviceViewSchema = z.object({
  id: z.string(),
  visitId: z.string(),
  stationId: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  servedOn: z.string(),
  kind: dutyServiceKindSchema,
  kindLabel: label,
  personName: z.string(),
  stage: dutyStageSchema,
  summary: z.string(),
  forwardedCaseId: z.string().nullable(),
});
export type ServiceView = z.infer<typeof serviceViewSchema>;
export const serviceListSchema = z.object({ items: z.array(serviceViewSchema) });
export const serviceListQuerySchema = z.object({ stationId: idSchema, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });

export const monthlyQuerySchema = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month as YYYY-MM' }) });
export const monthlyStatsSchema = z.object({
  stationId: z.string(),
  stationName: z.string(),
  month: z.string(),
  /** People helped (visits), services by kind, days staffed and lawyers on the roster. */
  visits: z.number().int(),
  services: z.number().int(),
  byKind: z.array(z.object({ kind: dutyServiceKindSchema, label, count: z.number().int() })),
  dutyDays: z.number().int(),
  lawyers: z.number().int(),
  forwardedApplications: z.number().int(),
});
export type MonthlyStats = z.infer<typeof monthlyStatsSchema>;

/**
 * 第三十九条第二款: an application a duty lawyer received, forwarded to the centre (within 24 hours)
 * — the application's own fields (contract/application.ts) plus the station, the lawyer, when the
 * lawyer received it and the procedure stage. The centre is the station's.
 */
export const forwardBodySchema = staffApplicationBodySchema
  .omit({
    origin: true,
    orgId: true,
    receivedOn: true,
    forwardedBy: true,
    forwarderKind: true,
    forwarderReceivedAt: true,
    forwardedAt: true,
    dutyServiceId: true,
  })
  .extend({
    stationId: idSchema,
    providerId: idSchema.optional(),
    servedOn: localDateSchema,
    stage: dutyStageSchema,
    /** When the duty lawyer received the application (ISO instant with offset). */
    receivedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type ForwardBody = z.infer<typeof forwardBodySchema>;
export const forwardResultSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  /** Forwarded more than 24 hours after the lawyer received it (第三十九条). */
  forwardedLate: z.boolean(),
  service: serviceViewSchema,
});
