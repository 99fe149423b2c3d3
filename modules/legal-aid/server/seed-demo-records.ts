import { addDays, type LocalDate } from '@tianping/common/calendar/index';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { startWorkflow } from '@tianping/server/workflow/workflow.service';
import { caseFileRubric, scoreReview } from '../domain/quality';
import { findCaseById, findParties, insertCase, insertParties, type CaseRow } from './case.repository';
import { aidCaseWorkflow } from './case.workflow';
import { syncDueDates, workflowPayload } from './case.workflow-payload';
import type { DemoAidPlan } from './seed-demo-cases.plan';
import { between, pick, type Rng } from './seed-aid.plan';
import { systemContext } from '@tianping/server/access/actor';

/** A centre of the demo with its lawyers (the one bound to a login first) and a rotation cursor. */
export interface DemoCentre {
  id: string;
  name: string;
  regionCode: string;
  district: string;
  short: string;
  providers: { id: string; userId: string | null; relevantCriminalYears: number }[];
  next: number;
}

interface Ctx {
  kernel: Kernel;
  trx: Trx;
  rng: Rng;
  centre: DemoCentre;
  today: LocalDate;
}

const at = (d: LocalDate, h = 8) => `${d}T${String(h).padStart(2, '0')}:00:00.000Z`;
const byDemo = 'demo-seed';

/**
 * The rows beside the workflow of a demo case, exactly as the services write them (materials request,
 * assignment with its proposal, progress log, closure report with the subsidy, follow-up, file review,
 * objection, termination, the competent centre's case after a transfer).
 */
export const seedDemoCaseRecords = {
  async materials({ trx }: Ctx, c: CaseRow, on: LocalDate, answered: boolean | undefined) {
    await trx
      .insertInto('aidMaterialRequests')
      .values({
        id: newId(),
        caseId: c.id,
        items: JSON.stringify(['劳动合同或者用工证明（工友证言、考勤记录、工资条均可）', '经济困难状况说明表（本人签名承诺，第四十一条）']),
        requestedOn: on,
        dueOn: addDays(on, 15),
        status: answered === true ? 'answered' : answered === false ? 'lapsed' : 'pending',
        answeredOn: answered === true ? addDays(on, 3) : null,
        answer: answered === true ? '已补充工友证言和考勤照片' : null,
        attachmentIds: answered === true ? '[]' : null,
        documentAttachmentId: null,
        createdBy: byDemo,
        createdAt: at(on),
      })
      .execute();
  },

  /** Fair rotation within the centre; life-or-death matters go to a lawyer with ≥ 3 years (第二十六条). */
  async assignment({ trx, centre }: Ctx, c: CaseRow, on: LocalDate) {
    const eligible = c.mayCarryLifeOrDeath ? centre.providers.filter((p) => p.relevantCriminalYears >= 3) : centre.providers;
    const pool = eligible.length ? eligible : centre.providers;
    const provider = pool[centre.next++ % pool.length]!;
    const due = c.assignDueOn ?? addDays((c.decidedOn ?? c.receivedOn) as LocalDate, 3);
    await trx
      .insertInto('aidAssignments')
      .values({
        id: newId(),
        caseId: c.id,
        providerId: provider.id,
        userId: provider.userId,
        proposal: JSON.stringify({
          chosen: { providerId: provider.id, rank: 1 },
          top: [],
          conflicts: [],
          note: '演示数据：按轮换建议指派',
        }),
        proposedRank: 1,
        overrideReason: null,
        replacesAssignmentId: null,
        replacementReason: null,
        assignedOn: on,
        assignedAt: at(on, 3),
        onTime: on <= due ? 1 : 0,
        assignedBy: byDemo,
        endedOn: null,
        endReason: null,
        createdAt: at(on, 3),
      })
      .execute();
    if (c.origin === 'notice')
      await trx
        .updateTable('aidNotices')
        .set({ repliedAt: at(on, 5) })
        .where('caseId', '=', c.id)
        .execute();
    return provider;
  },

  async progress({ trx, today }: Ctx, c: CaseRow, from: LocalDate, n: number) {
    const steps = [
      {
        kind: 'meeting',
        title: c.origin === 'notice' ? '会见被告人' : '约见受援人',
        content: '了解案情，告知权利义务，制作会见笔录',
        days: 1,
      },
      { kind: 'document', title: '阅卷、调取证据', content: '复制案卷材料，整理证据目录', days: 6 },
      { kind: 'hearing', title: '出庭', content: '发表辩护（代理）意见，提交书面意见', days: 18 },
    ];
    for (const s of steps.slice(0, n)) {
      const on = addDays(from, s.days);
      if (on > today) break;
      await trx
        .insertInto('aidProgress')
        .values({
          id: newId(),
          caseId: c.id,
          kind: s.kind,
          occurredOn: on,
          time: s.kind === 'hearing' ? '09:30' : null,
          place: s.kind === 'hearing' ? c.authorityName : null,
          title: s.title,
          content: s.content,
          attachmentIds: '[]',
          createdBy: c.assigneeUserId ?? byDemo,
          createdAt: at(on, 9),
        })
        .execute();
    }
  },

  async closure({ trx, rng, today }: Ctx, c: CaseRow, closedOn: LocalDate, plan: DemoAidPlan) {
    const caseKind = c.origin === 'notice' ? 'notice' : c.matterKind.startsWith('criminal') ? 'criminal' : 'civil';
    const stage = c.matterKind === 'wages' ? 'arbitration' : 'firstInstance';
    const entry = await trx
      .selectFrom('aidSubsidySchedules')
      .select(['id', 'amountYuan'])
      .where('caseKind', '=', caseKind)
      .where('stage', '=', stage)
      .where('effectiveTo', 'is', null)
      .executeTakeFirst();
    const amount = entry?.amountYuan ?? 1500;
    await trx
      .insertInto('aidClosures')
      .values({
        id: newId(),
        caseId: c.id,
        closedOn,
        result:
          c.matterKind === 'wages' ? 'arbitration' : c.origin === 'notice' ? 'judgment' : pick(rng, ['judgment', 'mediation'] as const),
        stages: JSON.stringify([stage]),
        summary: '已完成法律援助事项，提交结案报告及案卷材料（法律援助法第五十条）',
        documentAttachmentIds: '[]',
        reportedBy: c.assigneeUserId ?? byDemo,
        createdAt: at(closedOn),
      })
      .execute();
    const status = plan.subsidy ?? 'pending';
    const decidedOn = status === 'pending' ? null : addDays(closedOn, 5) > today ? today : addDays(closedOn, 5);
    const paidOn = status === 'paid' ? (addDays(closedOn, 12) > today ? today : addDays(closedOn, 12)) : null;
    await trx
      .insertInto('aidSubsidies')
      .values({
        id: newId(),
        caseId: c.id,
        orgId: c.orgId,
        providerId: c.assigneeProviderId,
        caseKind,
        computedOn: closedOn,
        lines: JSON.stringify([{ stage, scheduleId: entry?.id ?? 'example', amountYuan: amount }]),
        totalYuan: amount,
        status,
        decidedOn,
        decisionReason: null,
        decidedBy: decidedOn ? byDemo : null,
        paidOn,
        paymentReference: paidOn ? `ZF${paidOn.replace(/-/g, '')}${between(rng, 100, 999)}` : null,
        version: 1,
        createdAt: at(closedOn),
        updatedAt: at(paidOn ?? decidedOn ?? closedOn),
      })
      .execute();
    if (plan.followup) {
      const on = addDays(closedOn, 4) > today ? today : addDays(closedOn, 4);
      await trx
        .insertInto('aidFollowups')
        .values({
          id: newId(),
          caseId: c.id,
          orgId: c.orgId,
          channel: 'phone',
          contactedOn: on,
          reached: 1,
          satisfaction: plan.followup,
          comment: plan.followup >= 4 ? '律师很负责，及时告知进展' : '希望律师多沟通',
          recordedBy: byDemo,
          createdAt: at(on),
        })
        .execute();
    }
    if (plan.review) {
      const scores = Object.fromEntries(caseFileRubric.items.map((i) => [i.key, i.maxPoints - between(rng, 0, 3)]));
      const scored = scoreReview(caseFileRubric, scores);
      const on = addDays(closedOn, 7) > today ? today : addDays(closedOn, 7);
      if (scored.ok)
        await trx
          .insertInto('aidQualityReviews')
          .values({
            id: newId(),
            caseId: c.id,
            orgId: c.orgId,
            drawId: null,
            rubricVersion: caseFileRubric.version,
            scores: JSON.stringify(scores),
            total: scored.total,
            grade: scored.grade,
            comments: '卷宗材料齐全，辩护（代理）意见有针对性',
            reviewedOn: on,
            reviewedBy: byDemo,
            createdAt: at(on),
          })
          .execute();
    }
  },

  async termination({ trx }: Ctx, c: CaseRow, on: LocalDate) {
    await trx
      .insertInto('aidTerminations')
      .values({
        id: newId(),
        caseId: c.id,
        ground: 'ownCounsel',
        facts: '受援人自行委托律师，承办律师报告后经中心审查决定终止（法律援助法第四十八条第一款第（六）项）',
        reportedBy: c.assigneeUserId ?? byDemo,
        reportedOn: addDays(on, -2),
        status: 'decided',
        decidedOn: on,
        decisionReason: '受援人自行委托律师，依法终止法律援助',
        decidedBy: byDemo,
        documentAttachmentId: null,
        createdAt: at(addDays(on, -2)),
      })
      .execute();
    await trx.updateTable('aidAssignments').set({ endedOn: on, endReason: 'terminated' }).where('caseId', '=', c.id).execute();
  },

  async objection({ trx, today }: Ctx, c: CaseRow, outcome: 'open' | 'upheld') {
    const decided = c.decidedOn as LocalDate;
    const receivedOn = addDays(decided, 3) > today ? today : addDays(decided, 3);
    const decidedOn = addDays(receivedOn, 4) > today ? today : addDays(receivedOn, 4);
    await trx
      .insertInto('aidObjections')
      .values({
        id: newId(),
        caseId: c.id,
        orgId: c.orgId,
        against: 'denial',
        contestedOn: c.decidedOn!,
        source: outcome === 'open' ? 'portal' : 'staff',
        reason: '本人确属经济困难，请求司法行政部门审查（法律援助法第四十九条）',
        receivedOn,
        dueOn: addDays(receivedOn, 5),
        status: outcome,
        decidedOn: outcome === 'upheld' ? decidedOn : null,
        decisionReason: outcome === 'upheld' ? '申请事项不属于法律援助范围，维持不予法律援助决定' : null,
        decidedBy: outcome === 'upheld' ? byDemo : null,
        documentAttachmentId: null,
        openKey: outcome === 'open' ? c.id : null,
        version: 0,
        createdAt: at(receivedOn),
        updatedAt: at(outcome === 'upheld' ? decidedOn : receivedOn),
      })
      .execute();
  },

  /** 第三十八条: the competent centre's case, linked both ways, awaiting its review. */
  async transferred({ kernel, trx }: Ctx, c: CaseRow, targetId: string) {
    const target = await trx.selectFrom('organisations').select(['id', 'regionCode']).where('id', '=', targetId).executeTakeFirstOrThrow();
    const on = (c.closedOn ?? c.receivedOn) as LocalDate;
    const { number } = await kernel.caseNumbers.allocate(trx, { orgId: target.id, caseType: 'legalAid', year: Number(on.slice(0, 4)) });
    const id = newId();
    await insertCase(trx, {
      ...c,
      id,
      caseNumber: number,
      orgId: target.id,
      regionCode: target.regionCode.slice(0, 6),
      state: 'received',
      receivedOn: on,
      receivedAt: at(on, 6),
      reviewDueOn: null,
      decisionReason: null,
      closedOn: null,
      transferredFromCaseId: c.id,
      transferredToCaseId: null,
      version: 1,
      createdAt: at(on, 6),
      updatedAt: at(on, 6),
    });
    await insertParties(
      trx,
      (await findParties(trx, c.id)).map((p) => ({ ...p, id: newId(), caseId: id })),
    );
    const created = (await findCaseById(trx, id))!;
    await startWorkflow(kernel, trx, systemContext('demo-seed'), aidCaseWorkflow, {
      entityId: id,
      orgId: target.id,
      payload: workflowPayload(created, { effectiveDate: on }),
    });
    await syncDueDates(trx, created);
    await trx.updateTable('aidCases').set({ transferredToCaseId: id }).where('id', '=', c.id).execute();
  },
};
