import { z } from 'zod';
import type { LawStatus } from '@tianping/common/contract/laws';

/** One entry of `index.json` (the fields the library uses; others are ignored). */
const entrySchema = z.object({
  title: z.string().min(1),
  official_title: z.string().min(1),
  file: z.string().regex(/^[^/\\]+\.md$/),
  category: z.string().min(1),
  version_date: z.iso.date().nullable(),
  effective_date: z.iso.date().nullable(),
  effective_date_basis: z.string(),
  history: z.array(z.string()),
  notes: z.string().nullable(),
  source_path: z.union([z.string(), z.array(z.string())]).optional(),
});
export type CatalogueEntry = z.infer<typeof entrySchema>;

export const catalogueSchema = z.object({ laws: z.array(entrySchema).min(1) });

/** What the library records about a law besides its text, derived from its catalogue entry. */
export interface LawFacts {
  issuingBody: string;
  promulgatedOn: string | null;
  amendedOn: string | null;
  effectiveOn: string | null;
  effectiveDateBasis: 'text' | 'editor';
  status: LawStatus;
}

const datePattern = /(\d{4})年(\d{1,2})月(\d{1,2})日/;

function isoDate(line: string): string | null {
  const m = datePattern.exec(line);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

/** Enacting bodies, most specific first (全国人民代表大会常务委员会 before 全国人民代表大会). */
const issuers = [
  '全国人民代表大会常务委员会',
  '全国人民代表大会',
  '中共中央、国务院',
  '国务院',
  '政务院',
  '最高人民法院',
  '最高人民检察院',
  '司法部',
];
const issuerByCategory: Record<string, string> = { 行政法规: '国务院', 司法解释: '最高人民法院' };

function issuingBody(entry: CatalogueEntry): string {
  const first = entry.history[0] ?? '';
  return issuers.find((name) => first.includes(name)) ?? issuerByCategory[entry.category] ?? '';
}

/**
 * Validity from the editor's notes: a repealed text says 已废止; a text the catalogue knows to be
 * superseded by a revision it does not yet contain says 已于YYYY-MM-DD修订/修正.
 */
function status(entry: CatalogueEntry): LawStatus {
  const notes = entry.notes ?? '';
  if (notes.includes('已废止')) return 'repealed';
  if (/已于\d{4}-\d{2}-\d{2}(修订|修正)/.test(notes)) return 'amended';
  return 'effective';
}

export function lawFacts(entry: CatalogueEntry): LawFacts {
  // Promulgation: the entry that says 公布 or 发布 (regulations are adopted, then published);
  // laws are adopted and published the same day, so their first entry serves.
  const published = entry.history.find((h) => /公布|发布/.test(h)) ?? entry.history[0];
  const promulgatedOn = (published && isoDate(published)) ?? entry.version_date;
  const lastAmendment = [...entry.history].reverse().find((h) => /修正|修订|修改|修正案/.test(h));
  const latest = entry.version_date ?? (lastAmendment ? isoDate(lastAmendment) : null);
  return {
    issuingBody: issuingBody(entry),
    promulgatedOn,
    amendedOn: latest && promulgatedOn && latest > promulgatedOn ? latest : null,
    effectiveOn: entry.effective_date,
    effectiveDateBasis: entry.effective_date_basis === 'text' ? 'text' : 'editor',
    status: status(entry),
  };
}
