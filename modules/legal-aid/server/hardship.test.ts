import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { aidOrgs, wagesApplication } from './test-fixtures';

describe('hardship standards with effective dates (第三十四条) and verification (第四十一条)', async () => {
  const t = await buildTestApp();
  const orgs = await aidOrgs(t);
  setClock(t, '2026-03-02T02:00:00.000Z');
  const admin = await loginAs(t, { permissions: ['legalAid.settings.manage'], orgId: orgs.city.id, scope: 'city' });
  const reviewer = await loginAs(t, {
    permissions: ['legalAid.application.read', 'legalAid.application.intake', 'legalAid.application.review'],
    orgId: orgs.hexi.id,
  });
  const post = (payload: object, headers = admin.headers) =>
    t.app.inject({ method: 'POST', url: '/api/legal-aid/hardship-standards', payload, headers });
  const list = (headers = admin.headers) => t.app.inject({ method: 'GET', url: '/api/legal-aid/hardship-standards', headers });
  const body = (over: object = {}) => ({
    regionCode: '120000',
    monthlyPerCapitaYuan: 1_500,
    effectiveFrom: '2026-04-01',
    source: '津政发〔2026〕1号',
    ...over,
  });

  it('ships the labelled example value', async () => {
    const res = await list();
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ regionCode: '120000', example: true, inForceToday: true, effectiveTo: null }),
    ]);
    expect(res.json().items[0].source).toContain('示例值，须按天津市人民政府公布的标准核实');
  });

  it('401, 403, 400 with the field, 409 overlap; nothing written', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/legal-aid/hardship-standards', payload: body() })).statusCode).toBe(401);
    expect((await post(body(), reviewer.headers)).statusCode).toBe(403);
    expect((await post(body({ monthlyPerCapitaYuan: -3 }))).json().error).toMatchObject({
      code: 'AID_STANDARD_INVALID',
      field: 'monthlyPerCapitaYuan',
    });
    expect((await post(body({ effectiveTo: '2026-01-01' }))).json().error).toMatchObject({
      code: 'AID_STANDARD_INVALID',
      field: 'effectiveTo',
    });
    expect((await post(body({ effectiveFrom: '2021-01-01' }))).json().error).toMatchObject({
      code: 'AID_STANDARD_OVERLAP',
      field: 'effectiveFrom',
    });
    expect((await list()).json().items).toHaveLength(1);
  });

  it('a new standard ends the old one the day before, and applies from its date', async () => {
    const res = await post(body());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ monthlyPerCapitaYuan: 1_500, example: false, inForceToday: false });
    expect((await lastAudit(t, res.json().id))?.action).toBe('legalAid.hardshipStandard.create');
    const items = (await list()).json().items as { effectiveTo: string | null; example: boolean }[];
    expect(items.find((s) => s.example)?.effectiveTo).toBe('2026-03-31');
    const pre = (date: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/legal-aid/precheck',
        headers: reviewer.headers,
        payload: { matterKind: 'wages', householdSize: 2, monthlyIncomeYuan: 2_800, orgId: orgs.hexi.id, applicationDate: date },
      });
    expect((await pre('2026-03-01')).json()).toMatchObject({ outcome: 'ineligible', hardship: { thresholdYuan: 1_320 } });
    const futureDate = await pre('2026-04-02');
    expect(futureDate.json().error).toMatchObject({ code: 'AID_DATE_IN_FUTURE', field: 'applicationDate' });
  });

  it('verification by data-sharing query answers from the labelled development stub, audited', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/legal-aid/applications',
      headers: reviewer.headers,
      payload: { ...wagesApplication(orgs.hexi.id), origin: 'walkIn', hardshipCheck: 'sharedData' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json().abilities.canVerifyHardship).toBe(true);
    const res = await t.app.inject({ method: 'POST', url: `/api/legal-aid/cases/${id}/hardship-verification`, headers: reviewer.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ method: 'sharedData', stub: true, consistent: true });
    expect(res.json().source).toContain('开发桩');
    expect((await lastAudit(t, id))?.action).toBe('legalAid.case.verifyHardship');
    const d = await t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${id}`, headers: reviewer.headers });
    expect(d.json().hardshipVerification).toMatchObject({ stub: true });
  });
});
