import { sql, type RawBuilder } from 'kysely';
import type { SearchMode } from '@tianping/common/contract/search';
import type { QueryWord } from './segmenter';

/**
 * The weighted document vector on PostgreSQL. The GIN index is built on exactly this
 * expression and queries repeat it verbatim, so the planner uses the index. Title tokens carry
 * weight A, body tokens B, keyword tokens C. The `simple` configuration only lower-cases: the
 * text is already segmented by jieba, and Chinese has no stemming.
 */
export const pgDocumentVector =
  `(setweight(to_tsvector('simple', title_tokens), 'A') || setweight(to_tsvector('simple', body_tokens), 'B')` +
  ` || setweight(to_tsvector('simple', keyword_tokens), 'C'))`;

export function pgVector(alias: string): RawBuilder<unknown> {
  return sql.raw(pgDocumentVector.replace(/\b(title|body|keyword)_tokens\b/g, `${alias}.$1_tokens`));
}

/** Name of the SQLite FTS5 table (also the name its MATCH operator and bm25() refer to). */
export const ftsTable = 'search_documents_fts';

/**
 * Column weights, relative to the body: a title match counts four times a body match; keywords
 * (a law's chapter titles, say) once, like the body. Used by bm25() and, as ts_rank's A/B/C
 * weights, on PostgreSQL.
 */
export const columnWeights = { title: 4, keywords: 1, body: 1 } as const;

/** ts_rank weights in its order D, C (keywords), B (body), A (title), scaled so that A is 1. */
export const pgRankWeights = `{0, ${columnWeights.keywords / columnWeights.title}, ${columnWeights.body / columnWeights.title}, 1}`;

/** How one dialect's full-text query language quotes terms and phrases and combines them. */
export interface QuerySyntax {
  term(t: string): string;
  /** Tokens next to each other, in order. */
  phrase(parts: readonly string[]): string;
  and: string;
  or: string;
}
export const fts5Syntax: QuerySyntax = {
  term: (t) => `"${t.replaceAll('"', '""')}"`,
  phrase: (parts) => `"${parts.map((t) => t.replaceAll('"', '""')).join(' ')}"`,
  and: ' AND ',
  or: ' OR ',
};
const pgTerm = (t: string) => `'${t.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
export const tsquerySyntax: QuerySyntax = {
  term: pgTerm,
  phrase: (parts) => `(${parts.map(pgTerm).join(' <-> ')})`,
  and: ' & ',
  or: ' | ',
};

/**
 * A word matches by itself or by all of its parts — `("行政诉讼" OR ("行政" AND "诉讼"))` — or,
 * for a run of single characters, by itself or as a phrase: `("报到" OR "报 到")`.
 */
function wordQuery(w: QueryWord, s: QuerySyntax): string {
  if (!w.parts.length) return s.term(w.word);
  const parts = w.phrase ? s.phrase(w.parts) : `(${w.parts.map(s.term).join(s.and)})`;
  return `(${s.term(w.word)}${s.or}${parts})`;
}

/** Units of an `any` query: each word with each of its parts alone (a phrase stays whole). */
function anyUnits(words: readonly QueryWord[], s: QuerySyntax): string[] {
  const units = words.flatMap((w) => (w.phrase ? [wordQuery(w, s)] : [w.word, ...w.parts].map(s.term)));
  return [...new Set(units)];
}

/**
 * The match expression. `all`: every word (by itself or by its parts); `any`: any word or part.
 * Terms are letters and digits only (see the segmenter), and are quoted all the same.
 */
export function buildQuery(words: readonly QueryWord[], mode: SearchMode, s: QuerySyntax): string {
  return rankingUnits(words, mode, s).join(mode === 'any' ? s.or : s.and);
}

/** What a score adds up, one query each: words in `all` mode, words and parts in `any` mode. */
export function rankingUnits(words: readonly QueryWord[], mode: SearchMode, s: QuerySyntax): string[] {
  return mode === 'any' ? anyUnits(words, s) : words.map((w) => wordQuery(w, s));
}

/**
 * Relevance models penalise long documents (BM25 with b = 0.75; ts_rank's length normalisation),
 * but in a law the principal provision — the definition, the rule with its exceptions — is
 * often the longest article of its section, and short cross-referring articles would outrank
 * it. Multiplying by length^0.2 gives some of that penalty back (measured on the search-quality
 * questions: 0.2 beat 0, 0.35 and 0.5 on both dialects).
 */
const lengthExponent = 0.2;
/** Characters added to the length so that one-line articles are not scored near zero. */
const lengthOffset = 20;

export function lengthFactor(alias: string): RawBuilder<number> {
  return sql<number>`power(length(${sql.raw(alias)}.body) + ${sql.lit(lengthOffset)}, ${sql.lit(lengthExponent)})`;
}
