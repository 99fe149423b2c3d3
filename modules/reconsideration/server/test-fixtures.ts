import { workflowPayload } from './case.workflow-payload';
import { reconCaseWorkflow } from './case.workflow';
import { findCaseById, insertCase, updateCase, type CaseRow } from './case.repository';
import { receivedCaseRow } from './case-row';
import type { ReconCaseTable } from './tables';
import type { Insertable } from 'kysely';
import { testContext } from '@tianping/server/workflow/test-workflow';
import { startWorkflow, loadInstance, transition } from '@tianping/server/workflow/workflow.service';
import { newId, nowIso } from '@tianping/server/db/ids';
import { createOrg } from '../../../server/test/factories';
import type { TestApp } from '../../../server/test/build-test-app';

/**
 * The organisations of a reconsideration test: a city bureau with two district bureaus (河西, 南开)
 * and under 河西 a respondent agency (行政执法部门).
 */
export async function reconOrgs(t: TestApp) {
  const city = await createOrg(t, { type: 'cityBureau', name: '天津市司法局' });
  const hexi = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '天津市河西区司法局' });
  const nankai = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '天津市南开区司法局' });
  const agency = await createOrg(t, { parentId: hexi.id, type: 'enforcementAgency', name: '天津市河西区市场监督管理局' });
  return { city, hexi, nankai, agency };
}

/**
 * Inserts a case in `received` (workflow started, review timer running) without going through the
 * intake service — for tests of later steps. `accept` also fires acceptance on `acceptedOn`.
 */
export async function createTestCase(
  t: TestApp,
  opts: {
    orgId: string;
    respondentOrgId?: string | null;
    receivedOn?: string;
    accept?: { on: string; procedure: 'ordinary' | 'simplified'; handlerId?: string | null };
    citizenId?: string | null;
    overrides?: Partial<Insertable<ReconCaseTable>>;
  },
): Promise<CaseRow> {
  const k = t.kernel;
  const id = newId();
  const now = nowIso();
  const receivedOn = opts.receivedOn ?? '2025-09-26';
  const ctx = testContext(null);
  await k.db.transaction().execute(async (trx) => {
    await insertCase(trx, {
      ...receivedCaseRow(
        {
          id,
          orgId: opts.orgId,
          regionCode: '120103',
          proposedProcedure: 'ordinary',
          channel: 'walkIn',
          applicantKind: 'person',
          applicantName: '张三',
          applicantIdNumberEnc: null,
          applicantIdNumberIndex: null,
          applicantPhoneEnc: null,
          applicantPhoneIndex: null,
          applicantAddressEnc: null,
          applicantCitizenId: opts.citizenId ?? null,
          respondentOrgId: opts.respondentOrgId ?? null,
          respondentName: '天津市河西区市场监督管理局',
          actKind: 'penalty',
          actDocumentNo: `津西市监罚〔2025〕${id.slice(-4)}号`,
          actMadeOn: '2025-09-01',
          actLearnedOn: '2025-09-03',
          rightsStated: 1,
          rightsLearnedOn: null,
          involvesRealProperty: 0,
          onTheSpot: 0,
          warningOrCriticism: 0,
          amountFen: 500000,
          partiesAgreeSimplified: 0,
          requests: '撤销行政处罚决定',
          factsAndReasons: '处罚认定事实不清',
          receivedOn,
          timeliness: '{}',
          late: 0,
        },
        now,
      ),
      ...opts.overrides,
    });
    const row = (await findCaseById(trx, id))!;
    await startWorkflow(k, trx, ctx, reconCaseWorkflow, {
      entityId: id,
      orgId: opts.orgId,
      payload: workflowPayload(row, { effectiveDate: receivedOn }),
    });
    if (!opts.accept) return;
    const patch = {
      state: 'accepted',
      procedure: opts.accept.procedure,
      acceptedOn: opts.accept.on,
      handlerId: opts.accept.handlerId ?? null,
    };
    await updateCase(trx, id, row.version, patch);
    const inst = (await loadInstance(trx, reconCaseWorkflow, id))!;
    await transition(
      k,
      trx,
      ctx,
      reconCaseWorkflow,
      inst,
      'accept',
      workflowPayload({ ...row, ...patch }, { effectiveDate: opts.accept.on }),
    );
  });
  return (await findCaseById(k.db, id))!;
}
