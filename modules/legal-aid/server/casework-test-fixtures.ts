import type { Insertable } from 'kysely';
import { putFile, recordAttachment } from '@tianping/server/attachments/attachment.service';
import { newId } from '@tianping/server/db/ids';
import { startWorkflow, loadInstance, transition } from '@tianping/server/workflow/workflow.service';
import { testActor, testContext } from '@tianping/server/workflow/test-workflow';
import type { TestApp } from '../../../server/test/build-test-app';
import { samplePdf } from '../../../server/src/attachments/test-helpers';
import { findCaseById, updateCase } from './case.repository';
import { workflowPayload } from './case.workflow-payload';
import { aidCaseWorkflow } from './case.workflow';
import type { AidCaseTable } from './tables';

/**
 * Test cases for AC's routes: a case row written directly (AA's intake has its own tests) and moved
 * through the real workflow (received → granted → assigned, → denied, → terminated), so that the
 * transitions AC's services fire (close, terminate, reopen*) run against real workflow instances.
 */

const all = ['legalAid.application.intake', 'legalAid.application.review', 'legalAid.assignment.manage'];

export async function createAidCase(
  t: TestApp,
  opts: {
    orgId: string;
    staffUserId: string;
    state: 'received' | 'granted' | 'assigned' | 'denied' | 'terminated' | 'closed';
    assigneeUserId?: string | null;
    citizenId?: string | null;
    matterKind?: string;
    receivedOn?: string;
    on?: string;
    phone?: string;
  },
): Promise<string> {
  const k = t.kernel;
  const id = newId();
  const now = k.clock.now().toISOString();
  const receivedOn = opts.receivedOn ?? '2025-09-01';
  const on = opts.on ?? '2025-09-05';
  const row: Insertable<AidCaseTable> = {
    id,
    caseNumber: `津河援〔2025〕${id.slice(-6)}号`,
    orgId: opts.orgId,
    regionCode: '120103',
    origin: 'walkIn',
    state: 'received',
    matterKind: opts.matterKind ?? 'wages',
    matterSummary: '追索劳动报酬',
    exemption: 'art42:migrantWorker',
    hardshipCheck: 'exempt',
    eligibility: '{}',
    litigation: 1,
    urgent: 0,
    forwardedLate: 0,
    mayCarryLifeOrDeath: 0,
    applicantName: '王小工',
    citizenId: opts.citizenId ?? null,
    receivedOn,
    receivedAt: now,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const actor = testActor({ userId: opts.staffUserId, orgId: opts.orgId }, all);
  const ctx = testContext(actor);
  await k.db.transaction().execute(async (trx) => {
    await trx.insertInto('aidCases').values(row).execute();
    await trx
      .insertInto('aidParties')
      .values({
        id: newId(),
        caseId: id,
        role: 'applicant',
        name: '王小工',
        phoneEnc: opts.phone ? k.pii.encrypt(opts.phone) : null,
        phoneIndex: opts.phone ? k.pii.blindIndex('phone', opts.phone) : null,
        createdAt: now,
      })
      .execute();
    await startWorkflow(k, trx, ctx, aidCaseWorkflow, {
      entityId: id,
      orgId: opts.orgId,
      payload: workflowPayload((await findCaseById(trx, id))!),
    });
    const step = async (name: string, patch: Partial<Insertable<AidCaseTable>>) => {
      const c = (await findCaseById(trx, id))!;
      const inst = (await loadInstance(trx, aidCaseWorkflow, id))!;
      const moved = await transition(k, trx, ctx, aidCaseWorkflow, inst, name, workflowPayload({ ...c, ...patch } as typeof c));
      await updateCase(trx, id, c.version, { ...patch, state: moved.state });
    };
    if (opts.state === 'denied') await step('deny', { decidedOn: on, decisionReason: '不符合经济困难条件' });
    if (['granted', 'assigned', 'terminated', 'closed'].includes(opts.state)) await step('grant', { decidedOn: on });
    if (['assigned', 'terminated', 'closed'].includes(opts.state))
      await step('assign', { assigneeUserId: opts.assigneeUserId ?? null, assignedOn: on });
    if (opts.state === 'terminated') await step('terminate', { closedOn: on });
    if (opts.state === 'closed') await step('close', { closedOn: on });
  });
  return id;
}

/** A PDF stored as an attachment of the case (owner `aidCase`), as the provider's upload would be. */
export async function caseAttachment(t: TestApp, caseId: string, orgId: string, userId: string): Promise<string> {
  const k = t.kernel;
  const stored = await putFile(k, samplePdf);
  const ctx = testContext(testActor({ userId, orgId }, []));
  const row = await k.db
    .transaction()
    .execute((trx) =>
      recordAttachment(
        k,
        trx,
        ctx,
        stored,
        { entityType: 'aidCase', entityId: caseId, fileName: '判决书.pdf', fileType: 'pdf' },
        orgId,
        'attachments.file.upload',
      ),
    );
  return row.id;
}
