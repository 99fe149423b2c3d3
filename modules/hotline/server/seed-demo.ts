import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { nowIso } from '@tianping/server/db/ids';
import { seedDemoAccounts, seedDemoRoles } from '@tianping/server/identity/demo-accounts';
import { demoPassword } from '@tianping/server/identity/seed-demo';
import { demoOrgCodes } from '@tianping/server/org/org.demo-plan';
import { seedHotlineActivity } from './seed-demo-activity';
import { seedHotlineHandoffs } from './seed-demo-activity-handoffs';
import { seedHotlineKnowledgeDemo } from './seed-demo-knowledge';

/**
 * Demo roles and accounts of the 12348 hotline (first start of a non-production instance): the
 * agent and the lawyer on the seats of the 河西 legal service centre (take calls, record and answer
 * tickets of that centre), the agent and the lawyer of the city 12348 centre, and the city 12348
 * supervisor (all centres: reopened tickets, rosters, settings, statistics). Idempotent: keyed by
 * role code and username. `seedHotlineDemo` then adds the activity of the last 35 days
 * (seed-demo-activity.ts).
 */
export const hotlineDemoRoles = [
  {
    code: 'hotlineAgent',
    name: '12348热线坐席（值班律师）',
    nameEn: '12348 agent (lawyer on a seat)',
    permissions: [
      'hotline.ticket.read',
      'hotline.ticket.handle',
      'hotline.consultation.answer',
      'hotline.knowledge.edit',
      'attachments.file.read',
      'pii.value.reveal',
    ],
  },
  {
    code: 'hotlineSupervisor',
    name: '12348热线质量监督员',
    nameEn: '12348 hotline supervisor',
    permissions: [
      'hotline.ticket.read',
      'hotline.ticket.handle',
      'hotline.ticket.supervise',
      'hotline.knowledge.review',
      'hotline.settings.manage',
      'stats.metric.read',
      'pii.value.reveal',
    ],
  },
] as const;

export const hotlineDemoLogins = [
  { username: 'hexi.agent', displayName: '陈坐席', role: 'hotlineAgent', org: 'centre', scope: 'own' },
  { username: 'hexi.lawyer', displayName: '王律师（值班）', role: 'hotlineAgent', org: 'centre', scope: 'own' },
  { username: 'city.hotline', displayName: '林督导', role: 'hotlineSupervisor', org: 'city', scope: 'city' },
  { username: 'city.agent', displayName: '周坐席', role: 'hotlineAgent', org: 'city', scope: 'own' },
  { username: 'city.lawyer', displayName: '刘律师（值班）', role: 'hotlineAgent', org: 'city', scope: 'own' },
] as const;

const demoDistrict = '120103';

async function demoOrgs(trx: Trx, kernel: Kernel) {
  const codes = demoOrgCodes(kernel.config.cityCode);
  const byCode = async (code: string) =>
    (await trx.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirst())?.id;
  const centre = await byCode(codes.legalServiceCentre(demoDistrict));
  const city = await byCode(codes.cityBureau);
  return centre && city ? { centre, city } : null;
}

export async function seedHotlineRolesAndUsers(kernel: Kernel): Promise<void> {
  await kernel.db.transaction().execute(async (trx) => {
    const orgs = await demoOrgs(trx, kernel);
    if (!orgs) {
      kernel.log.warn('no demo legal service centre: hotline demo accounts not created');
      return;
    }
    const now = nowIso();
    await seedDemoRoles(trx, kernel, hotlineDemoRoles, now);
    await seedDemoAccounts(trx, hotlineDemoLogins, orgs, demoPassword, now);
  });
}

/**
 * The manifest's `seedDemo`: roles and accounts, the activity of the last 35 days (calls, tickets and
 * their aftercare), today's transfers into legal aid, mediation and reconsideration, then the knowledge base, online consultations and public Q&A (HK's demo).
 */
export async function seedHotlineDemo(kernel: Kernel): Promise<void> {
  await seedHotlineRolesAndUsers(kernel);
  await seedHotlineActivity(kernel);
  await seedHotlineHandoffs(kernel);
  await seedHotlineKnowledgeDemo(kernel);
}
