import { sql, type ExpressionBuilder } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { Database } from '@tianping/server/db/schema';
import type { CaseListQuery } from '../contract/case';
import { caseScope } from './case.repository';

export interface CaseListFilter extends Omit<CaseListQuery, 'page' | 'pageSize'> {
  /** For `deadline`: today and the last due date that is already "due soon". */
  today: string;
  dueSoonHorizon: string;
}

type Eb = ExpressionBuilder<Database, 'aidCases'>;

/** The pending request for missing materials of the case (one per case, 第四十三条第二款). */
const pendingRequest = (eb: Eb) =>
  eb.selectFrom('aidMaterialRequests as mr').whereRef('mr.caseId', '=', 'aidCases.id').where('mr.status', '=', 'pending');

/** The running clock of a case: review while received, the materials' date while correcting, assignment while granted. */
function dueBetween(eb: Eb, from: string | null, to: string) {
  const range = (col: 'aidCases.reviewDueOn' | 'aidCases.assignDueOn') =>
    from === null ? eb(col, '<', to) : eb.and([eb(col, '>=', from), eb(col, '<=', to)]);
  const materials = pendingRequest(eb)
    .select('mr.id')
    .$if(from === null, (q) => q.where('mr.dueOn', '<', to))
    .$if(from !== null, (q) => q.where('mr.dueOn', '>=', from!).where('mr.dueOn', '<=', to));
  return eb.or([
    eb.and([eb('aidCases.state', '=', 'received'), range('aidCases.reviewDueOn')]),
    eb.and([eb('aidCases.state', '=', 'correcting'), eb.exists(materials)]),
    eb.and([eb('aidCases.state', '=', 'granted'), range('aidCases.assignDueOn')]),
  ]);
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The workbench list and review queue: scoped (`caseScope`), filtered in SQL, newest received first,
 * with the total; the `(org_id, state, review_due_on)` and `(org_id, received_on, id)` indexes serve it.
 */
export async function listCasesInScope(db: DbOrTrx, actor: ScopedActor, f: CaseListFilter, page: number, pageSize: number) {
  const like = (v: string) => sql<string>`${`%${escapeLike(v)}%`} escape '\\'`;
  const base = db
    .selectFrom('aidCases')
    .where((eb) => caseScope(eb, actor))
    .$if(f.state !== undefined, (q) => q.where('aidCases.state', '=', f.state!))
    .$if(f.origin !== undefined, (q) => q.where('aidCases.origin', '=', f.origin!))
    .$if(f.matterKind !== undefined, (q) => q.where('aidCases.matterKind', '=', f.matterKind!))
    .$if(f.urgent !== undefined, (q) => q.where('aidCases.urgent', '=', f.urgent === 'true' ? 1 : 0))
    .$if(f.orgId !== undefined, (q) => q.where('aidCases.orgId', '=', f.orgId!))
    .$if(f.q !== undefined, (q) =>
      q.where((eb) => eb.or([eb('aidCases.caseNumber', 'like', like(f.q!)), eb('aidCases.applicantName', 'like', like(f.q!))])),
    )
    .$if(f.deadline === 'overdue', (q) => q.where((eb) => dueBetween(eb, null, f.today)))
    .$if(f.deadline === 'dueSoon', (q) => q.where((eb) => dueBetween(eb, f.today, f.dueSoonHorizon)));
  const [items, count] = await Promise.all([
    base
      .selectAll('aidCases')
      .select((eb) => pendingRequest(eb).select('mr.dueOn').limit(1).as('materialsDueOn'))
      .orderBy('aidCases.receivedOn', 'desc')
      .orderBy('aidCases.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export async function listCaseAttachments(db: DbOrTrx, caseId: string, createdByCitizen?: string) {
  return db
    .selectFrom('attachments')
    .select(['id', 'fileName', 'fileType', 'size', 'createdAt', 'templateId', 'createdByType', 'createdById'])
    .where('entityType', '=', 'aidCase')
    .where('entityId', '=', caseId)
    .$if(createdByCitizen !== undefined, (q) =>
      q.where((eb) =>
        eb.or([eb('templateId', 'is not', null), eb.and([eb('createdByType', '=', 'citizen'), eb('createdById', '=', createdByCitizen!)])]),
      ),
    )
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export async function listCitizenCases(db: DbOrTrx, citizenId: string) {
  return db
    .selectFrom('aidCases')
    .innerJoin('organisations', 'organisations.id', 'aidCases.orgId')
    .selectAll('aidCases')
    .select('organisations.name as orgName')
    .where('aidCases.citizenId', '=', citizenId)
    .orderBy('aidCases.receivedAt', 'desc')
    .limit(200)
    .execute();
}

/** Active legal aid centres (the portal's choice of centre; the jurisdiction check's candidates). */
export async function listCentres(db: DbOrTrx) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'regionCode'])
    .where('type', '=', 'legalAidCentre')
    .where('active', '=', 1)
    .orderBy('regionCode')
    .orderBy('name')
    .execute();
}
