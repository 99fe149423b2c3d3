import { z } from 'zod';

/**
 * Answer suggestions (智能法律服务) and the agent's search box over the knowledge base and the law
 * library. Every item names its source (the FAQ article, or the law and article number with a
 * link to the law library) and `why` (the matched terms). A law article's text may be read to a
 * citizen as the text of the law; an FAQ article is a draft for the agent, never sent unreviewed.
 */

export const suggestBodySchema = z.strictObject({
  text: z.string().trim().min(2).max(2000),
  /** A category code narrows the FAQ articles (laws are searched in full). */
  category: z.string().min(1).max(60).optional(),
});
export type SuggestBody = z.infer<typeof suggestBodySchema>;

export const searchKinds = ['all', 'faq', 'law'] as const;
export const hotlineSearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  kind: z.enum(searchKinds).default('all'),
});

export const lawRefSchema = z.object({
  articleId: z.string(),
  lawId: z.string(),
  lawTitle: z.string(),
  articleLabel: z.string(),
  /** 《中华人民共和国劳动合同法》第八十二条 */
  citation: z.string(),
  /** The law library page in the workbench (`/workbench/laws/<lawId>#article-<articleId>`). */
  link: z.string(),
});
export type LawRef = z.infer<typeof lawRefSchema>;

export const faqSuggestionKinds = ['article', 'publicQa'] as const;

export const faqSuggestionSchema = z.object({
  /** `article`: a knowledge-base article; `publicQa`: a published public Q&A (公开问答), labelled as such in `source`. */
  kind: z.enum(faqSuggestionKinds),
  /** The article's id, or the public Q&A's id for kind `publicQa`. */
  articleId: z.string(),
  title: z.string(),
  category: z.string(),
  excerpt: z.string(),
  score: z.number(),
  /** Matched terms (the reason it is shown). */
  why: z.array(z.string()),
  lawRefs: z.array(lawRefSchema),
  /** Where to read it: the public Q&A's portal page (`/portal/hotline/qa/<id>`); null for an article. */
  link: z.string().nullable(),
  /** 知识库 / 公开问答（须人工核对后答复） — either is a draft for the agent. */
  source: z.object({ zh: z.string(), en: z.string() }),
});

export const lawSuggestionSchema = z.object({
  lawId: z.string(),
  lawTitle: z.string(),
  articleId: z.string(),
  articleNo: z.number(),
  articleLabel: z.string(),
  citation: z.string(),
  text: z.string(),
  score: z.number(),
  why: z.array(z.string()),
  link: z.string(),
  /** 法律条文原文 — the only kind of suggestion that may reach a citizen without a human, labelled as such. */
  source: z.object({ zh: z.string(), en: z.string() }),
});

export const suggestResultSchema = z.object({
  faq: z.array(faqSuggestionSchema),
  laws: z.array(lawSuggestionSchema),
  /** The segmented (and synonym-expanded) terms the ranking used. */
  terms: z.array(z.string()),
  /** `hotline` (own BM25 ranking with colloquial → legal synonyms) or `core` (the core search). */
  ranking: z.enum(['hotline', 'core']),
  note: z.object({ zh: z.string(), en: z.string() }),
});
export type SuggestResult = z.infer<typeof suggestResultSchema>;
export type FaqSuggestion = z.infer<typeof faqSuggestionSchema>;
export type LawSuggestion = z.infer<typeof lawSuggestionSchema>;
