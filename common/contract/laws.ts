import { z } from 'zod';
import { defineErrorCodes } from '../errors/codes';
import { idSchema, pageQuerySchema, pageSchema } from '../validation/schemas';
import { searchModeSchema, searchTextSchema } from './search';

/**
 * 有效 in force · 已修改 a later revision exists that the library does not yet hold (the text
 * shown is not the current version) · 已废止 repealed.
 */
export const lawStatuses = [
  { code: 'effective', zh: '有效', en: 'In force' },
  { code: 'amended', zh: '已修改', en: 'Amended (newer version not in the library)' },
  { code: 'repealed', zh: '已废止', en: 'Repealed' },
] as const;
export type LawStatus = (typeof lawStatuses)[number]['code'];
export const lawStatusSchema = z.enum(['effective', 'amended', 'repealed']);

export function lawStatusLabel(code: LawStatus): { zh: string; en: string } {
  const s = lawStatuses.find((x) => x.code === code)!;
  return { zh: s.zh, en: s.en };
}

/** Widest article range one request returns (民法典 has 1260 articles: three requests). */
export const lawArticleRangeMax = 500;

const labelSchema = z.object({ zh: z.string(), en: z.string() });

export const lawListQuerySchema = pageQuerySchema.extend({
  category: z.string().trim().min(1).max(40).optional(),
  status: lawStatusSchema.optional(),
  /** Matches the short or official title. */
  q: z.string().trim().min(1).max(50).optional(),
});

export const lawSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  officialTitle: z.string(),
  /** 法律 / 行政法规 / 司法解释 (as catalogued). */
  category: z.string(),
  issuingBody: z.string(),
  promulgatedOn: z.string().nullable(),
  effectiveOn: z.string().nullable(),
  amendedOn: z.string().nullable(),
  status: lawStatusSchema,
  statusLabel: labelSchema,
  articleCount: z.number().int(),
});
export type LawSummary = z.infer<typeof lawSummarySchema>;
export const lawPageSchema = pageSchema(lawSummarySchema);

export const lawCategoryListSchema = z.array(z.object({ category: z.string(), count: z.number().int() }));

export const lawIdParamsSchema = z.object({ id: idSchema });
export const lawArticleIdParamsSchema = z.object({ articleId: idSchema });

export const outlineLevelSchema = z.enum(['part', 'subpart', 'chapter', 'section']);

export interface LawOutlineNode {
  level: z.infer<typeof outlineLevelSchema>;
  /** 第二章 行政复议申请 */
  title: string;
  firstArticleId: string;
  /** Article numbers covered, inclusive (for `GET /laws/:id/articles?from&to`). */
  from: number;
  to: number;
  /** 第十一条 – 第三十三条 */
  fromLabel: string;
  toLabel: string;
  articleCount: number;
  children: LawOutlineNode[];
}
const outlineNodeFields = z.object({
  level: outlineLevelSchema,
  title: z.string(),
  firstArticleId: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  fromLabel: z.string(),
  toLabel: z.string(),
  articleCount: z.number().int(),
});

/**
 * An outline nests at most four levels (编 › 分编 › 章 › 节). The schema spells the levels out
 * instead of referring to itself, so the generated OpenAPI document needs no self-reference.
 */
function outlineNodeSchema(depth: number): z.ZodType<LawOutlineNode> {
  const children = depth > 0 ? z.array(outlineNodeSchema(depth - 1)) : z.array(z.never()).max(0);
  return outlineNodeFields.extend({ children }) as unknown as z.ZodType<LawOutlineNode>;
}
export const lawOutlineNodeSchema = outlineNodeSchema(3);

export const lawDetailSchema = lawSummarySchema.extend({
  versionDate: z.string().nullable(),
  /** `text`: the effective date is stated in the text; `editor`: supplied by the catalogue editor, to be verified. */
  effectiveDateBasis: z.enum(['text', 'editor']),
  /** The catalogue editor's note (revisions not yet in the library, known defects). */
  statusNote: z.string().nullable(),
  history: z.array(z.string()),
  preamble: z.string().nullable(),
  appendix: z.string().nullable(),
  sourceFile: z.string(),
  outline: z.array(lawOutlineNodeSchema),
});
export type LawDetail = z.infer<typeof lawDetailSchema>;

export const lawArticleSchema = z.object({
  id: z.string(),
  lawId: z.string(),
  number: z.number().int(),
  /** 0, or n for 第X条之n. */
  suffix: z.number().int(),
  label: z.string(),
  partTitle: z.string().nullable(),
  subpartTitle: z.string().nullable(),
  chapterTitle: z.string().nullable(),
  sectionTitle: z.string().nullable(),
  /** Paragraphs separated by `\n`, without the 第X条 label. */
  text: z.string(),
  ordinal: z.number().int(),
});
export type LawArticle = z.infer<typeof lawArticleSchema>;

const articleNumber = z.coerce.number().int().min(1).max(99999);
export const lawArticlesQuerySchema = z
  .object({ from: articleNumber.default(1), to: articleNumber.optional() })
  .refine((v) => v.to === undefined || v.to >= v.from, { message: 'to must not be before from', path: ['to'] })
  .refine((v) => v.to === undefined || v.to - v.from < lawArticleRangeMax, {
    message: `at most ${lawArticleRangeMax} articles per request`,
    path: ['to'],
  });

const lawRefSchema = z.object({ id: z.string(), title: z.string(), officialTitle: z.string(), status: lawStatusSchema });

export const lawArticleListSchema = z.object({
  law: lawRefSchema,
  items: z.array(lawArticleSchema),
  from: z.number().int(),
  to: z.number().int(),
  /** Where the next range starts when the law has articles after `to`; null at the end. */
  nextFrom: z.number().int().nullable(),
});

const articleRefSchema = z.object({ id: z.string(), label: z.string() });
export const lawArticleDetailSchema = lawArticleSchema.extend({
  law: lawRefSchema,
  /** How documents cite it: 《中华人民共和国行政复议法》第二十条 */
  citation: z.string(),
  previous: articleRefSchema.nullable(),
  next: articleRefSchema.nullable(),
});
export type LawArticleDetail = z.infer<typeof lawArticleDetailSchema>;

export const lawSearchQuerySchema = z.object({
  q: searchTextSchema,
  /** Search within one law. */
  lawId: idSchema.optional(),
  page: z.coerce.number().int().min(1).max(500).default(1),
});

export const lawSearchHitSchema = z.object({
  articleId: z.string(),
  lawId: z.string(),
  lawTitle: z.string(),
  lawStatus: lawStatusSchema,
  label: z.string(),
  number: z.number().int(),
  suffix: z.number().int(),
  chapterTitle: z.string().nullable(),
  /** HTML-escaped excerpt with matched terms in `<mark>`; safe to render as HTML. */
  snippetHtml: z.string(),
  url: z.string(),
  score: z.number(),
});
export type LawSearchHit = z.infer<typeof lawSearchHitSchema>;

export const lawSearchResultSchema = z.object({
  items: z.array(lawSearchHitSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  mode: searchModeSchema,
  terms: z.array(z.string()),
  /** When the query is itself a citation (行政复议法第二十条), the article it names. */
  cited: lawArticleDetailSchema.nullable(),
});

export const lawCiteQuerySchema = z.object({
  /** Short or official title, with or without 《》 (行政复议法, 《中华人民共和国行政复议法》). */
  law: z.string().trim().min(1).max(100),
  /** 20, 第二十条, 二十, 133之一. */
  article: z.string().trim().min(1).max(30),
});

export const lawErrors = defineErrorCodes({
  LAW_ARTICLE_REF_INVALID: {
    kind: 'Invalid',
    zh: '条文序号无法识别，请填写如“第二十条”或“20”',
    en: 'The article number is not recognised; write e.g. 第二十条 or 20',
  },
});
