import { z } from 'zod';
import { defineErrorCodes } from '../errors/codes';

/** Longest query accepted (characters). Longer input is a 400, not silently cut. */
export const searchQueryMaxLength = 100;
/** Results per page of the search routes. */
export const searchPageSize = 20;

/** Entity types are module-owned keys such as `lawArticle` or `reconsideration.case`. */
export const entityTypeSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9.]{0,59}$/, { message: 'invalid entity type' });

/** The search text a person typed: trimmed, 1–100 characters, no control characters. */
export const searchTextSchema = z
  .string()
  .transform((v) => v.trim())
  .pipe(
    z
      .string()
      .min(1)
      .max(searchQueryMaxLength)
      // eslint-disable-next-line no-control-regex
      .refine((v) => !/[\u0000-\u001F\u007F]/.test(v), { message: 'control characters are not allowed' }),
  );

export const searchQuerySchema = z.object({
  q: searchTextSchema,
  /** Comma-separated entity types, e.g. `lawArticle,reconsideration.case`. */
  types: z
    .string()
    .max(400)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(entityTypeSchema).max(20))
    .optional(),
  page: z.coerce.number().int().min(1).max(500).default(1),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/**
 * `all`: every term of the query occurs in each hit. `any`: no document had them all, so the
 * hits contain some of the terms (the UI says so).
 */
export const searchModeSchema = z.enum(['all', 'any']);
export type SearchMode = z.infer<typeof searchModeSchema>;

export const searchHitSchema = z.object({
  entityType: z.string(),
  entityId: z.string(),
  /** Plain title (render as text). */
  title: z.string(),
  /** HTML-escaped title with matched terms wrapped in `<mark>`; safe to render as HTML. */
  titleHtml: z.string(),
  /** HTML-escaped excerpt of the body with matched terms wrapped in `<mark>`; safe to render as HTML. */
  snippetHtml: z.string(),
  url: z.string(),
  orgId: z.string().nullable(),
  /** Higher is better; comparable within one response only. */
  score: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({
  items: z.array(searchHitSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  mode: searchModeSchema,
  /** The terms the query was segmented into (after dropping function words). */
  terms: z.array(z.string()),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchErrors = defineErrorCodes({
  SEARCH_NO_TERMS: {
    kind: 'Invalid',
    zh: '检索词中没有可检索的字词，请输入汉字、字母或数字',
    en: 'The query contains no searchable words; enter Chinese characters, letters or digits',
  },
});
