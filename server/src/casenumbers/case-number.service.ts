import { caseNumberErrors } from '@tianping/common/contract/casenumbers';
import { coreErrors } from '@tianping/common/errors/codes';
import type { DbOrTrx } from '../db/database';
import { fail } from '../http/errors';
import { findOrgNames, nextCounterValue } from './case-number.repository';
import { formatCaseNumber, templateProblem } from './case-number.template';

export interface CaseNumberTemplate {
  /** e.g. `{orgAbbr}复〔{year}〕{seq}号`. */
  template: string;
  label: { zh: string; en: string };
}

export interface AllocatedCaseNumber {
  number: string;
  seq: number;
  year: number;
}

export interface AllocateInput {
  orgId: string;
  caseType: string;
  year: number;
}

/**
 * `kernel.caseNumbers`. Modules register one template per case type in `routes(app, kernel)`
 * and allocate numbers inside the transaction that creates the case:
 *
 *   kernel.caseNumbers.register('reconsideration', { template: '{orgAbbr}复〔{year}〕{seq}号', label });
 *   const { number } = await kernel.caseNumbers.allocate(trx, { orgId, caseType: 'reconsideration', year: 2025 });
 *
 * If the transaction rolls back, so does the counter: numbers stay consecutive.
 */
export interface CaseNumberService {
  register(caseType: string, template: CaseNumberTemplate): void;
  get(caseType: string): CaseNumberTemplate | undefined;
  caseTypes(): string[];
  allocate(trx: DbOrTrx, input: AllocateInput): Promise<AllocatedCaseNumber>;
  /** The number `seq` would have (for showing existing counters). */
  format(caseType: string, org: { name: string; shortName: string | null; code: string }, year: number, seq: number): string | null;
}

const orgAbbr = (org: { name: string; shortName: string | null }) => org.shortName?.trim() || org.name;

/** Allocates the next number of a counter inside the caller's transaction. */
export async function allocateCaseNumber(trx: DbOrTrx, template: string, input: AllocateInput): Promise<AllocatedCaseNumber> {
  const org = await findOrgNames(trx, input.orgId);
  if (!org) throw fail(coreErrors, 'NOT_FOUND', { field: 'orgId' });
  const seq = await nextCounterValue(trx, input, new Date().toISOString());
  return { number: formatCaseNumber(template, { orgAbbr: orgAbbr(org), orgCode: org.code, year: input.year, seq }), seq, year: input.year };
}

export function createCaseNumberService(): CaseNumberService {
  const templates = new Map<string, CaseNumberTemplate>();
  return {
    register(caseType, template) {
      if (templates.has(caseType)) throw new Error(`A case-number template for "${caseType}" is already registered`);
      const problem = templateProblem(template.template);
      if (problem) throw new Error(`Case-number template of "${caseType}": ${problem}`);
      templates.set(caseType, template);
    },
    get: (caseType) => templates.get(caseType),
    caseTypes: () => [...templates.keys()].sort(),
    async allocate(trx, input) {
      const t = templates.get(input.caseType);
      if (!t) throw fail(caseNumberErrors, 'CASE_NUMBER_TYPE_UNKNOWN', { field: 'caseType' });
      if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2200)
        throw fail(caseNumberErrors, 'CASE_NUMBER_YEAR_INVALID', { field: 'year' });
      return allocateCaseNumber(trx, t.template, input);
    },
    format(caseType, org, year, seq) {
      const t = templates.get(caseType);
      return t ? formatCaseNumber(t.template, { orgAbbr: orgAbbr(org), orgCode: org.code, year, seq }) : null;
    },
  };
}
