import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { countRows, referralBody, referralSetup } from './referral.test-setup';
import { staffPermissions } from './test-fixtures';

describe('referring bodies registry (GET/POST/PATCH /api/mediation/referrers)', async () => {
  const t = await buildTestApp();
  setClock(t, '2026-03-10T02:00:00.000Z');
  const s = await referralSetup(t);
  const caseStaff = await loginAs(t, { permissions: staffPermissions, orgId: s.orgs.villageA.id, scope: 'own' });
  const courtToken = await s.issueToken('河西区人民法院诉调对接');
  const secondToken = await s.issueToken('河西区人民法院备用');
  const url = '/api/mediation/referrers';
  const post = (payload: object, headers = s.settings.headers) => t.app.inject({ method: 'POST', url, headers, payload });
  const patch = (id: string, payload: object) =>
    t.app.inject({ method: 'PATCH', url: `${url}/${id}`, headers: s.settings.headers, payload });
  const body = (over: Record<string, unknown> = {}) => ({
    kind: 'court',
    name: '天津市河西区人民法院',
    code: 'TJ-HX-COURT',
    regionCode: '120103',
    tokenId: courtToken.id,
    webhookUrl: 'https://court.example.cn/tianping/hook',
    webhookSecret: 'hx-court-secret-000111',
    returnDays: 30,
    ...over,
  });

  it('401 without a session, 403 without mediation.settings.manage (staff or token), 400 for bad input', async () => {
    expect((await t.app.inject({ method: 'POST', url, payload: body() })).statusCode).toBe(401);
    expect((await post(body(), caseStaff.headers)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url, headers: courtToken.headers })).statusCode).toBe(403);
    expect((await post(body({ code: '法院' }))).json().error.field).toBe('code');
    expect((await post(body({ webhookUrl: 'ftp://court.example.cn/x' }))).json().error.field).toBe('webhookUrl');
    expect((await post(body({ kind: 'bank' }))).statusCode).toBe(400);
  });

  it('refuses a webhook without a secret, an unknown region, a token without the referral permission — nothing written', async () => {
    const noSecret = await post(body({ webhookSecret: null }));
    expect(noSecret.json().error).toMatchObject({ code: 'MED_WEBHOOK_SECRET_REQUIRED', field: 'webhookSecret' });
    const region = await post(body({ regionCode: '990000' }));
    expect(region.json().error).toMatchObject({ code: 'MED_REGION_UNKNOWN', field: 'regionCode' });
    const other = await s.issueToken('监控');
    await t.kernel.db.updateTable('apiTokens').set({ permissions: '[]' }).where('id', '=', other.id).execute();
    for (const tokenId of [other.id, '01JZZZZZZZZZZZZZZZZZZZZZZZ']) {
      const res = await post(body({ tokenId }));
      expect(res.json().error).toMatchObject({ code: 'MED_REFERRER_TOKEN_UNKNOWN', field: 'tokenId' });
    }
    expect(await countRows(t, 'medReferrers')).toBe(0);
  });

  it('lists the tokens that may be bound (live, with the referral permission, unbound)', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${url}/token-options`, headers: s.settings.headers });
    expect(res.statusCode).toBe(200);
    const names = res.json().items.map((x: { name: string }) => x.name);
    expect(names).toContain('河西区人民法院诉调对接');
    expect(names).not.toContain('监控');
    expect((await t.app.inject({ method: 'GET', url: `${url}/token-options`, headers: caseStaff.headers })).statusCode).toBe(403);
  });

  let id = '';

  it('registers a court with its token and webhook; the secret is encrypted and never shown; audited', async () => {
    const res = await post(body());
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({
      kind: 'court',
      kindLabel: { zh: '人民法院（诉调对接）' },
      tokenId: courtToken.id,
      tokenName: '河西区人民法院诉调对接',
      hasWebhookSecret: true,
      active: true,
      version: 1,
      abilities: { canEdit: true },
    });
    expect(res.body).not.toContain('hx-court-secret');
    const options = await t.app.inject({ method: 'GET', url: `${url}/token-options`, headers: s.settings.headers });
    expect(options.json().items.map((x: { id: string }) => x.id)).not.toContain(courtToken.id);
    const row = await t.kernel.db.selectFrom('medReferrers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.webhookSecretEnc).not.toContain('hx-court-secret');
    expect(t.kernel.pii.decrypt(row.webhookSecretEnc)).toBe('hx-court-secret-000111');
    const audit = await lastAudit(t, id);
    expect(audit).toMatchObject({ action: 'mediation.referrer.create' });
    expect(JSON.stringify(audit)).not.toContain('hx-court-secret');
  });

  it('409 for a code or a token already taken (a token speaks for one body)', async () => {
    expect((await post(body({ tokenId: secondToken.id }))).json().error).toMatchObject({ code: 'MED_REFERRER_CODE_TAKEN', field: 'code' });
    const taken = await post(body({ code: 'TJ-HX-COURT-2' }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'MED_REFERRER_TOKEN_TAKEN', field: 'tokenId' });
    expect(await countRows(t, 'medReferrers')).toBe(1);
  });

  it('lists for the settings page; active options for intake staff', async () => {
    const list = await t.app.inject({ method: 'GET', url: `${url}?kind=court`, headers: s.settings.headers });
    expect(list.json().items.map((r: { code: string }) => r.code)).toEqual(['TJ-HX-COURT']);
    const search = async (q: string) =>
      (await t.app.inject({ method: 'GET', url: `${url}?q=${encodeURIComponent(q)}`, headers: s.settings.headers })).json().items.length;
    expect([await search('河西区'), await search('hx-court'), await search('%'), await search('_')]).toEqual([1, 1, 0, 0]);
    const options = await t.app.inject({ method: 'GET', url: `${url}/options`, headers: caseStaff.headers });
    expect(options.json().items).toEqual([
      {
        id,
        kind: 'court',
        kindLabel: { zh: '人民法院（诉调对接）', en: 'Court' },
        name: '天津市河西区人民法院',
        code: 'TJ-HX-COURT',
        regionCode: '120103',
      },
    ]);
  });

  it('PATCH: stale version 409; rebinding the token moves the referral right to the new token; deactivating stops it', async () => {
    expect((await patch(id, { name: '河西法院', version: 9 })).statusCode).toBe(409);
    const removeSecret = await patch(id, { webhookSecret: null, version: 1 });
    expect(removeSecret.json().error).toMatchObject({ code: 'MED_WEBHOOK_SECRET_REQUIRED' });
    const res = await patch(id, { tokenId: secondToken.id, webhookUrl: null, webhookSecret: null, version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ tokenId: secondToken.id, webhookUrl: null, hasWebhookSecret: false, version: 2 });
    expect(await lastAudit(t, id)).toMatchObject({ action: 'mediation.referrer.update' });
    const refer = (headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/api/mediation/referrals', headers, payload: referralBody('TJ-HX-COURT', 'R-1') });
    expect((await refer(courtToken.headers)).json().error).toMatchObject({ code: 'MED_REFERRER_UNKNOWN' });
    expect((await refer(secondToken.headers)).statusCode).toBe(201);
    expect((await patch(id, { active: false, version: 2 })).json()).toMatchObject({ active: false });
    expect((await refer(secondToken.headers)).json().error).toMatchObject({ code: 'MED_REFERRER_UNKNOWN' });
    const list = await t.app.inject({ method: 'GET', url: `${url}?includeInactive=true`, headers: s.settings.headers });
    expect(list.json().items).toHaveLength(1);
    expect((await t.app.inject({ method: 'GET', url, headers: s.settings.headers })).json().items).toHaveLength(0);
  });
});
