import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { caseCount, intakeBody, medOrgs, staffPermissions, testIdNumber } from './test-fixtures';

describe('duplicates at staff intake, suspected duplicates of a case, manual links', async () => {
  const t = await buildTestApp();
  setClock(t, '2026-03-10T02:00:00.000Z');
  const orgs = await medOrgs(t);
  const staff = await loginAs(t, { permissions: staffPermissions, orgId: orgs.villageA.id, scope: 'own' });
  const reader = await loginAs(t, { permissions: ['mediation.case.read'], orgId: orgs.villageA.id, scope: 'own' });
  const nankai = await loginAs(t, { permissions: staffPermissions, orgId: orgs.nankaiVillage.id, scope: 'own' });
  const register = (payload: object, headers = staff.headers) =>
    t.app.inject({ method: 'POST', url: '/api/mediation/cases', headers, payload });
  const link = (id: string, payload: object, headers = staff.headers) =>
    t.app.inject({ method: 'POST', url: `/api/mediation/cases/${id}/links`, headers, payload });

  let first = '';
  let second = '';
  let other = '';

  it('a likely duplicate at staff intake answers 409 MED_DUPLICATE_SUSPECTED naming the case; nothing written', async () => {
    const res = await register(intakeBody());
    expect(res.statusCode, res.body).toBe(201);
    first = res.json().id;
    const again = await register(
      intakeBody({
        receivedOn: '2026-03-09',
        title: '楼上漏水致楼下受损',
        facts: '赵强家卫生间漏水，王芳家顶棚受损，要求赔偿，双方协商未果。',
        parties: [
          { role: 'applicant', name: '王芳', phone: '13912340001' },
          { role: 'respondent', name: '赵强', idNumber: testIdNumber('135') },
        ],
      }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'MED_DUPLICATE_SUSPECTED', issues: [{ field: 'duplicateOf', code: first }] });
    expect(again.json().error.issues[0].message).toContain('身份证号码相同');
    expect(await caseCount(t)).toBe(1);
  });

  it('confirming a different dispute needs a reason; with it the case is registered', async () => {
    const body = intakeBody({ receivedOn: '2026-03-09', confirmNotDuplicate: true });
    const noReason = await register(body);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({ code: 'MED_DUPLICATE_REASON_REQUIRED', field: 'notDuplicateReason' });
    const res = await register({ ...body, notDuplicateReason: '同一当事人，另一次漏水（2026年3月8日）' });
    expect(res.statusCode, res.body).toBe(201);
    second = res.json().id;
    const unrelated = await register(
      intakeBody({
        orgId: orgs.nankaiVillage.id,
        parties: [
          { role: 'applicant', name: '李梅', idNumber: testIdNumber('411') },
          { role: 'respondent', name: '某物业公司', kind: 'org' },
        ],
        kind: 'property',
        title: '物业费纠纷',
        facts: '业主认为物业服务不到位，拒交物业费两年，物业公司要求补缴。',
      }),
      nankai.headers,
    );
    expect(unrelated.statusCode, unrelated.body).toBe(201);
    other = unrelated.json().id;
  });

  it('GET /cases/:id/duplicates lists the open cases that look like the same dispute', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/mediation/cases/${second}/duplicates`, headers: reader.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toMatchObject([{ caseId: first, level: 'likely', score: 1, committeeName: orgs.villageA.name }]);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/mediation/cases/${second}/duplicates`, headers: nankai.headers })).statusCode,
    ).toBe(404);
  });

  it('links: 401, 403 for a reader, 400 without a reason or to itself, 404 outside the scope; then linked and audited; 409 twice', async () => {
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/mediation/cases/${second}/links`,
          payload: { linkedCaseId: first, reason: '同一纠纷' },
        })
      ).statusCode,
    ).toBe(401);
    expect((await link(second, { linkedCaseId: first, reason: '同一纠纷' }, reader.headers)).statusCode).toBe(403);
    expect((await link(second, { linkedCaseId: first })).statusCode).toBe(400);
    expect((await link(second, { linkedCaseId: second, reason: '同一纠纷' })).json().error).toMatchObject({
      code: 'MED_CASE_LINK_SELF',
      field: 'linkedCaseId',
    });
    const outside = await link(second, { linkedCaseId: other, reason: '同一纠纷' });
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.field).toBe('linkedCaseId');
    expect((await link(other, { linkedCaseId: first, reason: '同一纠纷' })).statusCode).toBe(404);

    const res = await link(second, { linkedCaseId: first, reason: '核实后确认为同一次漏水' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ referrals: [], links: [{ caseId: second, linkedCaseId: first, reason: '核实后确认为同一次漏水' }] });
    const row = await t.kernel.db.selectFrom('medCases').select('linkedCaseId').where('id', '=', second).executeTakeFirstOrThrow();
    expect(row.linkedCaseId).toBe(first);
    expect(await lastAudit(t, second)).toMatchObject({ action: 'mediation.case.link', reason: '核实后确认为同一次漏水' });
    const fromOther = await t.app.inject({ method: 'GET', url: `/api/mediation/cases/${first}/referrals`, headers: reader.headers });
    expect(fromOther.json().links).toHaveLength(1);
    expect((await link(first, { linkedCaseId: second, reason: '再次关联' })).json().error).toMatchObject({ code: 'MED_CASE_LINK_EXISTS' });
  });

  it('the duplicate rules are a configurable local rule: city scope only, audited, applied to later checks', async () => {
    const url = '/api/mediation/settings/duplicates';
    const rules = await t.app.inject({ method: 'GET', url, headers: reader.headers });
    expect(rules.json()).toMatchObject({ windowDays: 90, updatedAt: null });
    expect(rules.json().note.zh).toContain('本地规则');
    const district = await loginAs(t, { permissions: ['mediation.settings.manage'], orgId: orgs.hexi.id, scope: 'subtree' });
    const city = await loginAs(t, { permissions: ['mediation.settings.manage'], orgId: orgs.city.id, scope: 'city' });
    const payload = { windowDays: 3, factsLikely: 0.25, factsLikelyManyParties: 0.1, factsAlone: 0.7 };
    expect((await t.app.inject({ method: 'PUT', url, headers: reader.headers, payload })).statusCode).toBe(403);
    const notCity = await t.app.inject({ method: 'PUT', url, headers: district.headers, payload });
    expect(notCity.json().error.code).toBe('MED_SETTINGS_CITY_ONLY');
    expect((await t.app.inject({ method: 'PUT', url, headers: city.headers, payload: { ...payload, windowDays: 0 } })).statusCode).toBe(
      400,
    );
    const res = await t.app.inject({ method: 'PUT', url, headers: city.headers, payload });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ windowDays: 3 });
    expect(await lastAudit(t, 'duplicateRules')).toMatchObject({ action: 'mediation.settings.update' });
    // 2 and 9 March are 7 days apart: outside a 3-day window.
    const dups = await t.app.inject({ method: 'GET', url: `/api/mediation/cases/${second}/duplicates`, headers: reader.headers });
    expect(dups.json().items).toEqual([]);
  });
});
