import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { multipartBody, samplePdf, tempFileStore } from '../../../server/src/attachments/test-helpers';
import { signInCitizen } from '../../../server/src/citizen/testing';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { lapseMaterialRequests } from './application-correction.service';
import { aidOrgs, testIdNumber, wagesApplication } from './test-fixtures';

const count = async (t: Awaited<ReturnType<typeof buildTestApp>>, table: 'aidCases' | 'aidParties' | 'aidMaterialRequests') =>
  Number(
    (
      await t.kernel.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('legal aid applications: online, walk-in, forwarded; the 7-day review', async () => {
  const t = await buildTestApp(tempFileStore());
  const orgs = await aidOrgs(t);
  setClock(t, '2026-03-02T02:00:00.000Z');
  const reviewerPerms = ['legalAid.application.read', 'legalAid.application.intake', 'legalAid.application.review'];
  let alice = await signInCitizen(t, '13912340201');
  let bob = await signInCitizen(t, '13912340202', '203.0.113.9');
  let reviewer = await loginAs(t, { permissions: reviewerPerms, orgId: orgs.hexi.id });
  let nankaiReviewer = await loginAs(t, { permissions: reviewerPerms, orgId: orgs.nankai.id });
  const reader = await loginAs(t, { permissions: ['legalAid.application.read'], orgId: orgs.hexi.id });
  const outsider = await loginAs(t, { permissions: ['legalAid.provider.manage'], orgId: orgs.hexi.id });
  let ip = 10;
  /** Moving the clock ends the sessions (idle timeout): sign in again. */
  const moveClock = async (iso: string) => {
    setClock(t, iso);
    alice = await signInCitizen(t, '13912340201', `203.0.113.${++ip}`);
    bob = await signInCitizen(t, '13912340202', `203.0.113.${++ip}`);
    reviewer = await loginAs(t, { permissions: reviewerPerms, orgId: orgs.hexi.id });
    nankaiReviewer = await loginAs(t, { permissions: reviewerPerms, orgId: orgs.nankai.id });
  };

  const apply = (payload: object, headers = alice.headers) =>
    t.app.inject({ method: 'POST', url: '/api/citizen/legal-aid/applications', payload, headers });
  const precheck = (payload: object, headers = alice.headers) =>
    t.app.inject({ method: 'POST', url: '/api/citizen/legal-aid/precheck', payload, headers });
  const step = (id: string, path: string, payload: object, headers = reviewer.headers) =>
    t.app.inject({ method: 'POST', url: `/api/legal-aid/cases/${id}/${path}`, payload, headers });
  const detail = (id: string, headers = reviewer.headers) => t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${id}`, headers });

  it('pre-check: explained results, the seeded example standard at its boundary, bad answers 400 with the field', async () => {
    const valid = { matterKind: 'wages', householdSize: 1, monthlyIncomeYuan: 1 };
    expect((await t.app.inject({ method: 'POST', url: '/api/citizen/legal-aid/precheck', payload: valid })).statusCode).toBe(401);
    expect((await precheck(valid, reviewer.headers)).statusCode).toBe(401);
    const at = await precheck({ matterKind: 'wages', householdSize: 3, monthlyIncomeYuan: 3_960, orgId: orgs.hexi.id });
    expect(at.statusCode, at.body).toBe(200);
    expect(at.json()).toMatchObject({
      outcome: 'eligible',
      hardship: { thresholdYuan: 1_320, perCapitaYuan: 1_320, meets: true, example: true },
    });
    expect(at.json().reasons[1].zh).toContain('示例值');
    expect((await precheck({ matterKind: 'wages', householdSize: 3, monthlyIncomeYuan: 3_961 })).json().outcome).toBe('ineligible');
    const out = (await precheck({ matterKind: 'other', householdSize: 1, monthlyIncomeYuan: 0 })).json();
    expect(out.outcome).toBe('outOfScope');
    expect(out.reasons[0].zh).toContain('不属于');
    for (const [payload, code, field] of [
      [{ matterKind: 'wages', householdSize: 0, monthlyIncomeYuan: 100 }, 'AID_HOUSEHOLD_INVALID', 'householdSize'],
      [{ matterKind: 'wages', householdSize: 2, monthlyIncomeYuan: -5 }, 'AID_INCOME_INVALID', 'monthlyIncomeYuan'],
      [{ matterKind: 'wages', householdSize: 2, monthlyIncomeYuan: 9e9 }, 'AID_INCOME_INVALID', 'monthlyIncomeYuan'],
      [{ matterKind: 'maintenance', exemption: 'art42:migrantWorker' }, 'AID_EXEMPTION_NOT_APPLICABLE', 'exemption'],
    ] as const) {
      const res = await precheck(payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({ code, field });
    }
    const staff = await t.app.inject({
      method: 'POST',
      url: '/api/legal-aid/precheck',
      headers: reviewer.headers,
      payload: { matterKind: 'wages', exemption: 'art32:domesticViolence' },
    });
    expect(staff.json()).toMatchObject({ outcome: 'eligible', hardshipMode: 'notRequired' });
  });

  it('online application: 401, CSRF, 400s with nothing written', async () => {
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/citizen/legal-aid/applications', payload: wagesApplication(orgs.hexi.id) }))
        .statusCode,
    ).toBe(401);
    expect((await apply(wagesApplication(orgs.hexi.id), reviewer.headers)).statusCode).toBe(401);
    expect((await apply(wagesApplication(orgs.hexi.id), { cookie: alice.headers.cookie! })).statusCode).toBe(403);
    const before = [await count(t, 'aidCases'), await count(t, 'aidParties')];
    for (const [over, code, field] of [
      [{ matterKind: 'other' }, 'AID_MATTER_OUT_OF_SCOPE', 'matterKind'],
      [{ householdSize: 0 }, 'AID_HOUSEHOLD_INVALID', 'householdSize'],
      [{ monthlyIncomeYuan: -1 }, 'AID_INCOME_INVALID', 'monthlyIncomeYuan'],
      [{ exemption: 'art42:migrantWorker' }, 'AID_EXEMPTION_PROOF_REQUIRED', 'exemptionProof'],
      [{ pledgeSigned: false }, 'AID_PLEDGE_REQUIRED', 'pledgeSigned'],
      [{ orgId: orgs.hexiBureau.id }, 'AID_CENTRE_INVALID', 'orgId'],
      [{ matterKind: 'noticeMinor' }, 'AID_MATTER_NOT_APPLICATION', 'matterKind'],
    ] as const) {
      const res = await apply(wagesApplication(orgs.hexi.id, over));
      expect(res.statusCode, `${code} ${res.body}`).toBe(400);
      expect(res.json().error).toMatchObject({ code, field });
    }
    expect([await count(t, 'aidCases'), await count(t, 'aidParties')]).toEqual(before);
  });

  let caseId = '';
  it('creates the case: number, 7-day review timer, PII encrypted and masked, audit row', async () => {
    const res = await apply(wagesApplication(orgs.hexi.id));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    caseId = body.id;
    expect(body.caseNumber).toMatch(/援〔2026〕1号$/);
    expect(body.state).toBe('received');
    expect(body.deadlines[0]).toMatchObject({ key: 'review', dueDate: '2026-03-09', status: 'open' });
    const row = await t.kernel.db
      .selectFrom('aidParties')
      .selectAll()
      .where('caseId', '=', caseId)
      .where('role', '=', 'applicant')
      .executeTakeFirstOrThrow();
    expect(row.idNumberEnc).not.toContain(testIdNumber());
    expect(row.idNumberIndex).toBe(t.kernel.pii.blindIndex('idNumber', testIdNumber()));
    const d = (await detail(caseId)).json();
    expect(d).toMatchObject({
      origin: 'portal',
      reviewDueOn: '2026-03-09',
      dueOn: '2026-03-09',
      hardshipCheck: 'pledge',
      citizenAccount: true,
    });
    expect(d.parties[0].idNumber.masked).toMatch(/\*/);
    expect(d.parties[0].idNumber.masked).not.toBe(testIdNumber());
    expect(d.timers[0].explanation.zh.join('')).toContain('法律援助法');
    expect(d.eligibility.outcome).toBe('eligible');
    expect(d.jurisdiction.competent).toBe(true);
    expect(d.abilities).toMatchObject({ canGrant: true, canDeny: true, canRequestMaterials: true, canTransfer: true });
    const audit = await lastAudit(t, caseId);
    expect(audit?.action).toBe('legalAid.case.create');
    expect(JSON.stringify(audit?.diff)).not.toContain(testIdNumber());
  });

  it('reveals a party’s ID number through the core (reason recorded), only in scope', async () => {
    const revealer = await loginAs(t, { permissions: ['legalAid.application.read', 'pii.value.reveal'], orgId: orgs.hexi.id });
    const far = await loginAs(t, { permissions: ['legalAid.application.read', 'pii.value.reveal'], orgId: orgs.nankai.id });
    const d = (await detail(caseId, revealer.headers)).json();
    expect(d.parties[0].idNumber.revealable).toBe(true);
    const reveal = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/pii/reveal',
        headers,
        payload: { entityType: 'aidParty', entityId: d.parties[0].id, field: 'idNumber', reason: '核实申请人身份' },
      });
    const res = await reveal(revealer.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().value).toBe(testIdNumber());
    expect((await reveal(far.headers)).statusCode).toBe(404);
  });

  it('list and detail: 401, 403, scope 404, filters', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/legal-aid/cases' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/legal-aid/cases', headers: outsider.headers })).statusCode).toBe(403);
    expect((await detail(caseId, nankaiReviewer.headers)).statusCode).toBe(404);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/legal-aid/cases?state=received&origin=portal&matterKind=wages&q=王建',
      headers: reader.headers,
    });
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: caseId, deadline: { status: 'normal' } }] });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/legal-aid/cases?matterKind=maintenance', headers: reader.headers })).json().total,
    ).toBe(0);
    expect((await detail(caseId, reader.headers)).json().abilities.canGrant).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: `/api/citizen/legal-aid/cases/${caseId}`, headers: bob.headers })).statusCode).toBe(
      404,
    );
  });

  it('one request for missing materials (第四十三条第二款), the citizen uploads and answers, review restarts', async () => {
    expect((await step(caseId, 'materials-request', { items: ['劳动合同'], dueOn: '2026-03-09' }, reader.headers)).statusCode).toBe(403);
    const bad = await step(caseId, 'materials-request', { items: [], dueOn: '2026-03-09' });
    expect(bad.json().error).toMatchObject({ code: 'AID_MATERIALS_ITEMS_REQUIRED', field: 'items' });
    expect((await step(caseId, 'materials-request', { items: ['劳动合同'], dueOn: '2026-02-01' })).json().error.code).toBe(
      'AID_MATERIALS_DUE_INVALID',
    );
    expect(await count(t, 'aidMaterialRequests')).toBe(0);
    const res = await step(caseId, 'materials-request', { items: ['劳动合同或工作证', '工资欠条'], dueOn: '2026-03-12' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'correcting', materialRequest: { status: 'pending', dueOn: '2026-03-12' } });
    expect(res.json().documents.some((doc: { templateId: string }) => doc.templateId === 'legalAid.materialsNotice')).toBe(true);
    expect((await lastAudit(t, caseId))?.action).toBe('legalAid.case.requestMaterials');

    const empty = await t.app.inject({
      method: 'POST',
      url: `/api/citizen/legal-aid/cases/${caseId}/materials`,
      headers: alice.headers,
      payload: {},
    });
    expect(empty.json().error).toMatchObject({ code: 'AID_MATERIALS_EMPTY', field: 'answer' });
    const file = multipartBody([{ name: 'file', fileName: '劳动合同.pdf', type: 'application/pdf', content: samplePdf }]);
    const up = await t.app.inject({
      method: 'POST',
      url: `/api/citizen/legal-aid/cases/${caseId}/files`,
      payload: file.payload,
      headers: { ...alice.headers, ...file.headers },
    });
    expect(up.statusCode, up.body).toBe(201);
    await moveClock('2026-03-05T02:00:00.000Z');
    const answered = await t.app.inject({
      method: 'POST',
      url: `/api/citizen/legal-aid/cases/${caseId}/materials`,
      headers: alice.headers,
      payload: { answer: '已上传劳动合同', attachmentIds: [up.json().id] },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ state: 'received', materialRequest: { status: 'answered' } });
    expect((await detail(caseId)).json()).toMatchObject({ reviewDueOn: '2026-03-12', abilities: { canRequestMaterials: false } });
    const again = await step(caseId, 'materials-request', { items: ['身份证'], dueOn: '2026-03-12' });
    expect(again.json().error).toMatchObject({ code: 'AID_MATERIALS_ALREADY_REQUESTED' });
  });

  it('grant: document served, 3-day assignment timer; a second grant is 409', async () => {
    const res = await step(caseId, 'grant', {});
    expect(res.statusCode, res.body).toBe(200);
    // 2026-03-05 + 3 days = Sunday 03-08: the last day moves to Monday 03-09.
    expect(res.json()).toMatchObject({ state: 'granted', decidedOn: '2026-03-05', assignDueOn: '2026-03-09' });
    expect(res.json().timers.find((x: { key: string }) => x.key === 'assign')).toMatchObject({ status: 'open', dueDate: '2026-03-09' });
    expect((await lastAudit(t, caseId))?.action).toBe('legalAid.case.grant');
    expect((await step(caseId, 'grant', {})).statusCode).toBe(409);
    const inbox = await t.app.inject({ method: 'GET', url: '/api/citizen/inbox', headers: alice.headers });
    expect(
      inbox
        .json()
        .items.map((i: { fileName: string }) => i.fileName)
        .join(),
    ).toContain('给予法律援助决定书');
  });

  it('deny with written reasons naming the objection right; a grant against the pre-check needs a reason', async () => {
    const res = await apply(wagesApplication(orgs.hexi.id, { monthlyIncomeYuan: 30_000 }));
    const id = res.json().id;
    expect((await step(id, 'grant', {})).json().error).toMatchObject({ code: 'AID_GRANT_CONDITIONS_UNMET', field: 'reason' });
    expect((await step(id, 'deny', { reasonKind: 'notHardship' })).statusCode).toBe(400);
    const denied = await step(id, 'deny', { reasonKind: 'notHardship', reason: '家庭人均月收入一万元，高于经济困难标准。' });
    expect(denied.statusCode, denied.body).toBe(200);
    expect(denied.json()).toMatchObject({ state: 'denied', decisionReasonKind: 'notHardship', closedOn: '2026-03-05' });
    expect(denied.json().documents.some((d: { templateId: string }) => d.templateId === 'legalAid.denialDecision')).toBe(true);
    const own = (await t.app.inject({ method: 'GET', url: `/api/citizen/legal-aid/cases/${id}`, headers: alice.headers })).json();
    expect(own).toMatchObject({ state: 'denied', decisionReason: '家庭人均月收入一万元，高于经济困难标准。' });
  });

  it('walk-in and forwarded intake (第三十九条: later than 24 hours flagged), urgent aid (第四十四条)', async () => {
    const staff = (over: object) =>
      t.app.inject({
        method: 'POST',
        url: '/api/legal-aid/applications',
        headers: reviewer.headers,
        payload: { ...wagesApplication(orgs.hexi.id), origin: 'walkIn', ...over },
      });
    expect((await staff({ receivedOn: '2026-03-06' })).json().error).toMatchObject({ code: 'AID_DATE_IN_FUTURE', field: 'receivedOn' });
    const missing = await staff({ origin: 'forwarded', forwardedBy: '天津市河西区看守所' });
    expect(missing.json().error).toMatchObject({ code: 'AID_FORWARDING_REQUIRED', field: 'forwarderKind' });
    const forwarded = await staff({
      origin: 'forwarded',
      matterKind: 'criminalDefence',
      forwardedBy: '天津市河西区看守所',
      forwarderKind: 'detentionFacility',
      forwarderReceivedAt: '2026-03-03T01:00:00Z',
      forwardedAt: '2026-03-04T03:00:00Z',
    });
    expect(forwarded.statusCode, forwarded.body).toBe(201);
    expect(forwarded.json()).toMatchObject({ origin: 'forwarded', forwardedLate: true, forwarding: { late: true } });
    expect(forwarded.json().forwarding.explanation.zh).toContain('26 小时');
    const tooSoon = await staff({ urgent: { ground: 'limitationSoon', reason: '仲裁时效将届满', limitationEndsOn: '2026-04-30' } });
    expect(tooSoon.json().error).toMatchObject({ code: 'AID_URGENT_REASON_REQUIRED', field: 'urgent.limitationEndsOn' });
    const urgent = await staff({ urgent: { ground: 'limitationSoon', reason: '仲裁时效将届满', limitationEndsOn: '2026-03-09' } });
    expect(urgent.json().urgent).toBe(true);
    const granted = await step(urgent.json().id, 'grant', {});
    expect(granted.json().abilities.canCompletePaperwork).toBe(true);
    const todos = await t.kernel.db.selectFrom('todoItems').select('titleZh').where('status', '=', 'open').execute();
    expect(todos.some((x) => x.titleZh.startsWith('先行援助补办手续'))).toBe(true);
    const done = await step(urgent.json().id, 'paperwork', { note: '已补交申请表' });
    expect(done.json().paperworkCompletedOn).toBe('2026-03-05');
  });

  it('transfer to the competent centre (第三十八条): a new linked case there, the old one transferred', async () => {
    const res = await apply(
      wagesApplication(orgs.hexi.id, { litigation: true, authorityName: '南开区劳动人事争议仲裁委员会', authorityRegionCode: '120104' }),
    );
    const id = res.json().id;
    const d = (await detail(id)).json();
    expect(d.jurisdiction).toMatchObject({ competent: false, suggestedCentres: [{ id: orgs.nankai.id }] });
    expect((await step(id, 'transfer', { targetOrgId: orgs.hexi.id, reason: '不属本中心' })).json().error.code).toBe(
      'AID_TRANSFER_TARGET_INVALID',
    );
    const moved = await step(id, 'transfer', { targetOrgId: orgs.nankai.id, reason: '仲裁机构在南开区' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().state).toBe('transferred');
    const newId = moved.json().transferredToCaseId;
    const there = (await detail(newId, nankaiReviewer.headers)).json();
    expect(there).toMatchObject({ state: 'received', transferredFromCaseId: id, reviewDueOn: '2026-03-12' });
    expect(there.caseNumber).toMatch(/援〔2026〕1号$/);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/citizen/legal-aid/cases/${id}`, headers: alice.headers })).json()
        .transferredToOrgName,
    ).toBe('天津市南开区法律援助中心');
  });

  it('no answer by the date → deemed withdrawn by the job', async () => {
    const id = (await apply(wagesApplication(orgs.hexi.id))).json().id;
    const asked = await step(id, 'materials-request', { items: ['身份证复印件'], dueOn: '2026-03-12' });
    expect(asked.statusCode, asked.body).toBe(200);
    setClock(t, '2026-03-12T02:00:00.000Z');
    expect(await lapseMaterialRequests(t.kernel)).toBe(0);
    setClock(t, '2026-03-13T02:00:00.000Z');
    expect(await lapseMaterialRequests(t.kernel)).toBe(1);
    const row = await t.kernel.db.selectFrom('aidCases').select(['state', 'closedOn']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ state: 'withdrawn', closedOn: '2026-03-13' });
    expect((await lastAudit(t, id))?.action).toBe('legalAid.case.deemWithdrawn');
  });

  it('statistics: applications by matter group (wages separately), decisions by reason, review on time', async () => {
    const stats = await loginAs(t, { permissions: ['stats.metric.read'], orgId: orgs.hexi.id });
    const evaluate = async (id: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/stats/metrics/legalAid.${id}?from=2026-01-01&to=2026-12-31`,
        headers: stats.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { rows: { series: string | null; value: number }[] }).rows;
    };
    const bySeries = (rows: { series: string | null; value: number }[]) => Object.fromEntries(rows.map((r) => [r.series, r.value]));
    expect(bySeries(await evaluate('applications'))).toEqual({ wages: 5, criminal: 1 });
    expect(bySeries(await evaluate('decisions'))).toEqual({ granted: 2, notHardship: 1 });
    expect((await evaluate('reviewOnTimeRate'))[0]?.value).toBe(100);
  });
});
