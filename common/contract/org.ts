import { z } from 'zod';
import type { PermissionDef } from '../access/permission';
import { defineErrorCodes } from '../errors/codes';
import { idSchema, pageQuerySchema, pageSchema, regionCodeSchema, textSchema } from '../validation/schemas';

/** Organisation types of the judicial-administration system (code, Chinese, English). */
export const orgTypes = [
  { code: 'cityBureau', zh: '市司法局', en: 'Municipal Bureau of Justice' },
  { code: 'districtBureau', zh: '区司法局', en: 'District Bureau of Justice' },
  { code: 'justiceOffice', zh: '司法所', en: 'Justice office' },
  { code: 'legalServiceCentre', zh: '公共法律服务中心', en: 'Public legal service centre' },
  { code: 'legalServiceStation', zh: '公共法律服务站', en: 'Public legal service station' },
  { code: 'legalAidCentre', zh: '法律援助中心', en: 'Legal aid centre' },
  { code: 'mediationCommittee', zh: '人民调解委员会', en: "People's mediation committee" },
  { code: 'reconsiderationOffice', zh: '行政复议机构', en: 'Administrative reconsideration office' },
  { code: 'notaryOffice', zh: '公证处', en: 'Notary office' },
  { code: 'appraisalInstitution', zh: '司法鉴定机构', en: 'Judicial appraisal institution' },
  { code: 'lawFirm', zh: '律师事务所', en: 'Law firm' },
  { code: 'arbitrationCommission', zh: '仲裁委员会', en: 'Arbitration commission' },
  { code: 'enforcementAgency', zh: '行政执法部门', en: 'Administrative enforcement agency' },
  { code: 'correctionAgency', zh: '社区矫正机构', en: 'Community correction agency' },
] as const;

export type OrgType = (typeof orgTypes)[number]['code'];
export const orgTypeCodes = orgTypes.map((t) => t.code) as [OrgType, ...OrgType[]];
export const orgTypeSchema = z.enum(orgTypeCodes);

export function orgTypeLabel(code: string): { zh: string; en: string } {
  const t = orgTypes.find((x) => x.code === code);
  return t ? { zh: t.zh, en: t.en } : { zh: code, en: code };
}

/** Administrative division levels as stored in `regions.level`. */
export const regionLevels = {
  city: 1,
  district: 2,
  street: 3,
  village: 4,
} as const;
export const regionLevelLabels: Record<number, { zh: string; en: string }> = {
  1: { zh: '市', en: 'City' },
  2: { zh: '区（县）', en: 'District' },
  3: { zh: '街道（乡镇）', en: 'Street / town' },
  4: { zh: '社区（村）', en: 'Community / village' },
};

export const orgPermissions = [
  { key: 'org.organisation.read', category: 'common', zh: '查看组织机构', en: 'View organisations' },
  { key: 'org.organisation.create', category: 'system', zh: '新建组织机构', en: 'Create organisations' },
  { key: 'org.organisation.update', category: 'system', zh: '修改、移动组织机构', en: 'Edit and move organisations' },
  { key: 'org.organisation.deactivate', category: 'system', zh: '停用、启用组织机构', en: 'Deactivate and activate organisations' },
] as const satisfies readonly PermissionDef[];

export const orgErrors = defineErrorCodes({
  ORG_REGION_UNKNOWN: { kind: 'Invalid', zh: '行政区划代码不存在', en: 'Unknown region code' },
  ORG_MOVE_CYCLE: {
    kind: 'Invalid',
    zh: '不能将机构移动到其自身或其下级机构之下',
    en: 'An organisation cannot be moved under itself or one of its descendants',
  },
  ORG_PARENT_INACTIVE: { kind: 'Conflict', zh: '上级机构已停用', en: 'The parent organisation is inactive' },
  ORG_CODE_TAKEN: { kind: 'Conflict', zh: '机构代码已被使用', en: 'The organisation code is already in use' },
  ORG_HAS_ACTIVE_CHILDREN: {
    kind: 'Conflict',
    zh: '该机构仍有启用的下级机构，请先停用或移走下级机构',
    en: 'The organisation still has active sub-organisations; deactivate or move them first',
  },
  ORG_ALREADY_INACTIVE: { kind: 'Conflict', zh: '该机构已停用', en: 'The organisation is already inactive' },
  ORG_ALREADY_ACTIVE: { kind: 'Conflict', zh: '该机构已启用', en: 'The organisation is already active' },
  ORG_OWN_ORGANISATION: {
    kind: 'Forbidden',
    zh: '不能移动或停用您当前所在的机构',
    en: 'You cannot move or deactivate the organisation you are acting in',
  },
});

/** Business code of an organisation: letters, digits, `-` and `_` (e.g. `TJSFJ-120101`). */
export const orgCodeSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, { message: 'invalid organisation code' });

/** `true`/`false` (or `1`/`0`) in a query string. */
const queryFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const orgListQuerySchema = pageQuerySchema.extend({
  parentId: idSchema.optional(),
  type: orgTypeSchema.optional(),
  q: z.string().trim().min(1).max(100).optional(),
  includeInactive: queryFlag.optional(),
});

export const orgTreeQuerySchema = z.object({
  rootId: idSchema.optional(),
  parentId: idSchema.optional(),
  includeInactive: queryFlag.optional(),
});

export const orgIdParamsSchema = z.object({ id: idSchema });

export const orgCreateSchema = z.strictObject({
  name: textSchema(200),
  shortName: textSchema(100).optional(),
  type: orgTypeSchema,
  regionCode: regionCodeSchema,
  parentId: idSchema,
  code: orgCodeSchema.optional(),
});
export type OrgCreateInput = z.infer<typeof orgCreateSchema>;

export const orgUpdateSchema = z.strictObject({
  name: textSchema(200).optional(),
  shortName: textSchema(100).nullable().optional(),
  type: orgTypeSchema.optional(),
  regionCode: regionCodeSchema.optional(),
  version: z.number().int().min(1),
});
export type OrgUpdateInput = z.infer<typeof orgUpdateSchema>;

export const orgMoveSchema = z.strictObject({ parentId: idSchema, version: z.number().int().min(1) });
export type OrgMoveInput = z.infer<typeof orgMoveSchema>;

export const orgReasonSchema = z.strictObject({ reason: textSchema(500) });

export const labelSchema = z.object({ zh: z.string(), en: z.string() });

export const orgAbilitiesSchema = z.object({
  canEdit: z.boolean(),
  canMove: z.boolean(),
  /** May deactivate the organisation (or activate it again when inactive). */
  canDeactivate: z.boolean(),
});

export const orgSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  type: z.string(),
  typeLabel: labelSchema,
  regionCode: z.string(),
  regionName: z.string().nullable(),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  path: z.string(),
  depth: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: orgAbilitiesSchema,
});
export type Org = z.infer<typeof orgSchema>;

export const orgPageSchema = pageSchema(orgSchema);

export interface OrgTreeNode extends Org {
  /** Whether the node has sub-organisations visible to the caller (also when not loaded). */
  hasChildren: boolean;
  children: OrgTreeNode[];
}
/** Recursive, so registered by id: OpenAPI shows it as the component `OrgTreeNode`. */
export const orgTreeNodeSchema: z.ZodType<OrgTreeNode> = orgSchema
  .extend({
    hasChildren: z.boolean(),
    get children() {
      return z.array(orgTreeNodeSchema);
    },
  })
  .meta({ id: 'OrgTreeNode' });
export const orgTreeSchema = z.array(orgTreeNodeSchema);

export const orgTypeListSchema = z.array(z.object({ code: z.string(), zh: z.string(), en: z.string() }));

export const regionQuerySchema = z.object({ parentCode: regionCodeSchema.optional() });
export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.number().int(),
  parentCode: z.string().nullable(),
  hasChildren: z.boolean(),
});
export type Region = z.infer<typeof regionSchema>;
export const regionListSchema = z.array(regionSchema);
