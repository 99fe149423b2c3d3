import type { Insertable, Selectable } from 'kysely';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { ProviderKind } from '../contract/enums';
import type { AssignmentView } from '../contract/assignment';
import type { AidAssignmentTable } from './provider-tables';

export type AssignmentRow = Selectable<AidAssignmentTable> & {
  providerName: string;
  providerKind: string;
  firmName: string | null;
  contactPhone: string | null;
};

/** The assignments of a case, oldest first, with the provider's name, firm and office phone. */
export async function listAssignments(db: DbOrTrx, caseId: string): Promise<AssignmentRow[]> {
  return db
    .selectFrom('aidAssignments')
    .innerJoin('aidProviders', 'aidProviders.id', 'aidAssignments.providerId')
    .leftJoin('organisations as firm', 'firm.id', 'aidProviders.firmOrgId')
    .selectAll('aidAssignments')
    .select([
      'aidProviders.name as providerName',
      'aidProviders.kind as providerKind',
      'firm.name as firmName',
      'aidProviders.contactPhone',
    ])
    .where('aidAssignments.caseId', '=', caseId)
    .orderBy('aidAssignments.assignedAt')
    .orderBy('aidAssignments.id')
    .execute();
}

export function assignmentViews(rows: AssignmentRow[]): AssignmentView[] {
  return rows.map((a) => ({
    id: a.id,
    providerId: a.providerId,
    providerName: a.providerName,
    providerKind: a.providerKind as ProviderKind,
    firmName: a.firmName,
    contactPhone: a.contactPhone,
    proposedRank: a.proposedRank,
    overrideReason: a.overrideReason,
    replacesAssignmentId: a.replacesAssignmentId,
    replacementReason: a.replacementReason,
    assignedOn: a.assignedOn,
    assignedAt: new Date(a.assignedAt).toISOString(),
    onTime: a.onTime === 1,
    endedOn: a.endedOn,
    endReason: a.endReason,
  }));
}

export async function insertAssignment(db: DbOrTrx, row: Insertable<AidAssignmentTable>): Promise<void> {
  await db.insertInto('aidAssignments').values(row).execute();
}

/**
 * Ends the open assignment of a case (`replaced` here; closure.service / termination.service end it
 * `closed` / `terminated` in their transaction, so the provider's load falls). Returns how many rows ended.
 */
export async function endOpenAssignment(db: DbOrTrx, caseId: string, endedOn: string, endReason: string): Promise<number> {
  const res = await db
    .updateTable('aidAssignments')
    .set({ endedOn, endReason })
    .where('caseId', '=', caseId)
    .where('endedOn', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/**
 * 第四十九条: an objection decided "order correction" against a termination restores the aid with the
 * same provider — the assignment the termination ended (`terminated`, the latest) is open again.
 */
export async function reopenTerminatedAssignment(db: DbOrTrx, caseId: string): Promise<number> {
  const last = await db
    .selectFrom('aidAssignments')
    .select(['id', 'endReason'])
    .where('caseId', '=', caseId)
    .orderBy('assignedAt', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!last || last.endReason !== 'terminated') return 0;
  const res = await db.updateTable('aidAssignments').set({ endedOn: null, endReason: null }).where('id', '=', last.id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}
