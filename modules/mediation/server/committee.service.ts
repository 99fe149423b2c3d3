import { localDateAt, type LocalDate } from '@tianping/common/calendar/index';
import { coreErrors } from '@tianping/common/errors/codes';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx, Trx } from '@tianping/server/db/database';
import { newId, nowIso } from '@tianping/server/db/ids';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { findOrgInScope } from '@tianping/server/org/org.repository';
import { mediationErrors } from '../contract/errors';
import type {
  CommitteeCreateInput,
  CommitteeDetail,
  CommitteeListQuery,
  CommitteePage,
  CommitteeUpdateInput,
  MemberInput,
} from '../contract/organisation';
import { committeeProblem, termEndOf } from '../domain/committee';
import { committeeAuditSnapshot, presentCommitteeDetail, presentCommitteeSummary } from './committee.presenter';
import {
  findCommitteeInScope,
  findCommitteeRecord,
  insertCommittee,
  listCommitteeCandidates,
  listCommittees,
  listMembers,
  nearestJusticeOffice,
  replaceMembers,
  updateCommittee,
} from './committee.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock'>;

const today = (k: Pick<Kernel, 'clock'>): LocalDate => localDateAt(k.clock.now());

export async function listCommitteePage(k: Services, actor: ScopedActor, query: CommitteeListQuery): Promise<CommitteePage> {
  const { page, pageSize, ...filter } = query;
  const day = today(k);
  const { rows, total } = await listCommittees(k.db, actor, filter, { page, pageSize }, day);
  const members = await listMembers(
    k.db,
    rows.map((r) => r.orgId),
  );
  return {
    items: rows.map((r) =>
      presentCommitteeSummary(
        r,
        members.filter((m) => m.committeeOrgId === r.orgId),
        day,
      ),
    ),
    total,
    page,
    pageSize,
  };
}

async function detail(db: DbOrTrx, actor: ScopedActor, orgId: string, day: LocalDate): Promise<CommitteeDetail> {
  const row = await findCommitteeInScope(db, actor, orgId);
  if (!row) throw notFound();
  return presentCommitteeDetail(row, await listMembers(db, [orgId]), actor, day);
}

export async function getCommittee(k: Services, actor: ScopedActor, orgId: string): Promise<CommitteeDetail> {
  return detail(k.db, actor, orgId, today(k));
}

export async function committeeCandidates(k: Services, actor: ScopedActor, q: string | undefined) {
  return { items: await listCommitteeCandidates(k.db, actor, q) };
}

/** 第八、九条 before anything is written: the first broken rule answers 400 with its field. */
function validate(input: { kind: CommitteeCreateInput['kind']; industryField?: string | null | undefined; members: MemberInput[] }) {
  const problem = committeeProblem({ kind: input.kind, industryField: input.industryField ?? null, members: input.members });
  if (problem) throw fail(mediationErrors, problem.code, { field: problem.field });
}

/** A member linked to a mediator names one of this committee's mediators. */
async function checkMemberMediators(db: DbOrTrx, orgId: string, members: MemberInput[]) {
  for (const [i, m] of members.entries()) {
    if (!m.mediatorId) continue;
    const med = await db.selectFrom('medMediators').select(['orgId', 'status']).where('id', '=', m.mediatorId).executeTakeFirst();
    if (!med || med.orgId !== orgId || med.status === 'dismissed') {
      throw fail(mediationErrors, 'MED_MEDIATOR_UNAVAILABLE', { field: `members.${i}.mediatorId` });
    }
  }
}

function memberRows(orgId: string, members: MemberInput[], now: string) {
  return members.map((m, position) => ({
    id: newId(),
    committeeOrgId: orgId,
    name: m.name,
    gender: m.gender,
    role: m.role,
    mediatorId: m.mediatorId ?? null,
    termStartOn: m.termStartOn,
    termEndOn: termEndOf(m),
    termWarnedOn: null as string | null,
    position,
    createdAt: now,
  }));
}

async function supervisorFor(trx: Trx, actor: ScopedActor, orgPath: string, given: string | null | undefined): Promise<string | null> {
  if (given === undefined || given === null) return nearestJusticeOffice(trx, orgPath);
  if (!(await findOrgInScope(trx, actor, given)) && !(await isAncestor(trx, orgPath, given))) {
    throw fail(coreErrors, 'NOT_FOUND', { field: 'supervisingOrgId' });
  }
  return given;
}

async function isAncestor(db: DbOrTrx, orgPath: string, id: string): Promise<boolean> {
  return (
    orgPath.split('/').includes(id) && Boolean(await db.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst())
  );
}

export async function createCommittee(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  input: CommitteeCreateInput,
): Promise<CommitteeDetail> {
  validate(input);
  const day = today(k);
  return k.db.transaction().execute(async (trx) => {
    const org = await findOrgInScope(trx, actor, input.orgId);
    if (!org || org.active !== 1) throw fail(coreErrors, 'NOT_FOUND', { field: 'orgId' });
    const atJusticeOffice = org.type === 'justiceOffice' && input.kind === 'street';
    if (org.type !== 'mediationCommittee' && !atJusticeOffice) throw fail(mediationErrors, 'MED_COMMITTEE_ORG_TYPE', { field: 'orgId' });
    if (await findCommitteeRecord(trx, org.id)) throw fail(mediationErrors, 'MED_COMMITTEE_EXISTS', { field: 'orgId' });
    await checkMemberMediators(trx, org.id, input.members);
    const now = nowIso();
    const record = {
      orgId: org.id,
      kind: input.kind,
      industryField: input.kind === 'industry' ? (input.industryField ?? null) : null,
      establishedOn: input.establishedOn ?? null,
      address: input.address ?? null,
      phone: input.phone ?? null,
      sponsor: input.sponsor ?? null,
      supervisingOrgId: await supervisorFor(trx, actor, org.path, input.supervisingOrgId),
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await insertCommittee(trx, record);
    const members = memberRows(org.id, input.members, now);
    await replaceMembers(trx, org.id, members);
    await k.audit.record(trx, ctx, {
      action: 'mediation.committee.create',
      entityType: 'medCommittee',
      entityId: org.id,
      orgId: org.id,
      after: committeeAuditSnapshot(record, members),
    });
    return detail(trx, actor, org.id, day);
  });
}

export async function updateCommitteeRecord(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  orgId: string,
  input: CommitteeUpdateInput,
): Promise<CommitteeDetail> {
  const day = today(k);
  return k.db.transaction().execute(async (trx) => {
    const row = await findCommitteeInScope(trx, actor, orgId);
    if (!row) throw notFound();
    validate(input);
    if (row.orgType !== 'mediationCommittee' && input.kind !== 'street')
      throw fail(mediationErrors, 'MED_COMMITTEE_ORG_TYPE', { field: 'kind' });
    await checkMemberMediators(trx, orgId, input.members);
    const before = await findCommitteeRecord(trx, orgId);
    const beforeMembers = await listMembers(trx, [orgId]);
    const org = await findOrgInScope(trx, actor, orgId);
    const now = nowIso();
    const patch = {
      kind: input.kind,
      industryField: input.kind === 'industry' ? (input.industryField ?? null) : null,
      establishedOn: input.establishedOn ?? null,
      address: input.address ?? null,
      phone: input.phone ?? null,
      sponsor: input.sponsor ?? null,
      supervisingOrgId:
        input.supervisingOrgId === undefined
          ? row.supervisingOrgId
          : await supervisorFor(trx, actor, org?.path ?? '', input.supervisingOrgId),
      updatedAt: now,
    };
    if (!(await updateCommittee(trx, orgId, input.version, patch))) throw conflict({ field: 'version' });
    const members = memberRows(orgId, input.members, now);
    // A member whose term was already warned about keeps the mark while the term is unchanged.
    for (const m of members) {
      const prev = beforeMembers.find((b) => b.name === m.name && b.termEndOn === m.termEndOn);
      if (prev?.termWarnedOn) m.termWarnedOn = prev.termWarnedOn;
    }
    await replaceMembers(trx, orgId, members);
    const after = await findCommitteeRecord(trx, orgId);
    await k.audit.record(trx, ctx, {
      action: 'mediation.committee.update',
      entityType: 'medCommittee',
      entityId: orgId,
      orgId,
      before: before ? committeeAuditSnapshot(before, beforeMembers) : undefined,
      after: after ? committeeAuditSnapshot(after, members) : undefined,
    });
    return detail(trx, actor, orgId, day);
  });
}
