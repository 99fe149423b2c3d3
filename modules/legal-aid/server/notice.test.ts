import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { newId } from '../../../server/src/db/ids';
import { aidOrgs } from './test-fixtures';

describe('mandatory-defence notices (第二十五、二十八、三十六条): tokens, own notices only, 3-day assignment', async () => {
  const t = await buildTestApp();
  const orgs = await aidOrgs(t);
  setClock(t, '2025-09-28T02:00:00.000Z');
  const issuer = (orgId: string) =>
    loginAs(t, { permissions: ['tokens.token.manage', 'legalAid.notice.submit'], orgId, scope: 'own', category: 'security' });
  const token = async (orgId: string, permissions = ['legalAid.notice.submit']) => {
    const admin = await issuer(orgId);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: admin.headers,
      payload: { name: '法院办案系统', orgId, scope: 'own', permissions, expiresAt: '2026-06-01T00:00:00.000Z' },
    });
    expect(res.statusCode, res.body).toBe(201);
    return { authorization: `Bearer ${(res.json() as { secret: string }).secret}` };
  };
  const hexiCourt = await token(orgs.hexiCourt.id);
  const nankaiCourt = await token(orgs.nankaiCourt.id);
  const staffPerms = ['legalAid.application.read', 'legalAid.application.intake', 'legalAid.application.review'];
  const staff = await loginAs(t, { permissions: staffPerms, orgId: orgs.hexi.id });
  const noticeBody = (over: Record<string, unknown> = {}) => ({
    ground: 'noticeLifeOrDeath',
    senderKind: 'court',
    documentNo: '（2025）津0103刑初123号',
    stage: 'trial',
    issuedOn: '2025-09-27',
    defendant: { name: '赵某', detentionPlace: '天津市河西区看守所' },
    charge: '故意杀人罪',
    opponents: [{ name: '钱某（被害人）' }],
    contactName: '孙法官',
    contactPhone: '022-23456789',
    ...over,
  });
  const send = (payload: object, headers: Record<string, string> = hexiCourt) =>
    t.app.inject({ method: 'POST', url: '/api/legal-aid/notices', payload, headers });

  it('401 without a token, 403 without the permission, 400 for bad input, nothing written', async () => {
    expect((await send(noticeBody(), {})).statusCode).toBe(401);
    expect((await send(noticeBody(), staff.headers)).statusCode).toBe(403);
    expect((await send(noticeBody({ ground: 'wages' }))).statusCode).toBe(400);
    expect((await send(noticeBody({ issuedOn: '2025-10-01' }))).json().error).toMatchObject({
      code: 'AID_DATE_IN_FUTURE',
      field: 'issuedOn',
    });
    expect((await send(noticeBody({ centreOrgId: orgs.hexiBureau.id }))).json().error).toMatchObject({
      code: 'AID_CENTRE_INVALID',
      field: 'centreOrgId',
    });
    const n = await t.kernel.db
      .selectFrom('aidCases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
  });

  let noticeId = '';
  let caseId = '';
  it('a court’s notice goes to its district’s centre, starts in granted with the 3-day timer across the holiday', async () => {
    const res = await send(noticeBody());
    expect(res.statusCode, res.body).toBe(201);
    noticeId = res.json().id;
    caseId = res.json().caseId;
    // 2025-09-28 + 3 = 10-01 (National Day holiday) → 10-09 (第三十六条, natural days, last day moved).
    expect(res.json()).toMatchObject({
      state: 'granted',
      centreName: '天津市河西区法律援助中心',
      assignDueOn: '2025-10-09',
      assignedLawyer: null,
    });
    const d = (await t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${caseId}`, headers: staff.headers })).json();
    expect(d).toMatchObject({ origin: 'notice', state: 'granted', mayCarryLifeOrDeath: true, hardshipCheck: 'exempt', eligibility: null });
    expect(d.timers.map((x: { key: string }) => x.key)).toEqual(['assign']);
    expect(d.notice).toMatchObject({ senderName: '天津市河西区人民法院', documentNo: '（2025）津0103刑初123号' });
    expect(d.abilities).toMatchObject({ canGrant: false, canDeny: false });
    expect((await lastAudit(t, caseId))?.action).toBe('legalAid.notice.receive');
    expect((await send(noticeBody())).json().error).toMatchObject({ code: 'AID_NOTICE_DUPLICATE', field: 'documentNo' });
  });

  it('a court’s token sees only its own notices', async () => {
    const other = await send(noticeBody({ documentNo: '（2025）津0104刑初9号', ground: 'noticeMinor' }), nankaiCourt);
    expect(other.statusCode, other.body).toBe(201);
    expect(other.json().centreName).toBe('天津市南开区法律援助中心');
    const own = await t.app.inject({ method: 'GET', url: '/api/legal-aid/notices', headers: hexiCourt });
    expect(own.json()).toMatchObject({ total: 1, items: [{ id: noticeId }] });
    expect((await t.app.inject({ method: 'GET', url: `/api/legal-aid/notices/${other.json().id}`, headers: hexiCourt })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ method: 'GET', url: `/api/legal-aid/notices/${noticeId}`, headers: nankaiCourt })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${caseId}`, headers: hexiCourt })).statusCode).toBe(403);
  });

  it('the reply is the assigned lawyer; the lawyer sees only the cases assigned to them', async () => {
    const firm = await t.kernel.db.selectFrom('organisations').select('id').where('id', '=', orgs.hexi.id).executeTakeFirstOrThrow();
    const lawyer = await loginAs(t, { permissions: ['legalAid.case.work'], orgId: orgs.hexi.id });
    const other = await loginAs(t, { permissions: ['legalAid.case.work'], orgId: orgs.hexi.id });
    const providerId = newId();
    const now = new Date().toISOString();
    await t.kernel.db
      .insertInto('aidProviders')
      .values({
        id: providerId,
        kind: 'lawyer',
        name: '王律师',
        userId: lawyer.userId,
        firmOrgId: null,
        orgId: firm.id,
        regionCode: '120103',
        specialities: '[]',
        licenceNo: null,
        practiceSince: '2010-01-01',
        relevantCriminalYears: 10,
        contactPhone: '022-88886666',
        idNumberEnc: null,
        idNumberIndex: null,
        active: 1,
        note: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await t.kernel.db
      .updateTable('aidCases')
      .set({ state: 'assigned', assigneeProviderId: providerId, assigneeUserId: lawyer.userId, assignedOn: '2025-09-29' })
      .where('id', '=', caseId)
      .execute();
    const reply = await t.app.inject({ method: 'GET', url: `/api/legal-aid/notices/${noticeId}`, headers: hexiCourt });
    expect(reply.json()).toMatchObject({
      state: 'assigned',
      assignedLawyer: { name: '王律师', phone: '022-88886666', assignedOn: '2025-09-29' },
    });
    const mine = await t.app.inject({ method: 'GET', url: '/api/legal-aid/cases', headers: lawyer.headers });
    expect(mine.json()).toMatchObject({ total: 1, items: [{ id: caseId }] });
    expect((await t.app.inject({ method: 'GET', url: '/api/legal-aid/cases', headers: other.headers })).json().total).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${caseId}`, headers: other.headers })).statusCode).toBe(404);
  });

  it('staff enter a paper notice at their centre', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/legal-aid/paper-notices',
      headers: staff.headers,
      payload: {
        ...noticeBody({
          documentNo: '津西检公诉通〔2025〕5号',
          ground: 'noticeDisabled',
          stage: 'prosecutionReview',
          senderKind: 'procuratorate',
        }),
        senderName: '天津市河西区人民检察院',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ origin: 'notice', state: 'granted', orgId: orgs.hexi.id, notice: { senderKind: 'procuratorate' } });
    const far = await t.app.inject({
      method: 'POST',
      url: '/api/legal-aid/paper-notices',
      headers: staff.headers,
      payload: { ...noticeBody({ documentNo: 'X1' }), senderName: '某法院', centreOrgId: orgs.nankai.id },
    });
    expect(far.statusCode).toBe(400);
  });

  it('statistics: notices by sender, days from notice to assignment', async () => {
    const stats = await loginAs(t, { permissions: ['stats.metric.read'], orgId: orgs.hexi.id });
    const evaluate = async (id: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/stats/metrics/legalAid.${id}?from=2025-01-01&to=2025-12-31`,
        headers: stats.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { rows: { series: string | null; value: number }[] }).rows;
    };
    expect(Object.fromEntries((await evaluate('notices')).map((r) => [r.series, r.value]))).toEqual({ court: 1, procuratorate: 1 });
    expect((await evaluate('noticeResponseDays'))[0]?.value).toBe(1);
  });
});
