import { addDays, localDateAt, type LocalDate } from '@tianping/common/calendar/index';
import type { RequestContext, StaffActor } from '@tianping/server/access/actor';
import { getHolidayCalendar } from '@tianping/server/calendar/calendar.service';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId, nowIso } from '@tianping/server/db/ids';
import { listLiveTimers } from '@tianping/server/workflow/workflow.repository';
import { suspendTimers } from '@tianping/server/workflow/workflow-timers.service';
import { startWorkflow, transition } from '@tianping/server/workflow/workflow.service';
import { assessApplicationTimeliness } from '../domain/timeliness';
import { reconsiderationPermissions } from '../contract/permissions';
import { timelinessJson } from './case-intake.service';
import { workflowPayload } from './case.workflow-payload';
import { reconCaseWorkflow } from './case.workflow';
import type { CaseRow } from './case.repository';
import { receivedCaseRow } from './case-row';
import { seedDemoLitigations, type DecidedCase } from './seed-demo-litigations';
import { planRows, type Bulk } from './seed-demo-rows';
import {
  address,
  agencyKinds,
  between,
  creditCode,
  districtShort,
  firmName,
  idNumber,
  personName,
  phone,
  pick,
  planCourse,
  requestTexts,
  rngOf,
  type DemoCasePlan,
  type Rng,
} from './seed-demo.plan';

export interface DemoBody {
  /** The handling body (district bureau, or the city's reconsideration office). */
  orgId: string;
  regionCode: string;
  districtName: string | null;
  agencies: { kind: keyof typeof agencyKinds; id: string; name: string }[];
  city: boolean;
}

const casesPerDistrict = 14;
const casesOfCity = 20;
const demoDays = 45;

/** The seed acts as a city-wide staff member holding every reconsideration permission. */
function seedContext(cityOrgId: string, cityPath: string, userId: string): RequestContext {
  const actor: StaffActor = {
    kind: 'staff',
    userId,
    username: 'demo-seed',
    displayName: '演示数据',
    sessionId: 'demo-seed',
    assignmentId: null,
    roleId: null,
    orgId: cityOrgId,
    orgPath: cityPath,
    scope: 'city',
    permissions: new Set(reconsiderationPermissions.map((p) => p.key)),
  };
  return { requestId: 'demo-seed', ip: '127.0.0.1', userAgent: 'tianping-demo-seed', actor };
}

function caseRow(kernel: Kernel, rng: Rng, body: DemoBody, plan: DemoCasePlan, timeliness: string): CaseRow {
  const agency = pick(rng, body.agencies);
  const actKind = pick(rng, agencyKinds[agency.kind].acts);
  const organisation = rng() < 0.2;
  const name = organisation ? firmName(rng) : personName(rng);
  const id = organisation ? creditCode(rng, body.regionCode) : idNumber(rng, body.regionCode);
  const tel = phone(rng);
  const madeOn = addDays(plan.receivedOn, -between(rng, 8, 50));
  const learnedOn = addDays(madeOn, between(rng, 0, 5));
  const amountFen = actKind === 'penalty' ? between(rng, 2, 2000) * 10_000 : null;
  const [requests, facts] = requestTexts[actKind];
  const short = body.districtName ? districtShort(body.districtName) : '津';
  const now = nowIso();
  return receivedCaseRow(
    {
      id: newId(),
      orgId: body.orgId,
      regionCode: body.regionCode.slice(0, 6),
      proposedProcedure: plan.procedure,
      channel: pick(rng, ['online', 'online', 'online', 'walkIn', 'post', 'oral']),
      applicantKind: organisation ? 'organisation' : 'person',
      applicantName: name,
      applicantIdNumberEnc: kernel.pii.encrypt(id),
      applicantIdNumberIndex: kernel.pii.blindIndex('idNumber', id),
      applicantPhoneEnc: kernel.pii.encrypt(tel),
      applicantPhoneIndex: kernel.pii.blindIndex('phone', tel),
      applicantAddressEnc: kernel.pii.encrypt(address(rng, body.districtName ?? '河西区')),
      applicantCitizenId: null,
      respondentOrgId: agency.id,
      respondentName: agency.name,
      actKind,
      actDocumentNo: `${short}${agencyKinds[agency.kind].abbr}${actKind === 'penalty' ? '罚' : '决'}〔${madeOn.slice(0, 4)}〕${between(rng, 1, 900)}号`,
      actMadeOn: madeOn,
      actLearnedOn: learnedOn,
      rightsStated: 1,
      rightsLearnedOn: null,
      involvesRealProperty: actKind === 'expropriation' || actKind === 'naturalResources' ? 1 : 0,
      onTheSpot: 0,
      warningOrCriticism: 0,
      amountFen,
      partiesAgreeSimplified: plan.procedure === 'simplified' && actKind !== 'penalty' ? 1 : 0,
      requests,
      factsAndReasons: facts,
      receivedOn: plan.receivedOn,
      timeliness,
      late: 0,
    },
    now,
  );
}

/** Drives an open case through the workflow engine: real timers (suspended ones too) and todo items. */
export async function driveOpenCase(
  kernel: Kernel,
  trx: Trx,
  ctx: RequestContext,
  row: CaseRow,
  plan: DemoCasePlan,
  patch: Partial<CaseRow>,
) {
  let c: CaseRow = row;
  let inst = await startWorkflow(kernel, trx, ctx, reconCaseWorkflow, {
    entityId: c.id,
    orgId: c.orgId,
    payload: workflowPayload(c, { effectiveDate: c.receivedOn }),
  });
  const step = async (name: string, on: LocalDate) => {
    inst = await transition(kernel, trx, ctx, reconCaseWorkflow, inst, name, workflowPayload(c, { effectiveDate: on }));
  };
  if (plan.correction) {
    await step('requestCorrection', plan.correction.noticeOn);
    if (plan.correction.correctedOn) await step('submitCorrection', plan.correction.correctedOn);
  }
  if (plan.acceptedOn) {
    c = { ...c, procedure: plan.procedure, caseNumber: patch.caseNumber ?? null };
    await step('accept', plan.acceptedOn);
  }
  if (plan.copyOn) {
    await step('sendCopy', plan.copyOn);
    const reply = (await listLiveTimers(trx, inst.id)).find((t) => t.key === 'reply' || t.key === 'replySimplified');
    if (reply) await trx.updateTable('reconReplies').set({ replyDueOn: reply.dueDate }).where('caseId', '=', c.id).execute();
  }
  if (plan.replyOn) await step('submitReply', plan.replyOn);
  if (plan.suspendedOn) {
    await step('suspend', plan.suspendedOn);
    await suspendTimers(kernel, trx, ctx, inst, { kind: 'suspension', from: plan.suspendedOn });
  }
  if (plan.submittedOn) await step('submitDecision', plan.submittedOn);
  const live = await listLiveTimers(trx, inst.id);
  const decision = live.find((t) => t.key === 'decision' || t.key === 'decisionSimplified');
  await trx
    .updateTable('reconCases')
    .set({ ...patch, decisionDueOn: decision?.dueDate ?? null })
    .where('id', '=', c.id)
    .execute();
}

/** Some 300 cases over the last 45 days in every state, with workflow instances and timers; ~40 lawsuits. */
export async function seedDemoCases(kernel: Kernel, bodies: DemoBody[]): Promise<Record<string, number>> {
  if (await kernel.db.selectFrom('reconCases').select('id').limit(1).executeTakeFirst()) return { cases: 0 };
  const today = localDateAt(kernel.clock.now());
  const cityBody = bodies.find((b) => b.city)!;
  const city = await kernel.db
    .selectFrom('organisations')
    .select(['id', 'path'])
    .where('id', '=', cityBody.orgId)
    .executeTakeFirstOrThrow();
  const seedUser = await kernel.db.selectFrom('users').select('id').where('username', '=', 'hexi.handler').executeTakeFirst();
  const userId = seedUser?.id ?? 'demo-seed';
  const ctx = seedContext(city.id, city.path, userId);
  const { calendar } = await getHolidayCalendar(kernel.db);
  const rng = rngOf(20_240_101);
  const decided: DecidedCase[] = [];
  const bulk: Bulk = { cases: [], instances: [], corrections: [], replies: [], suspensions: [], decisions: [], closures: [] };
  const open: { row: CaseRow; plan: DemoCasePlan; patch: Partial<CaseRow> }[] = [];
  const timeliness = new Map<string, string>();
  const timelinessOn = (receivedOn: LocalDate) => {
    let json = timeliness.get(receivedOn);
    if (!json) {
      const input = {
        receivedOn,
        actMadeOn: addDays(receivedOn, -20),
        learnedOfActOn: addDays(receivedOn, -18),
        rightsStated: true,
        involvesRealProperty: false,
      };
      json = timelinessJson(assessApplicationTimeliness(input, calendar));
      timeliness.set(receivedOn, json);
    }
    return json;
  };
  await kernel.db.transaction().execute(async (trx) => {
    for (const body of bodies) {
      const n = body.city ? casesOfCity : casesPerDistrict;
      for (let i = 0; i < n; i++) {
        // The demo district gets cases that are overdue and due soon on the workbench (simplified: 30 days).
        const demo = body.regionCode === '120103';
        const forced: Partial<DemoCasePlan> | undefined = demo && i < 5 ? { target: 'accepted', procedure: 'simplified' } : undefined;
        // Accepted 1–4 days after receipt: 38–40 days ago → overdue; 30 days ago → due within days.
        const age = demo && i < 3 ? 38 + i : demo && i < 5 ? 30 : between(rng, 0, demoDays);
        const plan = planCourse(rng, today, age, forced);
        const row = caseRow(kernel, rng, body, plan, timelinessOn(plan.receivedOn));
        row.actMadeOn = addDays(plan.receivedOn, -20);
        row.actLearnedOn = addDays(plan.receivedOn, -18);
        if (demo && seedUser) row.handlerId = seedUser.id;
        const caseNumber = plan.acceptedOn
          ? (
              await kernel.caseNumbers.allocate(trx, {
                orgId: row.orgId,
                caseType: 'reconsideration',
                year: Number(plan.acceptedOn.slice(0, 4)),
              })
            ).number
          : null;
        const patch = planRows(bulk, row, plan, userId, caseNumber);
        if (!bulk.instances.some((x) => x.entityId === row.id)) open.push({ row, plan, patch });
        if (patch.state === 'decided' && row.respondentOrgId)
          decided.push({
            id: row.id,
            orgId: row.orgId,
            respondentOrgId: row.respondentOrgId,
            respondentName: row.respondentName,
            applicant: row.applicantName,
            closedOn: patch.closedOn!,
            regionCode: row.regionCode,
          });
      }
    }
    const batch = 200;
    const insert = async (
      table:
        'reconCases' | 'workflowInstances' | 'reconCorrections' | 'reconReplies' | 'reconSuspensions' | 'reconDecisions' | 'reconClosures',
      rows: object[],
    ) => {
      for (let i = 0; i < rows.length; i += batch)
        await trx
          .insertInto(table)
          .values(rows.slice(i, i + batch) as never)
          .execute();
    };
    await insert('reconCases', bulk.cases);
    await insert('workflowInstances', bulk.instances);
    await insert('reconCorrections', bulk.corrections);
    await insert('reconReplies', bulk.replies);
    await insert('reconSuspensions', bulk.suspensions);
    await insert('reconDecisions', bulk.decisions);
    await insert('reconClosures', bulk.closures);

    for (const o of open) await driveOpenCase(kernel, trx, ctx, o.row, o.plan, o.patch);
  });
  const count = bulk.cases.length;
  const litigations = await seedDemoLitigations(kernel, rng, today, bodies, decided);
  return { cases: count, litigations };
}
