import { addDays, localDateAt, type LocalDate } from '@tianping/common/calendar/index';
import type { RequestContext, StaffActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { startWorkflow, transition } from '@tianping/server/workflow/workflow.service';
import type { Updateable } from 'kysely';
import { legalAidPermissions } from '../contract/permissions';
import { indexCase } from './application-intake.service';
import { findCaseById, insertCase, insertParties, type CaseRow } from './case.repository';
import { aidCaseWorkflow } from './case.workflow';
import { syncDueDates, workflowPayload } from './case.workflow-payload';
import { demoAidPlans, type DemoAidPlan } from './seed-demo-cases.plan';
import { seedDemoCaseRecords, type DemoCentre } from './seed-demo-records';
import { seedRecentDuty } from './seed-demo-duty';
import { between, districtShort, idNumber, matterSummaries, noticeStageOf, personName, phone, rngOf, type Rng } from './seed-aid.plan';
import type { AidCaseTable } from './tables';

/**
 * Demo applications and notices (first start of a non-production instance, after the providers):
 * every centre gets cases received over the last ~2 months (the real clock is the demo's "now") in
 * every state — awaiting review, awaiting materials, awaiting assignment, in progress, closed with
 * subsidies, denied with objections, withdrawn, terminated, transferred. Cases pass through the
 * workflow (`startWorkflow` / `transition` with the historical dates), so instances, the 7- and
 * 3-day timers and todo items are real; the rows beside them (notices, material requests,
 * assignments, progress, closures, subsidies, follow-ups, file reviews, objections, terminations)
 * are written as the services write them (seed-demo-records.ts). The demo centre (河西) gets the
 * whole plan, the others every sixth entry (the first start stays short); duty rosters and services
 * of the last 60 days come first (seed-demo-duty.ts). Idempotent: nothing happens once any case exists.
 */
export async function seedDemoCases(kernel: Kernel): Promise<void> {
  await seedRecentDuty(kernel);
  if (await kernel.db.selectFrom('aidCases').select('id').executeTakeFirst()) return;
  const city = await kernel.db
    .selectFrom('organisations')
    .select(['id', 'path'])
    .where('parentId', 'is', null)
    .orderBy('code')
    .executeTakeFirst();
  if (!city) return;
  const centres = await kernel.db
    .selectFrom('organisations')
    .select(['id', 'name', 'regionCode', 'path'])
    .where('type', '=', 'legalAidCentre')
    .where('active', '=', 1)
    .orderBy('code')
    .execute();
  const providers = await kernel.db
    .selectFrom('aidProviders')
    .select(['id', 'userId', 'orgId', 'kind', 'relevantCriminalYears'])
    .where('active', '=', 1)
    .orderBy('createdAt')
    .execute();
  const standard = await kernel.db
    .selectFrom('aidHardshipStandards')
    .select('id')
    .where('effectiveTo', 'is', null)
    .orderBy('effectiveFrom', 'desc')
    .executeTakeFirst();
  const reviewer = await kernel.db.selectFrom('users').select('id').where('username', '=', 'hexi.aid').executeTakeFirst();
  const ctx = seedContext(city, reviewer?.id ?? 'demo-seed');
  const today = localDateAt(kernel.clock.now());
  const rng = rngOf(20261128);
  const started = Date.now();
  let cases = 0;
  for (const [ci, c] of centres.entries()) {
    const own = providers.filter((p) => p.orgId === c.id && p.kind === 'lawyer');
    if (!own.length) continue;
    // The provider bound to a login (王律师) first, so the lawyer's own view is not empty.
    own.sort((a, b) => (b.userId ? 1 : 0) - (a.userId ? 1 : 0));
    const full = c.name.includes('河西');
    const plans = full ? demoAidPlans : demoAidPlans.filter((_, i) => (i + ci) % 6 === 0);
    const centre: DemoCentre = { ...c, district: c.regionCode.slice(0, 6), short: districtShort(c.name), providers: own, next: 0 };
    const other = centres[(ci + 1) % centres.length]!;
    await kernel.db.transaction().execute(async (trx) => {
      for (const plan of plans) {
        const row = await createCase(kernel, trx, ctx, rng, centre, plan, today, standard?.id ?? null);
        await advance(kernel, trx, ctx, rng, centre, row, plan, today, other.id);
        cases++;
      }
    });
  }
  kernel.log.info({ cases, ms: Date.now() - started }, 'legal aid demo cases seeded');
}

function seedContext(city: { id: string; path: string }, userId: string): RequestContext {
  const actor: StaffActor = {
    kind: 'staff',
    userId,
    username: 'demo-seed',
    displayName: '演示数据',
    sessionId: 'demo-seed',
    assignmentId: null,
    roleId: null,
    orgId: city.id,
    orgPath: city.path,
    scope: 'city',
    permissions: new Set(legalAidPermissions.map((p) => p.key)),
  };
  return { requestId: 'demo-seed', ip: '127.0.0.1', userAgent: 'tianping-demo-seed', actor };
}

async function createCase(
  kernel: Kernel,
  trx: Trx,
  ctx: RequestContext,
  rng: Rng,
  centre: DemoCentre,
  plan: DemoAidPlan,
  today: LocalDate,
  standardId: string | null,
): Promise<CaseRow> {
  const receivedOn = addDays(today, -plan.daysAgo);
  const receivedAt = `${addDays(receivedOn, -1)}T${String(between(rng, 1, 8)).padStart(2, '0')}:${String(between(rng, 10, 59))}:00.000Z`;
  const notice = plan.origin === 'notice';
  const { number } = await kernel.caseNumbers.allocate(trx, {
    orgId: centre.id,
    caseType: 'legalAid',
    year: Number(receivedOn.slice(0, 4)),
  });
  const id = newId();
  const name = personName(rng);
  const wages = plan.matter === 'wages';
  const household = notice ? null : between(rng, 1, 4);
  const exemption = notice ? 'none' : wages ? 'art42:migrantWorker' : 'none';
  const senderName = notice
    ? `天津市${centre.short}区${plan.sender === 'court' ? '人民法院' : plan.sender === 'procuratorate' ? '人民检察院' : '公安分局'}`.replace(
        '新区区',
        '新区',
      )
    : null;
  const forwarded = plan.origin === 'forwarded';
  const row: AidCaseTable = {
    id,
    caseNumber: number,
    orgId: centre.id,
    regionCode: centre.district,
    origin: plan.origin,
    forwardedBy: forwarded ? `天津市${centre.short}区看守所`.replace('新区区', '新区') : null,
    forwarderKind: forwarded ? 'detentionFacility' : null,
    forwarderReceivedAt: forwarded ? `${addDays(receivedOn, -1)}T01:30:00.000Z` : null,
    forwardedAt: forwarded ? `${addDays(receivedOn, -1)}T09:00:00.000Z` : null,
    forwardedLate: 0,
    dutyServiceId: null,
    state: 'received',
    matterKind: plan.matter,
    matterSummary: notice
      ? `${senderName}通知：被告人涉嫌盗窃罪，没有委托辩护人`
      : (matterSummaries[plan.matter] ?? '申请人请求法律援助（演示数据）'),
    litigation: 1,
    authorityName: notice ? senderName : `天津市${centre.short}区人民法院`.replace('新区区', '新区'),
    authorityRegionCode: centre.district,
    eventRegionCode: centre.district,
    exemption,
    exemptionProof: exemption === 'none' ? null : '用工证明、欠薪记录（农民工请求支付劳动报酬，第四十二条）',
    householdSize: household,
    monthlyIncomeYuan: household === null ? null : between(rng, 500, 1100) * household,
    hardshipCheck: notice ? 'exempt' : exemption !== 'none' ? 'pledge' : rng() < 0.5 ? 'standard' : 'pledge',
    hardshipStandardId: notice || exemption !== 'none' ? null : standardId,
    eligibility: notice ? 'null' : JSON.stringify({ eligible: true, reasons: [] }),
    hardshipVerification: null,
    mayCarryLifeOrDeath: plan.matter === 'noticeLifeOrDeath' ? 1 : 0,
    urgent: plan.urgent ? 1 : 0,
    urgentGround: plan.urgent ? 'limitationSoon' : null,
    urgentReason: plan.urgent ? '诉讼时效将在七日内届满（法律援助法第四十四条）' : null,
    paperworkCompletedOn: null,
    applicantName: name,
    citizenId: null,
    receivedOn,
    receivedAt,
    reviewDueOn: null,
    decidedOn: null,
    decidedBy: null,
    decisionReasonKind: null,
    decisionReason: null,
    assignDueOn: null,
    assigneeProviderId: null,
    assigneeUserId: null,
    assignedOn: null,
    closedOn: null,
    transferredToCaseId: null,
    transferredFromCaseId: null,
    version: 1,
    createdAt: receivedAt,
    updatedAt: receivedAt,
  };
  await insertCase(trx, row);
  const idNo = idNumber(rng, centre.district);
  const tel = phone(rng);
  await insertParties(trx, [
    {
      id: newId(),
      caseId: id,
      role: notice ? 'recipient' : 'applicant',
      name,
      idNumberEnc: kernel.pii.encrypt(idNo),
      idNumberIndex: kernel.pii.blindIndex('idNumber', idNo),
      phoneEnc: notice ? null : kernel.pii.encrypt(tel),
      phoneIndex: notice ? null : kernel.pii.blindIndex('phone', tel),
      addressEnc: null,
      note: notice ? `天津市${centre.short}区看守所`.replace('新区区', '新区') : null,
      createdAt: receivedAt,
    },
    {
      id: newId(),
      caseId: id,
      role: 'opponent',
      name: wages ? `天津${centre.short}建设工程有限公司` : notice ? `${personName(rng)}（被害人）` : personName(rng),
      idNumberEnc: null,
      idNumberIndex: null,
      phoneEnc: null,
      phoneIndex: null,
      addressEnc: null,
      note: null,
      createdAt: receivedAt,
    },
  ]);
  if (notice)
    await trx
      .insertInto('aidNotices')
      .values({
        id: newId(),
        caseId: id,
        senderOrgId: null,
        senderName: senderName!,
        senderKind: plan.sender ?? 'court',
        senderTokenId: null,
        documentNo: `津${centre.short}${plan.sender === 'court' ? '法' : plan.sender === 'procuratorate' ? '检' : '公'}援通〔${receivedOn.slice(0, 4)}〕${between(rng, 10, 400)}号`,
        senderCaseNumber: null,
        stage: noticeStageOf(plan.sender ?? 'court', plan.matter),
        issuedOn: addDays(receivedOn, -1),
        receivedAt,
        contactName: '孙法官',
        contactPhone: '022-23456789',
        repliedAt: null,
        createdAt: receivedAt,
      })
      .execute();
  return (await findCaseById(trx, id))!;
}

/** Fires the transitions from receipt to the plan's state on their historical days. */
async function advance(
  kernel: Kernel,
  trx: Trx,
  ctx: RequestContext,
  rng: Rng,
  centre: DemoCentre,
  c0: CaseRow,
  plan: DemoAidPlan,
  today: LocalDate,
  otherCentreId: string,
) {
  let c = c0;
  let inst = await startWorkflow(kernel, trx, ctx, aidCaseWorkflow, {
    entityId: c.id,
    orgId: c.orgId,
    payload: workflowPayload(c, { effectiveDate: c.receivedOn }),
  });
  const fire = async (name: string, on: LocalDate, patch: Updateable<AidCaseTable> = {}) => {
    c = { ...c, ...patch } as CaseRow;
    inst = await transition(kernel, trx, ctx, aidCaseWorkflow, inst, name, workflowPayload(c, { effectiveDate: on }));
    await trx
      .updateTable('aidCases')
      .set({ ...patch, state: inst.state, updatedAt: `${on}T08:00:00.000Z` })
      .where('id', '=', c.id)
      .execute();
    c = (await findCaseById(trx, c.id))!;
    await syncDueDates(trx, c);
    c = (await findCaseById(trx, c.id))!;
  };
  const clamp = (d: LocalDate) => (d > today ? today : d);
  const r = c.receivedOn as LocalDate;
  if (c.origin === 'notice') await fire('noticeReceived', r, { decidedOn: r });
  else if (c.state === 'received') await syncDueDates(trx, c);
  const ctxRecords = { kernel, trx, rng, centre, today };
  const needsMaterials = plan.state === 'correcting' || plan.materialsAnswered !== undefined;
  if (needsMaterials) {
    const on = clamp(addDays(r, 2));
    await fire('requestMaterials', on);
    await seedDemoCaseRecords.materials(ctxRecords, c, on, plan.materialsAnswered);
    if (plan.materialsAnswered === true) await fire('submitMaterials', clamp(addDays(on, 3)));
    if (plan.materialsAnswered === false) await fire('deemWithdrawn', clamp(addDays(on, 16)), { closedOn: clamp(addDays(on, 16)) });
  }
  if (['received', 'correcting'].includes(plan.state) || plan.materialsAnswered === false) return indexCase(trx, c);
  if (plan.state === 'withdrawn') {
    await fire('withdraw', clamp(addDays(r, 2)), { closedOn: clamp(addDays(r, 2)) });
    return indexCase(trx, c);
  }
  const decided = clamp(addDays(r, between(rng, 1, 5)));
  if (plan.state === 'transferred') {
    await fire('transfer', clamp(addDays(r, 1)), {
      closedOn: clamp(addDays(r, 1)),
      decisionReason: '事项所涉案件的办案机关不在本中心辖区（法律援助法第三十八条）',
    });
    await seedDemoCaseRecords.transferred(ctxRecords, c, otherCentreId);
    return indexCase(trx, c);
  }
  if (plan.state === 'denied') {
    await fire('deny', decided, {
      decidedOn: decided,
      decidedBy: (ctx.actor as StaffActor).userId,
      decisionReasonKind: plan.denial ?? 'notHardship',
      decisionReason:
        plan.denial === 'outOfScope' ? '申请事项不属于法律援助法第三十一条规定的范围' : '申请人家庭人均月收入高于经济困难标准',
      closedOn: decided,
    });
    if (plan.objection) await seedDemoCaseRecords.objection(ctxRecords, c, plan.objection);
    return indexCase(trx, c);
  }
  if (c.origin !== 'notice') await fire('grant', decided, { decidedOn: decided, decidedBy: null });
  if (plan.state === 'granted') return indexCase(trx, c);
  const assignedOn = clamp(addDays((c.decidedOn as LocalDate | null) ?? r, between(rng, 0, 2)));
  const provider = await seedDemoCaseRecords.assignment(ctxRecords, c, assignedOn);
  await fire('assign', assignedOn, { assigneeProviderId: provider.id, assigneeUserId: provider.userId, assignedOn });
  await seedDemoCaseRecords.progress(ctxRecords, c, assignedOn, plan.state === 'closed' ? 3 : 2);
  if (plan.state === 'closed') {
    const closedOn = clamp(addDays(assignedOn, between(rng, 20, 35)));
    await fire('close', closedOn, { closedOn });
    await seedDemoCaseRecords.closure(ctxRecords, c, closedOn, plan);
  }
  if (plan.state === 'terminated') {
    const on = clamp(addDays(assignedOn, 12));
    await fire('terminate', on, { closedOn: on });
    await seedDemoCaseRecords.termination(ctxRecords, c, on);
  }
  return indexCase(trx, c);
}
