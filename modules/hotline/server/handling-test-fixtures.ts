import { expect } from 'vitest';
import { idNumberCheckChar } from '@tianping/common/validation/id-number';
import type { TestApp } from '../../../server/test/build-test-app';
import { createOrg } from '../../../server/test/factories';
import { loginAs } from '../../../server/test/login';
import { hotlineOrgs, loginAgent } from './test-fixtures';

/** Hotline orgs plus the 河西 legal aid centre and a notary office (transfer destinations). */
export async function handlingOrgs(t: TestApp) {
  const orgs = await hotlineOrgs(t);
  const aidCentre = await createOrg(t, {
    parentId: orgs.hexiBureau.id,
    type: 'legalAidCentre',
    name: '河西区法律援助中心',
    regionCode: '120103',
  });
  const notary = await createOrg(t, { parentId: orgs.city.id, type: 'notaryOffice', name: '天津市津门公证处', regionCode: '120000' });
  return { ...orgs, aidCentre, notary };
}

/** An ID number with a valid check character (born 1980-01-01). */
export function testIdNumber(seq = 123): string {
  const body = `12010319800101${String(seq).padStart(3, '0')}`;
  return body + idNumberCheckChar(body);
}

/** The city-wide hardship standard the legal aid intake evaluates against. */
export async function insertAidStandard(t: TestApp) {
  await t.kernel.db
    .insertInto('aidHardshipStandards')
    .values({
      id: 'STD1200HOTLINE000000000000',
      regionCode: '120000',
      monthlyPerCapitaYuan: 1_200,
      effectiveFrom: '2024-01-01',
      effectiveTo: null,
      source: '测试标准',
      example: 0,
      createdBy: null,
      createdAt: new Date().toISOString(),
    })
    .execute();
}

export async function handlingPeople(t: TestApp, orgs: Awaited<ReturnType<typeof handlingOrgs>>) {
  return {
    agent: await loginAgent(t, orgs.hexi.id, ['pii.value.reveal']),
    nankaiAgent: await loginAgent(t, orgs.nankai.id),
    reader: await loginAs(t, { permissions: ['hotline.ticket.read'], orgId: orgs.hexi.id, scope: 'own' }),
    supervisor: await loginAs(t, {
      permissions: ['hotline.ticket.read', 'hotline.ticket.supervise'],
      orgId: orgs.city.id,
      scope: 'city',
    }),
  };
}

/** An answered walk-in ticket of the 河西 centre with a mobile caller. */
export async function answeredTicket(t: TestApp, headers: Record<string, string>, over: Record<string, unknown> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/hotline/tickets',
    headers,
    payload: {
      channel: 'walkIn',
      callerName: '李先生',
      callerPhone: '13712345678',
      category: 'labour',
      question: '在工地干了半年活，包工头拖欠工资两万元不给，怎么办？',
      answer: '可向劳动监察投诉或申请劳动仲裁；经济困难的可申请法律援助。',
      ...over,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: string; version: number; state: string };
}

/** The survey link texted on closing (from the queued SMS job), as its token. */
export async function surveyTokenFromSms(t: TestApp, number: string): Promise<string> {
  const jobs = await t.kernel.db.selectFrom('jobs').select('payload').where('kind', '=', 'sms.deliver').execute();
  const mine = jobs
    .map((j) => JSON.parse(j.payload) as { template: string; params: Record<string, string> })
    .filter((p) => p.template === 'hotline.survey' && p.params.number === number);
  const link = mine.at(-1)?.params.link;
  if (!link) throw new Error(`no survey SMS for ${number}`);
  return link.split('/portal/hotline/survey/')[1]!;
}

/** The city hotline alliance's API token (`hotline.transfer.report`, city scope): records referral results. */
export async function allianceToken(t: TestApp, cityId: string) {
  const admin = await loginAs(t, {
    permissions: ['tokens.token.manage', 'hotline.transfer.report'],
    orgId: cityId,
    scope: 'city',
    category: 'security',
  });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/tokens',
    headers: admin.headers,
    payload: {
      name: '12345热线联盟',
      orgId: cityId,
      scope: 'city',
      permissions: ['hotline.transfer.report'],
      expiresAt: new Date(t.kernel.clock.now().getTime() + 180 * 86_400_000).toISOString(),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { authorization: `Bearer ${(res.json() as { secret: string }).secret}` };
}
