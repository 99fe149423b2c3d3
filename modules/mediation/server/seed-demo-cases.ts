import { addDays, localDateAt, type LocalDate } from '@tianping/common/calendar/index';
import type { RequestContext, StaffActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { mediationPermissions } from '../contract/permissions';
import type { CaseSource } from '../contract/enums';
import { demoCasePlans, externalPrefix, idNumberOf, people, titles } from './seed-demo-cases.plan';
import { recordSessionSchema } from '../contract/handling';
import { recordAgreementSchema } from '../contract/outcome';
import { recordAgreement } from './agreement.service';
import { acceptCase, declineCase } from './case-acceptance.service';
import { recordPartyConsent } from './case-consent.service';
import { createCase } from './case-intake.service';
import { applyConfirmation, recordCourtAcceptance, recordCourtRuling } from './confirmation.service';
import { failMediation, withdrawMediation } from './outcome.service';
import { recordFollowup, recordPerformance } from './performance.service';
import { recordSession } from './session.service';

/**
 * Demo disputes of 河西 (first start of a non-production instance), created through the module's
 * own services so that workflow instances, timers, todo items, documents and referral records
 * are real: about two months of cases in EVERY state — received, accepted, mediating (due soon
 * and overdue), succeeded (written and oral agreements, performance, follow-up visits, judicial
 * confirmation applied / accepted / confirmed / rejected), failed, refused, withdrawn, declined —
 * among them court, police and petition-office referrals (paper referrals bound to the demo
 * referrers of 河西). "Now" is the real clock: each step runs with the clock set to its day.
 * Runs once (skips when any mediation case exists); deterministic.
 */

export async function seedDemoCases(kernel: Kernel): Promise<number> {
  const db = kernel.db;
  if (await db.selectFrom('medCases').select('id').limit(1).executeTakeFirst()) return 0;
  const district = await db
    .selectFrom('organisations')
    .select(['id', 'path'])
    .where('type', '=', 'districtBureau')
    .where('regionCode', '=', '120103')
    .executeTakeFirst();
  const supervisor = await db.selectFrom('users').select('id').where('username', '=', 'hexi.mediation').executeTakeFirst();
  const own = await db
    .selectFrom('medMediators')
    .innerJoin('users', 'users.id', 'medMediators.userId')
    .select(['medMediators.orgId', 'medMediators.id', 'medMediators.name'])
    .where('users.username', '=', 'hexi.mediator')
    .executeTakeFirst();
  if (!district || !supervisor || !own) return 0;
  const committees = await db
    .selectFrom('medCommittees')
    .innerJoin('organisations', 'organisations.id', 'medCommittees.orgId')
    .select(['organisations.id'])
    .where('organisations.path', 'like', `${district.path}%`)
    .where('organisations.id', '!=', own.orgId)
    .orderBy('organisations.path')
    .execute();
  const mediators = await db.selectFrom('medMediators').select(['id', 'orgId', 'name']).where('status', '=', 'active').execute();
  const referrers = new Map(
    (
      await db
        .selectFrom('medReferrers')
        .select(['id', 'kind', 'name'])
        .where((eb) => eb.or([eb('regionCode', '=', '120103'), eb('kind', '=', 'hotline')]))
        .execute()
    ).map((r) => [r.kind, r]),
  );
  const actor: StaffActor = {
    kind: 'staff',
    userId: supervisor.id,
    username: 'demo-seed',
    displayName: '演示数据',
    sessionId: 'demo-seed',
    assignmentId: null,
    roleId: null,
    orgId: district.id,
    orgPath: district.path,
    scope: 'subtree',
    permissions: new Set(mediationPermissions.map((p) => p.key)),
  };
  const ctx: RequestContext = { requestId: 'demo-seed', ip: '127.0.0.1', userAgent: 'tianping-demo-seed', actor };
  const realClock = kernel.clock;
  const today = localDateAt(realClock.now());
  const at = (day: LocalDate) => {
    const d = day > today ? today : day;
    kernel.clock = { now: () => new Date(d === today ? realClock.now().getTime() : Date.parse(`${d}T03:00:00.000Z`)) };
    return d;
  };
  let created = 0;
  const started = Date.now();
  const timing: Record<string, number> = {};
  let mark = Date.now();
  const lap = (step: string) => {
    const now = Date.now();
    timing[step] = (timing[step] ?? 0) + now - mark;
    mark = now;
  };
  try {
    for (const [i, plan] of demoCasePlans.entries()) {
      mark = Date.now();
      const orgId = plan.own || committees.length === 0 ? own.orgId : committees[i % committees.length]!.id;
      const mediator = plan.own ? own : (mediators.find((m) => m.orgId === orgId) ?? null);
      const received = at(addDays(today, -plan.daysAgo));
      const [title, facts] = titles[plan.kind];
      const [a, b, gender] = people[i % people.length]!;
      const referrer = referrers.get(plan.source);
      const c = await createCase(kernel, ctx, actor, {
        source: plan.source as Exclude<CaseSource, 'portal'>,
        orgId,
        kind: plan.kind,
        title,
        facts: `${facts}（演示案例${i + 1}）`,
        amountYuan: ['contract', 'damages', 'labour', 'traffic', 'business', 'property'].includes(plan.kind) ? 2000 + i * 850 : undefined,
        receivedOn: received,
        parties: [
          {
            role: 'applicant',
            kind: 'person',
            name: a,
            gender,
            idNumber: idNumberOf(2 * i, '19680312'),
            phone: `139${String(20260000 + 2 * i)}`,
            address: `天津市河西区友谊路${i + 1}号`,
          },
          {
            role: 'respondent',
            kind: 'person',
            name: b,
            gender: gender === 'male' ? 'female' : 'male',
            idNumber: idNumberOf(2 * i + 1, '19750921'),
            phone: `139${String(20260001 + 2 * i)}`,
          },
        ],
        publicSession: false,
        ...(referrer
          ? {
              referrerId: referrer.id,
              referrerName: referrer.name,
              externalRef: `${externalPrefix[plan.source] ?? ''}〔${received.slice(0, 4)}〕${1000 + i}号`,
            }
          : {}),
        confirmNotDuplicate: true,
        notDuplicateReason: '演示数据：不同纠纷',
      });
      created++;
      lap('intake');
      const parties = await db.selectFrom('medParties').select(['id', 'role']).where('caseId', '=', c.id).orderBy('position').execute();
      const ids = parties.map((p) => p.id);
      let day = received;
      const next = (n: number) => (day = at(addDays(day, n)));
      let agreed: LocalDate | null = null;
      for (const step of plan.steps) {
        if (step === 'accept') {
          next(1);
          await acceptCase(kernel, ctx, actor, c.id, { mediatorId: mediator?.id, chosenByParties: false });
        }
        if (step === 'decline') {
          next(1);
          await declineCase(kernel, ctx, actor, c.id, {
            reason: '纠纷已由人民法院立案受理，不属于人民调解受理范围',
            otherChannels: '请向受理的人民法院主张权利',
          });
        }
        if (step === 'consent' || step === 'refuse') {
          next(1);
          await recordPartyConsent(kernel, ctx, actor, c.id, ids[0]!, { answer: 'given', way: 'written' });
          await recordPartyConsent(
            kernel,
            ctx,
            actor,
            c.id,
            ids[1]!,
            step === 'refuse'
              ? { answer: 'refused', way: 'oral', refusalReason: '不同意调解，要求直接向法院起诉' }
              : { answer: 'given', way: 'oral' },
          );
        }
        if (step === 'session') {
          next(2);
          await recordSession(
            kernel,
            ctx,
            actor,
            c.id,
            recordSessionSchema.parse({
              heldOn: day,
              startTime: '09:30',
              place: '社区人民调解室',
              partyIds: ids,
              isPublic: false,
              publicRequestedByPartyIds: [],
              record: `调解员介绍人民调解的性质和原则，双方陈述意见。${a}要求对方承担责任，${b}对部分事实有异议。调解员释明有关法律规定，双方同意继续协商。`,
            }),
          );
        }
        if (step === 'written') {
          agreed = next(2);
          await recordAgreement(
            kernel,
            ctx,
            actor,
            c.id,
            recordAgreementSchema.parse({
              form: 'written',
              reachedOn: day,
              facts: facts,
              disputedMatters: title.replace(/纠纷$/, ''),
              responsibilities: `${b}承担主要责任`,
              terms: `${b}于十五日内向${a}支付${1500 + i * 100}元，双方就本纠纷再无其他争议。`,
              performanceManner: '银行转账',
              performanceDueOn: addDays(day, 15),
              signatures: [
                { partyId: ids[0]!, signedOn: day, way: 'signature' },
                { partyId: ids[1]!, signedOn: day, way: 'signature' },
              ],
              mediatorSignature: { name: mediator?.name ?? '调解员', signedOn: day, committeeSeal: true },
            }),
          );
        }
        if (step === 'oral') {
          agreed = next(2);
          await recordAgreement(
            kernel,
            ctx,
            actor,
            c.id,
            recordAgreementSchema.parse({
              form: 'oral',
              reachedOn: day,
              facts,
              terms: `${b}当场赔礼道歉并承诺整改，${a}表示谅解。`,
              performanceManner: '即时履行',
              mediatorName: mediator?.name ?? '调解员',
            }),
          );
        }
        if (step === 'fail') {
          next(3);
          await failMediation(kernel, ctx, actor, c.id, { reason: '双方对赔偿数额分歧较大，经三次调解未能达成协议' });
        }
        if (step === 'withdraw') {
          next(2);
          await withdrawMediation(kernel, ctx, actor, c.id, { reason: '申请人表示已与对方自行和解，撤回调解申请', partyId: ids[0] });
        }
        if (step === 'perform') {
          next(5);
          await recordPerformance(kernel, ctx, actor, c.id, {
            status: plan.daysAgo > 20 ? 'performed' : 'partly',
            checkedOn: day,
            ...(plan.daysAgo > 20 ? { performedOn: day } : {}),
            note: '电话核实履行情况',
          });
        }
        if (step === 'visit') {
          next(3);
          await recordFollowup(kernel, ctx, actor, c.id, {
            visitedOn: day,
            way: 'phone',
            partyId: ids[0],
            result: '当事人对调解结果表示满意',
            satisfaction: 5,
          });
        }
        lap(step);
      }
      if (plan.confirmation && agreed) {
        next(3);
        const view = (await applyConfirmation(kernel, ctx, actor, c.id, {
          appliedOn: day,
          applicantPartyIds: ids,
          courtName: '天津市河西区人民法院',
          courtBasis: 'committeeLocation',
        })) as unknown as { confirmations?: { id: string }[] };
        const confirmationId =
          view.confirmations?.[0]?.id ??
          (await db.selectFrom('medConfirmations').select('id').where('caseId', '=', c.id).executeTakeFirstOrThrow()).id;
        if (plan.confirmation !== 'applied') {
          next(2);
          await recordCourtAcceptance(kernel, ctx, actor, c.id, confirmationId, {
            accepted: true,
            acceptedOn: day,
            courtCaseNumber: `（${day.slice(0, 4)}）津0103民特${200 + i}号`,
          });
        }
        if (plan.confirmation === 'confirmed' || plan.confirmation === 'rejected') {
          next(8);
          await recordCourtRuling(kernel, ctx, actor, c.id, confirmationId, {
            ruling: plan.confirmation,
            rulingOn: day,
            rulingNumber: `（${day.slice(0, 4)}）津0103民特${200 + i}号`,
            ...(plan.confirmation === 'rejected' ? { note: '协议约定的违约金过高，违反法律规定' } : {}),
          });
        }
      }
      lap('confirmation');
    }
  } finally {
    kernel.clock = realClock;
  }
  kernel.log.info({ cases: created, ms: Date.now() - started, stepsMs: timing }, 'mediation demo disputes seeded');
  return created;
}
