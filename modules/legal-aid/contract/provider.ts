import { z } from 'zod';
import { idNumberSchema, idSchema, localDateSchema, pageSchema, regionCodeSchema, textSchema } from '@tianping/common/validation/schemas';
import { providerKindSchema, type EnumLabel, type MatterKind } from './enums';

/**
 * Providers registry (法律援助人员, 法律援助法 第十二、十三、十六、十七条): specialities, practice years
 * (第二十六条), district, login, and the earlier clients and opponents the conflict check reads.
 */

/** Fields of practice; the rotation prefers a provider whose specialities contain the matter's. */
export const specialities = [
  'criminal',
  'labour',
  'family',
  'personalInjury',
  'administrative',
  'socialSecurity',
  'stateCompensation',
  'environmental',
  'minors',
  'civil',
] as const;
export const specialitySchema = z.enum(specialities);
export type Speciality = (typeof specialities)[number];
export const specialityLabels: Readonly<Record<Speciality, EnumLabel>> = {
  criminal: { zh: '刑事辩护与代理', en: 'Criminal defence and representation' },
  labour: { zh: '劳动争议（劳动报酬、工伤）', en: 'Labour (wages, work injury)' },
  family: { zh: '婚姻家庭（赡养、抚养、扶养）', en: 'Family (maintenance)' },
  personalInjury: { zh: '人身损害赔偿', en: 'Personal injury' },
  administrative: { zh: '行政诉讼与国家赔偿', en: 'Administrative litigation' },
  socialSecurity: { zh: '社会保险与社会救助', en: 'Social insurance and assistance' },
  stateCompensation: { zh: '国家赔偿', en: 'State compensation' },
  environmental: { zh: '环境资源', en: 'Environment' },
  minors: { zh: '未成年人案件', en: 'Minors' },
  civil: { zh: '一般民事', en: 'General civil matters' },
};

/**
 * The speciality a matter calls for and the wider field that still helps (the rotation's
 * speciality part). A local mapping, not law.
 */
export const matterSpeciality: Readonly<Record<MatterKind, { speciality: Speciality | null; field: Speciality | null }>> = {
  criminalDefence: { speciality: 'criminal', field: null },
  criminalVictim: { speciality: 'criminal', field: null },
  privateProsecutor: { speciality: 'criminal', field: null },
  incidentalCivilPlaintiff: { speciality: 'criminal', field: 'personalInjury' },
  stateCompensation: { speciality: 'stateCompensation', field: 'administrative' },
  socialInsurance: { speciality: 'socialSecurity', field: 'administrative' },
  pension: { speciality: 'socialSecurity', field: 'administrative' },
  maintenance: { speciality: 'family', field: 'civil' },
  wages: { speciality: 'labour', field: 'civil' },
  legalCapacity: { speciality: 'family', field: 'civil' },
  personalInjury: { speciality: 'personalInjury', field: 'civil' },
  environmental: { speciality: 'environmental', field: 'civil' },
  otherByRegulation: { speciality: 'civil', field: null },
  appealRetrial: { speciality: null, field: 'civil' },
  noticeMinor: { speciality: 'minors', field: 'criminal' },
  noticeDisabled: { speciality: 'criminal', field: null },
  noticeIncapacitated: { speciality: 'criminal', field: null },
  noticeLifeOrDeath: { speciality: 'criminal', field: null },
  noticeDeathReview: { speciality: 'criminal', field: null },
  noticeAbsentia: { speciality: 'criminal', field: null },
  noticeOtherByLaw: { speciality: 'criminal', field: null },
  noticeOrdinaryProcedure: { speciality: 'criminal', field: null },
  noticeCompulsoryTreatment: { speciality: 'criminal', field: null },
  other: { speciality: null, field: 'civil' },
};

const label = z.object({ zh: z.string(), en: z.string() });

const specialitiesSchema = z.array(specialitySchema).max(specialities.length);
const criminalYearsSchema = z.number().int().min(0).max(70);

export const providerBodySchema = z.strictObject({
  kind: providerKindSchema,
  name: textSchema(200),
  /** The centre served; the actor's organisation when absent. */
  orgId: idSchema.optional(),
  /** District (6 digits); the centre's district when absent. */
  regionCode: regionCodeSchema.optional(),
  userId: idSchema.nullish(),
  firmOrgId: idSchema.nullish(),
  specialities: specialitiesSchema.default([]),
  licenceNo: textSchema(40).nullish(),
  practiceSince: localDateSchema.nullish(),
  relevantCriminalYears: criminalYearsSchema.default(0),
  contactPhone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{5,20}$/, { message: 'invalid phone number' })
    .nullish(),
  idNumber: idNumberSchema.nullish(),
  note: textSchema(1000).nullish(),
});
export type ProviderBody = z.infer<typeof providerBodySchema>;

export const providerPatchSchema = providerBodySchema
  .omit({ kind: true, orgId: true, idNumber: true })
  .partial()
  // No defaults on a partial update: an absent field keeps its value (a default would silently reset
  // the specialities and the 第二十六条 years that the rotation and the seniority rule read).
  .extend({
    specialities: specialitiesSchema.optional(),
    relevantCriminalYears: criminalYearsSchema.optional(),
    active: z.boolean().optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type ProviderPatch = z.infer<typeof providerPatchSchema>;

export const providerListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  kind: providerKindSchema.optional(),
  speciality: specialitySchema.optional(),
  active: z.enum(['true', 'false']).optional(),
  orgId: idSchema.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ProviderListQuery = z.infer<typeof providerListQuerySchema>;

export const providerIdParamsSchema = z.object({ id: idSchema });

export const historyEntryBodySchema = z.strictObject({
  side: z.enum(['client', 'opponent']),
  name: textSchema(200),
  idNumber: idNumberSchema.nullish(),
  matter: textSchema(200).nullish(),
  date: localDateSchema.nullish(),
});
export type HistoryEntryBody = z.infer<typeof historyEntryBodySchema>;

export const historyEntryViewSchema = z.object({
  id: z.string(),
  side: z.enum(['client', 'opponent']),
  name: z.string(),
  hasIdNumber: z.boolean(),
  matter: z.string().nullable(),
  date: z.string().nullable(),
  source: z.enum(['manual', 'assignment']),
  caseId: z.string().nullable(),
  createdAt: z.string(),
});

export const providerViewSchema = z.object({
  id: z.string(),
  kind: providerKindSchema,
  kindLabel: label,
  name: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  regionCode: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  firmOrgId: z.string().nullable(),
  firmName: z.string().nullable(),
  specialities: z.array(specialitySchema),
  specialityLabels: z.array(label),
  licenceNo: z.string().nullable(),
  practiceSince: z.string().nullable(),
  relevantCriminalYears: z.number().int(),
  contactPhone: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  active: z.boolean(),
  note: z.string().nullable(),
  openCases: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ canEdit: z.boolean(), canAddHistory: z.boolean(), canReveal: z.boolean() }),
});
export type ProviderView = z.infer<typeof providerViewSchema>;

export const providerDetailSchema = providerViewSchema.extend({ history: z.array(historyEntryViewSchema) });
export type ProviderDetail = z.infer<typeof providerDetailSchema>;
export const providerPageSchema = pageSchema(providerViewSchema);
