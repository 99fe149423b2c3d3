import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTrx } from '@tianping/server/db/database';
import type {
  MedAgreementSignatureTable,
  MedAgreementTable,
  MedConfirmationTable,
  MedFollowupTable,
  MedOutcomeTable,
  MedParticipantTable,
  MedPerformanceTable,
  MedRiskMeasureTable,
  MedSessionTable,
} from './handling-tables';

/** SQL of handling and outcomes (handling-tables.ts). The case itself is loaded in scope by case.repository.ts. */

export type SessionRow = Selectable<MedSessionTable>;
export type ParticipantRow = Selectable<MedParticipantTable>;
export type RiskRow = Selectable<MedRiskMeasureTable>;
export type AgreementRow = Selectable<MedAgreementTable>;
export type SignatureRow = Selectable<MedAgreementSignatureTable>;
export type OutcomeRow = Selectable<MedOutcomeTable>;
export type PerformanceRow = Selectable<MedPerformanceTable>;
export type FollowupRow = Selectable<MedFollowupTable>;
export type ConfirmationRow = Selectable<MedConfirmationTable>;

export interface HandlingRows {
  sessions: SessionRow[];
  participants: ParticipantRow[];
  risks: RiskRow[];
  agreement: AgreementRow | undefined;
  signatures: SignatureRow[];
  outcome: OutcomeRow | undefined;
  performance: PerformanceRow[];
  followups: FollowupRow[];
  confirmations: ConfirmationRow[];
}

export async function findAgreement(db: DbOrTrx, caseId: string): Promise<AgreementRow | undefined> {
  return db.selectFrom('medAgreements').selectAll().where('caseId', '=', caseId).executeTakeFirst();
}

export async function loadHandlingRows(db: DbOrTrx, caseId: string): Promise<HandlingRows> {
  const [sessions, participants, risks, agreement, outcome, performance, followups, confirmations] = await Promise.all([
    db.selectFrom('medSessions').selectAll().where('caseId', '=', caseId).orderBy('heldOn').orderBy('id').execute(),
    db.selectFrom('medParticipants').selectAll().where('caseId', '=', caseId).orderBy('id').execute(),
    db.selectFrom('medRiskMeasures').selectAll().where('caseId', '=', caseId).orderBy('assessedOn').orderBy('id').execute(),
    findAgreement(db, caseId),
    db.selectFrom('medOutcomes').selectAll().where('caseId', '=', caseId).orderBy('id', 'desc').executeTakeFirst(),
    db.selectFrom('medPerformance').selectAll().where('caseId', '=', caseId).orderBy('checkedOn').orderBy('id').execute(),
    db.selectFrom('medFollowups').selectAll().where('caseId', '=', caseId).orderBy('visitedOn').orderBy('id').execute(),
    db.selectFrom('medConfirmations').selectAll().where('caseId', '=', caseId).orderBy('appliedOn').orderBy('id').execute(),
  ]);
  const signatures = agreement
    ? await db.selectFrom('medAgreementSignatures').selectAll().where('agreementId', '=', agreement.id).orderBy('id').execute()
    : [];
  return { sessions, participants, risks, agreement, signatures, outcome, performance, followups, confirmations };
}

export async function insertSession(db: DbOrTrx, row: Insertable<MedSessionTable>, participants: Insertable<MedParticipantTable>[]) {
  await db.insertInto('medSessions').values(row).execute();
  if (participants.length) await db.insertInto('medParticipants').values(participants).execute();
}

export async function insertRisk(db: DbOrTrx, row: Insertable<MedRiskMeasureTable>) {
  await db.insertInto('medRiskMeasures').values(row).execute();
}

export async function insertAgreement(
  db: DbOrTrx,
  row: Insertable<MedAgreementTable>,
  signatures: Insertable<MedAgreementSignatureTable>[],
) {
  await db.insertInto('medAgreements').values(row).execute();
  if (signatures.length) await db.insertInto('medAgreementSignatures').values(signatures).execute();
}

export async function insertOutcome(db: DbOrTrx, row: Insertable<MedOutcomeTable>) {
  await db.insertInto('medOutcomes').values(row).execute();
}

export async function insertPerformance(db: DbOrTrx, row: Insertable<MedPerformanceTable>) {
  await db.insertInto('medPerformance').values(row).execute();
}

export async function insertFollowup(db: DbOrTrx, row: Insertable<MedFollowupTable>) {
  await db.insertInto('medFollowups').values(row).execute();
}

export async function insertConfirmation(db: DbOrTrx, row: Insertable<MedConfirmationTable>) {
  await db.insertInto('medConfirmations').values(row).execute();
}

export async function findConfirmation(db: DbOrTrx, caseId: string, id: string): Promise<ConfirmationRow | undefined> {
  return db.selectFrom('medConfirmations').selectAll().where('caseId', '=', caseId).where('id', '=', id).executeTakeFirst();
}

/** Optimistic on the status: false when another request changed it first. */
export async function updateConfirmation(db: DbOrTrx, id: string, fromStatus: string, patch: Updateable<MedConfirmationTable>) {
  const res = await db.updateTable('medConfirmations').set(patch).where('id', '=', id).where('status', '=', fromStatus).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The attachment ids among `ids` that belong to the case (photos of a session). */
export async function caseAttachmentIds(db: DbOrTrx, caseId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('attachments')
    .select('id')
    .where('entityType', '=', 'medCase')
    .where('entityId', '=', caseId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** A court of the referrers registry (MR's med_referrers, kind `court`). */
export async function findCourtReferrer(db: DbOrTrx, id: string): Promise<{ id: string; name: string } | undefined> {
  return db.selectFrom('medReferrers').select(['id', 'name']).where('id', '=', id).where('kind', '=', 'court').executeTakeFirst();
}

/** Agreements whose confirmation window closes within `days`, not yet applied for and not reminded. */
export async function agreementsToRemind(db: DbOrTrx, today: string, until: string, limit: number) {
  return db
    .selectFrom('medAgreements')
    .innerJoin('medCases', 'medCases.id', 'medAgreements.caseId')
    .select([
      'medAgreements.id',
      'medAgreements.caseId',
      'medAgreements.confirmationDueOn',
      'medCases.orgId',
      'medCases.mediatorId',
      'medCases.caseNumber',
    ])
    .where('medAgreements.confirmationRemindedAt', 'is', null)
    .where('medAgreements.confirmationDueOn', '>=', today)
    .where('medAgreements.confirmationDueOn', '<=', until)
    .where('medCases.state', '=', 'succeeded')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('medConfirmations').select('medConfirmations.id').whereRef('medConfirmations.caseId', '=', 'medAgreements.caseId'),
        ),
      ),
    )
    .orderBy('medAgreements.confirmationDueOn')
    .limit(limit)
    .execute();
}

export async function markReminded(db: DbOrTrx, agreementId: string, now: string) {
  await db.updateTable('medAgreements').set({ confirmationRemindedAt: now }).where('id', '=', agreementId).execute();
}

/** The organisation and its ancestors (nearest first), for finding the district's supervisors. */
export async function ancestorsOf(db: DbOrTrx, orgId: string): Promise<{ id: string; type: string }[]> {
  const chain: { id: string; type: string }[] = [];
  let id: string | null = orgId;
  for (let depth = 0; id && depth < 8; depth++) {
    const row: { id: string; type: string; parentId: string | null } | undefined = await db
      .selectFrom('organisations')
      .select(['id', 'type', 'parentId'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) break;
    chain.push({ id: row.id, type: row.type });
    id = row.parentId;
  }
  return chain;
}

/** Active users holding a role with subtree or city scope in the organisation (its supervisors). */
export async function supervisingUsersAt(db: DbOrTrx, orgId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('userRoles')
    .innerJoin('users', 'users.id', 'userRoles.userId')
    .select('users.id')
    .distinct()
    .where('userRoles.orgId', '=', orgId)
    .where('userRoles.scope', 'in', ['subtree', 'city'])
    .where('users.active', '=', 1)
    .execute();
  return rows.map((r) => r.id);
}
