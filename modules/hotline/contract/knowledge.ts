import { z } from 'zod';
import { idSchema, pageQuerySchema, pageSchema, textSchema } from '@tianping/common/validation/schemas';
import type { EnumLabel } from './enums';
import { lawRefSchema } from './suggest';

/**
 * Knowledge base (热线知识库): FAQ articles with categories and links to law articles, edited by
 * `hotline.knowledge.edit`, reviewed by `hotline.knowledge.review` (another person than the
 * editor of the version), published with versions. Editing a published article keeps the
 * published version online until the new one is approved.
 */

export const articleStates = ['draft', 'inReview', 'published'] as const;
export const articleStateSchema = z.enum(articleStates);
export type ArticleState = (typeof articleStates)[number];
export const articleStateLabels: Readonly<Record<ArticleState, EnumLabel>> = {
  draft: { zh: '草稿', en: 'Draft' },
  inReview: { zh: '待审核', en: 'In review' },
  published: { zh: '已发布', en: 'Published' },
};

export const versionReviewStates = ['draft', 'inReview', 'approved', 'rejected'] as const;
export const versionReviewLabels: Readonly<Record<(typeof versionReviewStates)[number], EnumLabel>> = {
  draft: { zh: '编辑中', en: 'Editing' },
  inReview: { zh: '待审核', en: 'In review' },
  approved: { zh: '审核通过', en: 'Approved' },
  rejected: { zh: '退回修改', en: 'Rejected' },
};

/** Law library article ids (`GET /api/laws/search` → articleId), at most 10 per article. */
export const lawArticleIdsSchema = z.array(z.string().min(1).max(100)).max(10);

export const articleBodySchema = z.strictObject({
  /** Category code (contract `categoryTree`). */
  category: z.string().min(1).max(60),
  title: textSchema(200),
  /** The question as citizens put it. */
  question: textSchema(1000),
  /** The answer (plain text, paragraphs separated by blank lines). */
  body: textSchema(8000),
  lawArticleIds: lawArticleIdsSchema.default([]),
});
export type ArticleBody = z.infer<typeof articleBodySchema>;

export const articleUpdateBodySchema = articleBodySchema.extend({ version: z.number().int().min(1) });
export type ArticleUpdateBody = z.infer<typeof articleUpdateBodySchema>;

export const articleReviewBodySchema = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  /** Required when rejecting (what to change). */
  comment: z.string().trim().max(1000).optional(),
});
export type ArticleReviewBody = z.infer<typeof articleReviewBodySchema>;

export const articleIdParamsSchema = z.object({ id: idSchema });

export const articleListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  category: z.string().max(60).optional(),
  state: articleStateSchema.optional(),
});
export type ArticleListQuery = z.infer<typeof articleListQuerySchema>;

export const articleListItemSchema = z.object({
  id: z.string(),
  category: z.string(),
  categoryLabel: z.object({ zh: z.string(), en: z.string() }),
  title: z.string(),
  state: articleStateSchema,
  stateLabel: z.object({ zh: z.string(), en: z.string() }),
  currentVersion: z.number(),
  publishedVersion: z.number().nullable(),
  updatedAt: z.string(),
});
export const articleListSchema = pageSchema(articleListItemSchema);

export const articleDetailSchema = articleListItemSchema.extend({
  question: z.string(),
  body: z.string(),
  lawRefs: z.array(lawRefSchema),
  publishedTitle: z.string().nullable(),
  publishedBody: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** The last review comment of the working version (why it was sent back). */
  reviewComment: z.string().nullable(),
  createdBy: z.string(),
  updatedBy: z.string(),
  version: z.number(),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean() }),
});
export type ArticleDetail = z.infer<typeof articleDetailSchema>;

export const articleVersionSchema = z.object({
  versionNo: z.number(),
  category: z.string(),
  title: z.string(),
  question: z.string(),
  body: z.string(),
  lawArticleIds: z.array(z.string()),
  reviewState: z.enum(versionReviewStates),
  reviewStateLabel: z.object({ zh: z.string(), en: z.string() }),
  editedBy: z.string(),
  editedByName: z.string().nullable(),
  editedAt: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  published: z.boolean(),
});
export const articleVersionsSchema = z.object({ items: z.array(articleVersionSchema) });
