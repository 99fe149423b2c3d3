import { z } from 'zod';
import { idSchema, localDateSchema, pageQuerySchema, pageSchema, textSchema } from '@tianping/common/validation/schemas';
import { disputeKindSchema, type EnumLabel } from './enums';

/**
 * Mediation organisations and people (人民调解法 第七–第十六条): committees of every kind with their
 * members (3–9, at least one woman, one chair, 3-year terms), mediators with training and discipline.
 */
const law = (article: string) => `人民调解法 ${article}`;

/** 第八条: 村（居）委会、企业事业单位设立; street/town committees and industry/professional committees (local practice). */
export const committeeKinds = ['village', 'street', 'enterprise', 'industry'] as const;
export const committeeKindSchema = z.enum(committeeKinds);
export type CommitteeKind = (typeof committeeKinds)[number];
export const committeeKindLabels: Readonly<Record<CommitteeKind, EnumLabel>> = {
  village: { zh: '村（居）民委员会人民调解委员会', en: 'Village / community committee', article: law('第八条第一款') },
  street: { zh: '乡镇（街道）人民调解委员会', en: 'Town / street committee' },
  enterprise: { zh: '企业事业单位人民调解委员会', en: 'Enterprise / institution committee', article: law('第八条第一款') },
  industry: { zh: '行业性、专业性人民调解委员会', en: 'Industry / professional committee', article: law('第三十四条') },
};

export const industryFields = [
  'medical',
  'labour',
  'property',
  'traffic',
  'family',
  'commercial',
  'consumer',
  'environment',
  'other',
] as const;
export const industryFieldSchema = z.enum(industryFields);
export type IndustryField = (typeof industryFields)[number];
export const industryFieldLabels: Readonly<Record<IndustryField, EnumLabel>> = {
  medical: { zh: '医疗纠纷', en: 'Medical' },
  labour: { zh: '劳动争议', en: 'Labour' },
  property: { zh: '物业管理', en: 'Property management' },
  traffic: { zh: '道路交通', en: 'Road traffic' },
  family: { zh: '婚姻家庭', en: 'Marriage and family' },
  commercial: { zh: '商事', en: 'Commercial' },
  consumer: { zh: '消费', en: 'Consumer' },
  environment: { zh: '生态环境', en: 'Environment' },
  other: { zh: '其他', en: 'Other' },
};

export const memberGenders = ['female', 'male'] as const;
export const memberGenderSchema = z.enum(memberGenders);
export type MemberGender = (typeof memberGenders)[number];

export const memberRoles = ['chair', 'viceChair', 'member'] as const;
export const memberRoleSchema = z.enum(memberRoles);
export type MemberRole = (typeof memberRoles)[number];
export const memberRoleLabels: Readonly<Record<MemberRole, EnumLabel>> = {
  chair: { zh: '主任', en: 'Chair', article: law('第八条第二款') },
  viceChair: { zh: '副主任', en: 'Vice-chair', article: law('第八条第二款') },
  member: { zh: '委员', en: 'Member' },
};

/** Local rule (the law is silent): how many days before a term ends the supervising office is warned. */
export const TERM_WARNING_DAYS = 60;

export const memberInputSchema = z.strictObject({
  name: textSchema(100),
  gender: memberGenderSchema,
  role: memberRoleSchema,
  termStartOn: localDateSchema,
  /** Defaults to the day before the third anniversary of the start (第九条第二款: 每届任期三年). */
  termEndOn: localDateSchema.optional(),
  mediatorId: idSchema.nullable().optional(),
});
export type MemberInput = z.infer<typeof memberInputSchema>;

const committeeFields = {
  kind: committeeKindSchema,
  industryField: industryFieldSchema.nullable().optional(),
  establishedOn: localDateSchema.nullable().optional(),
  address: textSchema(300).nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  sponsor: textSchema(200).nullable().optional(),
  /** The guiding justice office or bureau (第五条); defaults to the nearest justice office above. */
  supervisingOrgId: idSchema.nullable().optional(),
  /** Members are validated on the array (3–9, a woman, one chair): no min/max here so the domain answers with its code. */
  members: z.array(memberInputSchema).max(50),
};
export const committeeCreateSchema = z.strictObject({ orgId: idSchema, ...committeeFields });
export type CommitteeCreateInput = z.infer<typeof committeeCreateSchema>;
export const committeeUpdateSchema = z.strictObject({ version: z.number().int().min(1), ...committeeFields });
export type CommitteeUpdateInput = z.infer<typeof committeeUpdateSchema>;

export const committeeParamsSchema = z.strictObject({ orgId: idSchema });

export const committeeListQuerySchema = pageQuerySchema.extend({
  kind: committeeKindSchema.optional(),
  q: z.string().trim().min(1).max(100).optional(),
  /** Only committees with a member term ending within the warning period (or ended). */
  termWarning: z.enum(['true', 'false']).optional(),
});
export type CommitteeListQuery = z.infer<typeof committeeListQuerySchema>;

export const termWarningSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  role: memberRoleSchema,
  termEndOn: z.string(),
  daysLeft: z.number().int(),
  expired: z.boolean(),
});
export type TermWarning = z.infer<typeof termWarningSchema>;

export const memberSchema = z.object({
  id: z.string(),
  name: z.string(),
  gender: memberGenderSchema,
  role: memberRoleSchema,
  termStartOn: z.string(),
  termEndOn: z.string(),
  mediatorId: z.string().nullable(),
});
export type Member = z.infer<typeof memberSchema>;

export const committeeSummarySchema = z.object({
  orgId: z.string(),
  name: z.string(),
  orgType: z.string(),
  kind: committeeKindSchema,
  industryField: industryFieldSchema.nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  memberCount: z.number().int(),
  womenCount: z.number().int(),
  mediatorCount: z.number().int(),
  warningCount: z.number().int(),
});
export type CommitteeSummary = z.infer<typeof committeeSummarySchema>;
export const committeePageSchema = pageSchema(committeeSummarySchema);
export type CommitteePage = z.infer<typeof committeePageSchema>;

export const committeeDetailSchema = committeeSummarySchema.extend({
  establishedOn: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  sponsor: z.string().nullable(),
  supervisingOrgId: z.string().nullable(),
  supervisingOrgName: z.string().nullable(),
  members: z.array(memberSchema),
  warnings: z.array(termWarningSchema),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), addMediator: z.boolean() }),
});
export type CommitteeDetail = z.infer<typeof committeeDetailSchema>;

/** Organisations in scope that can become a committee and are not one yet. */
export const committeeCandidateSchema = z.object({ id: z.string(), name: z.string(), type: z.string(), regionCode: z.string() });
export const committeeCandidatesSchema = z.object({ items: z.array(committeeCandidateSchema) });
export type CommitteeCandidate = z.infer<typeof committeeCandidateSchema>;

// ——— mediators ———

export const employmentKinds = ['fullTime', 'partTime'] as const;
export const employmentSchema = z.enum(employmentKinds);
export type Employment = (typeof employmentKinds)[number];
export const employmentLabels: Readonly<Record<Employment, EnumLabel>> = {
  fullTime: { zh: '专职', en: 'Full-time' },
  partTime: { zh: '兼职', en: 'Part-time' },
};

export const mediatorStatuses = ['active', 'suspended', 'dismissed'] as const;
export const mediatorStatusSchema = z.enum(mediatorStatuses);
export type MediatorStatus = (typeof mediatorStatuses)[number];
export const mediatorStatusLabels: Readonly<Record<MediatorStatus, EnumLabel>> = {
  active: { zh: '在岗', en: 'Active' },
  suspended: { zh: '暂停调解工作', en: 'Suspended' },
  dismissed: { zh: '已罢免或解聘', en: 'Dismissed', article: law('第十五条') },
};

/** 第十五条 (一)–(四): conduct that leads to discipline. */
export const mediatorProhibitions = ['partiality', 'insult', 'bribery', 'disclosure'] as const;
export const mediatorProhibitionSchema = z.enum(mediatorProhibitions);
export type MediatorProhibition = (typeof mediatorProhibitions)[number];
export const mediatorProhibitionLabels: Readonly<Record<MediatorProhibition, EnumLabel>> = {
  partiality: { zh: '偏袒一方当事人', en: 'Favouring one party', article: law('第十五条第（一）项') },
  insult: { zh: '侮辱当事人', en: 'Insulting a party', article: law('第十五条第（二）项') },
  bribery: {
    zh: '索取、收受财物或者牟取其他不正当利益',
    en: 'Soliciting or taking money or other improper benefits',
    article: law('第十五条第（三）项'),
  },
  disclosure: {
    zh: '泄露当事人的个人隐私、商业秘密',
    en: 'Disclosing a party’s privacy or trade secrets',
    article: law('第十五条第（四）项'),
  },
};

export const disciplineMeasures = ['criticism', 'correction', 'dismissal'] as const;
export const disciplineMeasureSchema = z.enum(disciplineMeasures);
export type DisciplineMeasure = (typeof disciplineMeasures)[number];
export const disciplineMeasureLabels: Readonly<Record<DisciplineMeasure, EnumLabel>> = {
  criticism: { zh: '批评教育', en: 'Criticism and education', article: law('第十五条') },
  correction: { zh: '责令改正', en: 'Order to correct', article: law('第十五条') },
  dismissal: { zh: '罢免或者解聘（情节严重）', en: 'Dismissal (serious cases)', article: law('第十五条') },
};

export const mediatorCreateSchema = z.strictObject({
  orgId: idSchema,
  name: textSchema(100),
  gender: memberGenderSchema,
  employment: employmentSchema,
  specialities: z.array(disputeKindSchema).max(13).default([]),
  phone: z.string().trim().max(40).nullable().optional(),
  userId: idSchema.nullable().optional(),
  appointedOn: localDateSchema.nullable().optional(),
});
export type MediatorCreateInput = z.infer<typeof mediatorCreateSchema>;

export const mediatorUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  name: textSchema(100).optional(),
  employment: employmentSchema.optional(),
  specialities: z.array(disputeKindSchema).max(13).optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  userId: idSchema.nullable().optional(),
  /** Dismissal only through a disciplinary record (第十五条). */
  status: z.enum(['active', 'suspended']).optional(),
});
export type MediatorUpdateInput = z.infer<typeof mediatorUpdateSchema>;

export const trainingCreateSchema = z.strictObject({
  title: textSchema(200),
  organiser: textSchema(200),
  startedOn: localDateSchema,
  endedOn: localDateSchema.nullable().optional(),
  hours: z.number().int().min(1).max(2000),
  passed: z.boolean().default(true),
});
export type TrainingCreateInput = z.infer<typeof trainingCreateSchema>;

export const disciplineCreateSchema = z.strictObject({
  ground: mediatorProhibitionSchema,
  measure: disciplineMeasureSchema,
  facts: textSchema(2000),
  decidedOn: localDateSchema,
});
export type DisciplineCreateInput = z.infer<typeof disciplineCreateSchema>;

export const mediatorParamsSchema = z.strictObject({ id: idSchema });

export const mediatorListQuerySchema = pageQuerySchema.extend({
  orgId: idSchema.optional(),
  status: mediatorStatusSchema.optional(),
  employment: employmentSchema.optional(),
  speciality: disputeKindSchema.optional(),
  q: z.string().trim().min(1).max(100).optional(),
});
export type MediatorListQuery = z.infer<typeof mediatorListQuerySchema>;

export const mediatorSummarySchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  name: z.string(),
  gender: memberGenderSchema,
  employment: employmentSchema,
  specialities: z.array(disputeKindSchema),
  status: mediatorStatusSchema,
  /** The mediator's staff account when they work in the workbench (their own cases, today's sessions); null otherwise. */
  userId: z.string().nullable(),
  /** Open cases (received, accepted, mediating) designated to the mediator. */
  openCases: z.number().int(),
  trainingHours: z.number().int(),
});
export type MediatorSummary = z.infer<typeof mediatorSummarySchema>;
export const mediatorPageSchema = pageSchema(mediatorSummarySchema);
export type MediatorPage = z.infer<typeof mediatorPageSchema>;

export const trainingSchema = z.object({
  id: z.string(),
  title: z.string(),
  organiser: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  hours: z.number().int(),
  passed: z.boolean(),
});
export type Training = z.infer<typeof trainingSchema>;

export const disciplineSchema = z.object({
  id: z.string(),
  ground: mediatorProhibitionSchema,
  measure: disciplineMeasureSchema,
  facts: z.string(),
  decidedOn: z.string(),
});
export type Discipline = z.infer<typeof disciplineSchema>;

export const mediatorDetailSchema = mediatorSummarySchema.extend({
  phone: z.string().nullable(),
  appointedOn: z.string().nullable(),
  dismissedOn: z.string().nullable(),
  closedCases: z.number().int(),
  trainings: z.array(trainingSchema),
  disciplines: z.array(disciplineSchema),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), addTraining: z.boolean(), discipline: z.boolean(), designate: z.boolean() }),
});
export type MediatorDetail = z.infer<typeof mediatorDetailSchema>;
