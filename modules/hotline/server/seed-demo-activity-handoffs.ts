import { addDays, localDateAt } from '@tianping/common/calendar/index';
import { idNumberCheckChar } from '@tianping/common/validation/id-number';
import type { RequestContext, StaffActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { AppError } from '@tianping/server/http/errors';
import { demoOrgCodes } from '@tianping/server/org/org.demo-plan';
import { hotlinePermissions } from '../contract/permissions';
import type { TransferCreateBody } from '../contract/transfer';
import { moduleDestinations, transferTicket } from './transfer.service';

/**
 * Today's one-click transfers into the other modules (demo, after seed-demo-activity.ts): the 河西
 * agent transfers three recent answered calls through the real service (`transferTicket` →
 * `kernel.handoffs`), so a pre-filled legal-aid application, mediation request and reconsideration
 * intake exist in those modules, linked to their tickets. A destination whose module is not enabled is
 * skipped; one the module refuses stays as the failed attempt the service keeps (nothing lost), logged.
 * Idempotent: skipped once any transfer into a module exists.
 */

const id = (seq: string, birth: string) => {
  const first17 = `120103${birth}${seq}`;
  return first17 + idNumberCheckChar(first17);
};

export async function seedHotlineHandoffs(kernel: Kernel): Promise<void> {
  const db = kernel.db;
  if (
    await db
      .selectFrom('hlTransfers')
      .select('id')
      .where('destination', 'in', [...moduleDestinations])
      .executeTakeFirst()
  )
    return;
  const codes = demoOrgCodes(kernel.config.cityCode);
  const org = async (code: string) => db.selectFrom('organisations').select(['id', 'path']).where('code', '=', code).executeTakeFirst();
  const centre = await org(codes.legalServiceCentre('120103'));
  const agent = await db.selectFrom('users').select(['id', 'displayName']).where('username', '=', 'hexi.agent').executeTakeFirst();
  if (!centre || !agent) return;
  const aidCentre = await org(codes.legalAidCentre('120103'));
  const bureau = await org(codes.districtBureau('120103'));
  const committee = await db
    .selectFrom('organisations')
    .select('id')
    .where('type', '=', 'mediationCommittee')
    .where('regionCode', 'like', '120103%')
    .orderBy('code')
    .executeTakeFirst();
  const actor: StaffActor = {
    kind: 'staff',
    userId: agent.id,
    username: 'hexi.agent',
    displayName: agent.displayName,
    sessionId: 'demo-seed',
    assignmentId: null,
    roleId: null,
    orgId: centre.id,
    orgPath: centre.path,
    scope: 'own',
    permissions: new Set(hotlinePermissions.map((p) => p.key)),
  };
  const ctx: RequestContext = { requestId: 'demo-seed', ip: '127.0.0.1', userAgent: 'tianping-demo-seed', actor };
  const today = localDateAt(kernel.clock.now());
  const plans: { category: string; body: TransferCreateBody | null }[] = [
    {
      category: 'labour',
      body: aidCentre
        ? {
            destination: 'legalAid',
            note: '来电人被拖欠工资，经济困难，申请法律援助',
            prefill: {
              orgId: aidCentre.id,
              matterKind: 'wages',
              householdSize: 3,
              monthlyIncomeYuan: 2_400,
              applicant: { name: '孙建国', idNumber: id('123', '19850307'), phone: '13712345678' },
              opponents: [{ name: '天津市某建筑劳务有限公司' }],
              eventRegionCode: '120103',
              hardshipCheck: 'pledge',
              pledgeSigned: true,
            },
          }
        : null,
    },
    {
      category: 'property',
      body: committee
        ? {
            destination: 'mediation',
            note: '邻里漏水纠纷，双方同意调解',
            prefill: {
              orgId: committee.id,
              kind: 'neighbour',
              parties: [
                { role: 'applicant', name: '张女士', phone: '13712345679' },
                { role: 'respondent', name: '刘先生' },
              ],
            },
          }
        : null,
    },
    {
      category: 'administrative',
      body: bureau
        ? {
            destination: 'reconsideration',
            note: '来电人对罚款决定不服，口头申请行政复议，已记录',
            prefill: {
              orgId: bureau.id,
              applicant: { kind: 'person', name: '赵先生', idNumber: id('217', '19790412') },
              respondentName: '天津市河西区市场监督管理局',
              act: { kind: 'penalty', madeOn: addDays(today, -18), learnedOn: addDays(today, -16), rightsStated: true },
              requests: '撤销罚款决定',
            },
          }
        : null,
    },
  ];
  const used = new Set<string>();
  for (const p of plans) {
    if (!p.body || !kernel.handoffs.get(p.body.destination)) continue;
    const candidates = await db
      .selectFrom('hlTickets')
      .select(['id', 'category'])
      .where('orgId', '=', centre.id)
      .where('channel', '=', 'phone')
      .where('state', '=', 'answered')
      .orderBy('createdAt', 'desc')
      .limit(40)
      .execute();
    const ticket = candidates.find((c) => c.category === p.category && !used.has(c.id)) ?? candidates.find((c) => !used.has(c.id));
    if (!ticket) return;
    used.add(ticket.id);
    try {
      await transferTicket(kernel, ctx, actor, ticket.id, p.body);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      kernel.log.warn(
        { destination: p.body.destination, code: err.code },
        'hotline demo transfer refused by the target module (kept as a failed attempt)',
      );
    }
  }
}
