import { caseListQuerySchema, type CaseListQuery } from '../../../../contract/intake';

/** The list filters as the page keeps them (page and size always set). */
export type CaseListFilters = Partial<Omit<CaseListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };

/** The list's filters live in the address (back and reload keep them); the contract parses them. */
export function filtersFromSearch(params: URLSearchParams): CaseListFilters {
  const raw = Object.fromEntries(params.entries());
  const parsed = caseListQuerySchema.safeParse(raw);
  return parsed.success ? parsed.data : { page: 1, pageSize: 20 };
}

export function searchFromFilters(q: CaseListFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null || v === '') continue;
    if ((k === 'page' && v === 1) || (k === 'pageSize' && v === 20)) continue;
    out[k] = String(v);
  }
  return out;
}
