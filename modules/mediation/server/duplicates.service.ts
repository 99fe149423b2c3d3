import { addDays, type LocalDate } from '@tianping/common/calendar/index';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { fail } from '@tianping/server/http/errors';
import { openCaseStates, type CaseState } from '../contract/enums';
import { mediationErrors } from '../contract/errors';
import type { DuplicateCandidateView } from '../contract/referral';
import { describeReason, rankDuplicates, type DuplicateCandidate, type DuplicateParty } from '../domain/duplicates';
import { readDuplicateRules } from './duplicate-settings';

/** At most this many open cases sharing a party are compared (a very common name + phone does not flood the check). */
const MAX_CANDIDATES = 50;

export interface DuplicateInput {
  parties: readonly { name: string; idNumber?: string | null; creditCode?: string | null; phone?: string | null }[];
  title?: string | null;
  facts: string;
  receivedOn: string;
  /** The case itself, when checking a registered case. */
  excludeCaseId?: string;
}

/**
 * Open cases (received, accepted, mediating) within the window that look like the same dispute,
 * likely ones first. Candidates are the cases sharing a party by blind index (ID number / credit
 * code, or phone — the name is then compared too); their facts are compared by character bigrams.
 * Every committee's cases count: the same dispute may have reached another committee.
 */
export async function findDuplicateCandidates(
  db: DbOrTrx,
  kernel: Pick<Kernel, 'pii'>,
  input: DuplicateInput,
): Promise<DuplicateCandidateView[]> {
  const rules = await readDuplicateRules(db);
  const pii = kernel.pii;
  // Each party's indexes under every key (rows written before a key rotation carry an older one).
  const parties = input.parties.map((p) => {
    const id = p.idNumber ?? p.creditCode ?? null;
    return {
      name: p.name,
      idIndexes: id ? pii.blindIndexCandidates('idNumber', id) : [],
      phoneIndexes: p.phone ? pii.blindIndexCandidates('phone', p.phone) : [],
    };
  });
  const idIndexes = parties.flatMap((p) => p.idIndexes);
  const phoneIndexes = parties.flatMap((p) => p.phoneIndexes);
  if (!idIndexes.length && !phoneIndexes.length) return [];
  const receivedOn = input.receivedOn as LocalDate;
  const from = addDays(receivedOn, -rules.windowDays);
  const to = addDays(receivedOn, rules.windowDays);

  let q = db
    .selectFrom('medParties')
    .innerJoin('medCases', 'medCases.id', 'medParties.caseId')
    .select('medCases.id')
    .distinct()
    .where('medCases.state', 'in', [...openCaseStates])
    .where('medCases.receivedOn', '>=', from)
    .where('medCases.receivedOn', '<=', to)
    .where((eb) => {
      const ors = [];
      if (idIndexes.length) ors.push(eb('medParties.idNumberIndex', 'in', idIndexes));
      if (phoneIndexes.length) ors.push(eb('medParties.phoneIndex', 'in', phoneIndexes));
      return eb.or(ors);
    });
  if (input.excludeCaseId) q = q.where('medCases.id', '!=', input.excludeCaseId);
  const ids = (await q.limit(MAX_CANDIDATES).execute()).map((r) => r.id);
  if (!ids.length) return [];

  const cases = await db
    .selectFrom('medCases')
    .innerJoin('organisations', 'organisations.id', 'medCases.orgId')
    .select([
      'medCases.id',
      'medCases.caseNumber',
      'medCases.title',
      'medCases.facts',
      'medCases.receivedOn',
      'medCases.state',
      'organisations.name as committeeName',
    ])
    .where('medCases.id', 'in', ids)
    .execute();
  const caseParties = await db
    .selectFrom('medParties')
    .select(['caseId', 'name', 'idNumberIndex', 'phoneIndex'])
    .where('caseId', 'in', ids)
    .execute();

  // Compare on one index per party: a stored index under an older key is mapped to the new party's current one.
  const subjectParties: DuplicateParty[] = parties.map((p, i) => ({
    name: p.name,
    idNumberIndex: p.idIndexes.length ? `id:${i}` : null,
    phoneIndex: p.phoneIndexes.length ? `phone:${i}` : null,
  }));
  const canonical = (index: string | null, kind: 'id' | 'phone') => {
    if (!index) return null;
    const i = parties.findIndex((p) => (kind === 'id' ? p.idIndexes : p.phoneIndexes).includes(index));
    return i >= 0 ? `${kind}:${i}` : `${kind}:other:${index}`;
  };
  const candidates: DuplicateCandidate[] = cases.map((c) => ({
    caseId: c.id,
    title: c.title,
    facts: c.facts,
    receivedOn: c.receivedOn as LocalDate,
    parties: caseParties
      .filter((p) => p.caseId === c.id)
      .map((p) => ({ name: p.name, idNumberIndex: canonical(p.idNumberIndex, 'id'), phoneIndex: canonical(p.phoneIndex, 'phone') })),
  }));
  const byId = new Map(cases.map((c) => [c.id, c]));
  return rankDuplicates({ parties: subjectParties, title: input.title, facts: input.facts, receivedOn }, candidates, rules).map((m) => {
    const c = byId.get(m.caseId)!;
    return {
      caseId: c.id,
      caseNumber: c.caseNumber,
      committeeName: c.committeeName,
      state: c.state as CaseState,
      receivedOn: c.receivedOn,
      level: m.level,
      score: m.score,
      reasons: m.reasons.map(describeReason),
    };
  });
}

/** The open case this dispute most likely already is (undefined when none is likely). */
export async function findDuplicateCase(
  db: DbOrTrx,
  kernel: Pick<Kernel, 'pii'>,
  input: DuplicateInput,
): Promise<DuplicateCandidateView | undefined> {
  return (await findDuplicateCandidates(db, kernel, input)).find((c) => c.level === 'likely');
}

/** 409 MED_DUPLICATE_SUSPECTED naming the candidate case in `issues` (field `duplicateOf`). */
export function duplicateSuspected(c: DuplicateCandidateView) {
  const why = c.reasons.map((r) => r.zh).join('；');
  const whyEn = c.reasons.map((r) => r.en).join('; ');
  return fail(mediationErrors, 'MED_DUPLICATE_SUSPECTED', {
    field: 'confirmNotDuplicate',
    issues: [
      {
        field: 'duplicateOf',
        code: c.caseId,
        message: `疑似与${c.committeeName}${c.caseNumber}（${c.receivedOn}登记）为同一纠纷：${why}`,
        messageEn: `Looks like case ${c.caseNumber} of ${c.committeeName} (registered ${c.receivedOn}): ${whyEn}`,
      },
    ],
  });
}

/**
 * For staff intake (MA's createCase): a likely duplicate answers 409 with the candidate unless the
 * staff member confirms it is a different dispute and says why (`notDuplicateReason`, audited by the caller).
 */
export async function checkDuplicateAtIntake(
  db: DbOrTrx,
  kernel: Pick<Kernel, 'pii'>,
  input: DuplicateInput & { confirmNotDuplicate?: boolean; notDuplicateReason?: string | null },
): Promise<void> {
  if (input.confirmNotDuplicate) {
    if (!input.notDuplicateReason?.trim()) throw fail(mediationErrors, 'MED_DUPLICATE_REASON_REQUIRED', { field: 'notDuplicateReason' });
    return;
  }
  const dup = await findDuplicateCase(db, kernel, input);
  if (dup) throw duplicateSuspected(dup);
}
