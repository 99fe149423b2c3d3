import { sql } from 'kysely';
import { localDateAt } from '@tianping/common/calendar/index';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { notFound } from '@tianping/server/http/errors';
import { matterKindLabels, providerKindLabels, type MatterKind, type ProviderKind } from '../contract/enums';
import type { CandidateView, ProposalView } from '../contract/assignment';
import { matterSpeciality } from '../contract/provider';
import { checkConflicts, type ConflictParty, type HistoryEntry } from '../domain/conflict';
import { rankCandidates, type RankedCandidate, type RotationCase } from '../domain/rotation';
import { checkSeniority, requiresSeniorLawyer } from '../domain/seniority';
import { caseScope, findParties, type CaseRow } from './case.repository';
import { historyForConflictCheck } from './provider.repository';
import { loadAssignmentSettings, type AssignmentSettings } from './assignment-settings.service';
import { assignmentViews, listAssignments } from './assignment.repository';
import { parseSpecialities } from './provider.presenter';

type Services = Pick<Kernel, 'db' | 'clock' | 'pii'>;

/**
 * The case as the assignment desk sees it: the centre staff's scope (AA's caseScope) or, for
 * whoever assigns (`legalAid.assignment.manage`), the cases of centres in their data scope.
 */
export async function findCaseForAssignment(db: DbOrTrx, actor: ScopedActor, id: string): Promise<CaseRow | undefined> {
  return db
    .selectFrom('aidCases')
    .selectAll()
    .where('aidCases.id', '=', id)
    .where((eb) =>
      actor.permissions.has('legalAid.assignment.manage')
        ? eb.or([caseScope(eb, actor), inOrgScope(eb, actor, 'aidCases.orgId')])
        : caseScope(eb, actor),
    )
    .executeTakeFirst();
}

/** 第二十五、二十八条: defence and notified representation go to a lawyer (or a firm that names one). */
export function allowedKinds(matterKind: string): string[] {
  const group = matterKindLabels[matterKind as MatterKind]?.group;
  return group === 'criminal' || group === 'notice' || matterKind === 'criminalDefence'
    ? ['lawyer', 'firm']
    : ['lawyer', 'firm', 'grassroots', 'volunteer'];
}

export const seniorityCaseOf = (c: CaseRow) => ({
  mayCarryLifeOrDeath: c.mayCarryLifeOrDeath === 1,
  deathPenaltyReview: c.matterKind === 'noticeDeathReview',
});

/** The parties the conflict check compares: recipient side and opponents, with their ID blind indexes. */
async function conflictParties(k: Services, db: DbOrTrx, caseId: string): Promise<ConflictParty[]> {
  const parties = await findParties(db, caseId);
  return parties
    .filter((p) => p.role === 'applicant' || p.role === 'recipient' || p.role === 'opponent')
    .map((p) => {
      const plain = p.idNumberEnc ? k.pii.decrypt(p.idNumberEnc) : null;
      return {
        role: p.role as ConflictParty['role'],
        name: p.name,
        idIndexes: plain ? k.pii.blindIndexCandidates('idNumber', plain) : p.idNumberIndex ? [p.idNumberIndex] : [],
      };
    });
}

/**
 * Candidates: active providers serving the case's centre or district, or a centre in the actor's
 * scope (plus `includeId`, the provider the reviewer chose), with their load, rotation count in the
 * calendar year and last assignment — aggregated in SQL.
 */
async function loadCandidates(db: DbOrTrx, actor: ScopedActor, c: CaseRow, year: string, includeId?: string) {
  const rows = await db
    .selectFrom('aidProviders')
    .leftJoin('organisations as firm', 'firm.id', 'aidProviders.firmOrgId')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('aidAssignments')
          .innerJoin('aidCases', 'aidCases.id', 'aidAssignments.caseId')
          .select((e) => [
            'aidAssignments.providerId',
            // Open = not ended and the case still in progress (a closed or terminated case no longer loads the provider).
            e.fn
              .sum<number>(
                sql`case when ${e.ref('aidAssignments.endedOn')} is null and ${e.ref('aidCases.state')} = 'assigned' then 1 else 0 end`,
              )
              .as('openLoad'),
            e.fn
              .sum<number>(sql`case when ${e.ref('aidAssignments.assignedOn')} >= ${`${year}-01-01`} then 1 else 0 end`)
              .as('periodCount'),
            e.fn.max('aidAssignments.assignedAt').as('lastAssignedAt'),
          ])
          .groupBy('aidAssignments.providerId')
          .as('load'),
      (join) => join.onRef('load.providerId', '=', 'aidProviders.id'),
    )
    .selectAll('aidProviders')
    .select(['firm.name as firmName', 'load.openLoad', 'load.periodCount', 'load.lastAssignedAt'])
    .where((eb) =>
      eb.or([
        eb.and([
          eb('aidProviders.active', '=', 1),
          eb.or([
            eb('aidProviders.orgId', '=', c.orgId),
            eb('aidProviders.regionCode', '=', c.regionCode.slice(0, 6)),
            inOrgScope(eb, actor, 'aidProviders.orgId'),
          ]),
        ]),
        ...(includeId ? [eb.and([eb('aidProviders.id', '=', includeId), inOrgScope(eb, actor, 'aidProviders.orgId')])] : []),
      ]),
    )
    .limit(1000)
    .execute();
  return rows.map((r) => ({
    ...r,
    openLoad: Number(r.openLoad ?? 0),
    periodCount: Number(r.periodCount ?? 0),
    lastAssignedAt: r.lastAssignedAt ? new Date(r.lastAssignedAt as string).toISOString() : null,
  }));
}

export type CandidateRow = Awaited<ReturnType<typeof loadCandidates>>[number];

function remarksOf(r: RankedCandidate): CandidateView['remarks'] {
  const out: CandidateView['remarks'] = [];
  if (r.blockers.includes('seniority')) out.push({ zh: r.seniority.reasonZh, en: r.seniority.reasonEn });
  if (r.blockers.includes('kind'))
    out.push({
      zh: '刑事辩护和通知辩护（代理）须指派律师（法律援助法第二十五条、第二十八条）',
      en: 'Defence needs a lawyer (Arts. 25, 28)',
    });
  if (r.blockers.includes('conflict'))
    out.push({ zh: '存在利益冲突，须记录理由方可指派（律师法第三十九条）', en: 'Conflict of interest: an override reason is required' });
  return out;
}

export interface Proposal {
  ranked: RankedCandidate[];
  rows: Map<string, CandidateRow>;
  seniorityRequired: boolean;
  settings: AssignmentSettings;
}

/** Ranks the candidates for a case: conflicts, seniority, rotation (domain functions over loaded data). */
export async function computeProposal(k: Services, db: DbOrTrx, actor: ScopedActor, c: CaseRow, includeId?: string): Promise<Proposal> {
  const today = localDateAt(k.clock.now());
  const settings = await loadAssignmentSettings(db);
  const candidates = await loadCandidates(db, actor, c, today.slice(0, 4), includeId);
  const parties = await conflictParties(k, db, c.id);
  const firmIds = [...new Set(candidates.map((p) => p.firmOrgId).filter((x): x is string => x !== null))];
  const history = (
    await historyForConflictCheck(
      db,
      candidates.map((p) => p.id),
      firmIds,
    )
  ).filter((h) => h.caseId !== c.id);
  const sCase = seniorityCaseOf(c);
  const spec = matterSpeciality[c.matterKind as MatterKind] ?? { speciality: null, field: null };
  const rotationCase: RotationCase = {
    orgId: c.orgId,
    regionCode: c.regionCode.slice(0, 6),
    speciality: spec.speciality,
    field: spec.field,
    allowedKinds: allowedKinds(c.matterKind),
  };
  const ranked = rankCandidates(
    rotationCase,
    candidates.map((p) => {
      const own = history.filter((h) => h.providerId === p.id || (p.firmOrgId !== null && h.firmOrgId === p.firmOrgId));
      const entries: HistoryEntry[] = own.map((h) => ({
        id: h.id,
        providerId: h.providerId,
        providerName: h.providerName,
        side: h.side as HistoryEntry['side'],
        name: h.name,
        idIndex: h.idNumberIndex,
        matter: h.matter,
        date: h.date,
      }));
      return {
        providerId: p.id,
        name: p.name,
        kind: p.kind,
        specialities: parseSpecialities(p.specialities),
        orgId: p.orgId,
        regionCode: p.regionCode,
        openLoad: p.openLoad,
        periodCount: p.periodCount,
        lastAssignedAt: p.lastAssignedAt,
        conflicts: checkConflicts({ providerId: p.id }, parties, entries, settings.conflictLevels),
        seniority: checkSeniority(sCase, p, today),
      };
    }),
    settings.weights,
  );
  return { ranked, rows: new Map(candidates.map((p) => [p.id, p])), seniorityRequired: requiresSeniorLawyer(sCase), settings };
}

export function candidateView(r: RankedCandidate, row: CandidateRow): CandidateView {
  return {
    rank: r.rank,
    providerId: r.providerId,
    name: r.name,
    kind: r.kind as ProviderKind,
    kindLabel: providerKindLabels[r.kind as ProviderKind],
    firmName: row.firmName,
    specialities: [...r.specialities],
    openLoad: r.openLoad,
    periodCount: r.periodCount,
    lastAssignedAt: r.lastAssignedAt,
    total: r.total,
    parts: r.parts,
    conflicts: [...r.conflicts],
    seniority: r.seniority,
    blockers: r.blockers,
    assignable: r.assignable,
    needsOverride: r.needsOverride,
    remarks: remarksOf(r),
  };
}

/** GET /cases/:id/assignment-proposal: the ranked candidates, the rules applied and the assignments so far. */
export async function getProposal(k: Services, actor: ScopedActor, caseId: string): Promise<ProposalView> {
  const c = await findCaseForAssignment(k.db, actor, caseId);
  if (!c) throw notFound();
  const p = await computeProposal(k, k.db, actor, c);
  const assignments = assignmentViews(await listAssignments(k.db, c.id));
  const manage = actor.permissions.has('legalAid.assignment.manage');
  return {
    caseId: c.id,
    caseNumber: c.caseNumber,
    state: c.state,
    matterKind: c.matterKind,
    assignDueOn: c.assignDueOn,
    seniorityRequired: p.seniorityRequired,
    seniorityRule: p.seniorityRequired
      ? {
          zh: '本案须指派具有三年以上相关执业经历的律师（法律援助法第二十六条），不得变通',
          en: 'This case needs a lawyer with at least three years of relevant practice (Art. 26); no override',
        }
      : { zh: '本案不适用第二十六条的执业年限要求', en: 'Art. 26 does not apply to this case' },
    weights: p.settings.weights,
    conflictLevels: p.settings.conflictLevels,
    settingsSaved: p.settings.saved,
    candidates: p.ranked.map((r) => candidateView(r, p.rows.get(r.providerId)!)),
    current: assignments.find((a) => a.endedOn === null) ?? null,
    history: assignments,
    abilities: { canAssign: manage && c.state === 'granted', canReplace: manage && c.state === 'assigned' },
  };
}
