import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { createTestCase, reconOrgs } from './test-fixtures';

const read = 'reconsideration.litigation.read';
const manage = 'reconsideration.litigation.manage';

describe('litigation response (行政应诉)', async () => {
  const t = await buildTestApp();
  t.kernel.clock = { now: () => new Date('2025-12-01T02:00:00.000Z') };
  const orgs = await reconOrgs(t);
  const hexiManager = await loginAs(t, { permissions: [read, manage], scope: 'subtree', orgId: orgs.hexi.id });
  const hexiReader = await loginAs(t, { permissions: [read], scope: 'subtree', orgId: orgs.hexi.id });
  const nankaiManager = await loginAs(t, { permissions: [read, manage], scope: 'subtree', orgId: orgs.nankai.id });
  const nobody = await loginAs(t, { permissions: ['reconsideration.case.read'], scope: 'city', orgId: orgs.city.id });
  const hexiCase = await createTestCase(t, { orgId: orgs.hexi.id, respondentOrgId: orgs.agency.id });
  const nankaiCase = await createTestCase(t, { orgId: orgs.nankai.id });

  const url = '/api/reconsideration/litigations';
  const req = (method: 'GET' | 'POST' | 'PATCH', path: string, headers?: Record<string, string>, payload?: object) =>
    t.app.inject({ method, url: path, headers: headers ?? {}, ...(payload === undefined ? {} : { payload }) });
  const valid = (over: Record<string, unknown> = {}) => ({
    orgId: orgs.agency.id,
    court: '天津市河西区人民法院',
    courtCaseNumber: `（2025）津0103行初${Math.floor(Math.random() * 100000)}号`,
    plaintiff: '王某某',
    defendant: '天津市河西区市场监督管理局',
    coDefendant: false,
    cause: '行政处罚',
    complaintServedOn: '2025-09-20',
    ...over,
  });

  it('401 without a session, 403 without the litigation permissions', async () => {
    expect((await req('GET', url)).statusCode).toBe(401);
    expect((await req('POST', url, undefined, valid())).statusCode).toBe(401);
    expect((await req('GET', url, nobody.headers)).statusCode).toBe(403);
    expect((await req('POST', url, hexiReader.headers, valid())).statusCode).toBe(403);
  });

  it('400 with the field for bad input, nothing written', async () => {
    const cases: [Record<string, unknown>, string, string?][] = [
      [valid({ court: '' }), 'court'],
      [valid({ complaintServedOn: '2025-02-30' }), 'complaintServedOn'],
      [valid({ orgId: 'x' }), 'orgId'],
      [valid({ extra: 1 }), ''],
      [valid({ complaintServedOn: '2025-12-02' }), 'complaintServedOn', 'RECON_DATE_IN_FUTURE'],
      [valid({ reconCaseId: nankaiCase.id }), 'reconCaseId', 'RECON_LITIGATION_CASE_NOT_FOUND'],
    ];
    for (const [body, field, code] of cases) {
      const res = await req('POST', url, hexiManager.headers, body);
      expect(res.statusCode, JSON.stringify(body) + res.body).toBe(400);
      if (field) expect(res.json().error.field).toBe(field);
      if (code) expect(res.json().error.code).toBe(code);
    }
    expect(await t.kernel.db.selectFrom('reconLitigations').select('id').execute()).toHaveLength(0);
  });

  it('404 for a defendant body outside the scope', async () => {
    const res = await req('POST', url, nankaiManager.headers, valid());
    expect(res.statusCode).toBe(404);
    expect(res.json().error.field).toBe('orgId');
  });

  it('records a co-defendant suit after reconsideration, 15-day defence deadline on the platform calendar, audited', async () => {
    const body = valid({ coDefendant: true, reconCaseId: hexiCase.id, courtCaseNumber: '（2025）津0103行初88号' });
    const res = await req('POST', url, hexiManager.headers, body);
    expect(res.statusCode, res.body).toBe(201);
    const lit = res.json();
    // 2025-09-20 + 15 days = 2025-10-05, inside the National Day holiday: the period ends on the next working day.
    expect(lit.defenceDueOn).toBe('2025-10-09');
    expect(lit).toMatchObject({ coDefendant: true, reconCaseId: hexiCase.id, result: 'pending', headAppeared: null, defenceOverdue: true });
    expect(lit.abilities.update).toBe(true);
    const audit = await t.kernel.db.selectFrom('auditEvents').selectAll().where('entityId', '=', lit.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['reconsideration.litigation.create']);
    const dup = await req('POST', url, hexiManager.headers, body);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('RECON_LITIGATION_DUPLICATE');

    const detail = await req('GET', `${url}/${lit.id}`, hexiReader.headers);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().reconCaseNumber).toBeNull();
    expect(detail.json().defenceExplanation.zh.length).toBeGreaterThan(0);
    expect(detail.json().abilities.update).toBe(false);
    expect((await req('GET', `${url}/${lit.id}`, nankaiManager.headers)).statusCode).toBe(404);
  });

  it('updates defence, hearings (head appearance, reason when absent) and outcome; version conflicts', async () => {
    const lit = (await req('POST', url, hexiManager.headers, valid({ courtCaseNumber: '（2025）津0103行初99号' }))).json();
    const bad: [Record<string, unknown>, string, string][] = [
      [{ defenceSubmittedOn: '2025-09-01' }, 'defenceSubmittedOn', 'RECON_LITIGATION_DATE_ORDER'],
      [
        { hearings: [{ on: '2025-10-20', instance: 'first', headAppeared: false }] },
        'hearings.0.absenceReason',
        'RECON_LITIGATION_ABSENCE_REASON_REQUIRED',
      ],
      [
        { hearings: [{ on: '2025-10-20', instance: 'first', headAppeared: true }] },
        'hearings.0.appearedName',
        'RECON_LITIGATION_APPEARED_NAME_REQUIRED',
      ],
      [{ result: 'won' }, 'closedOn', 'RECON_LITIGATION_RESULT_INCONSISTENT'],
      [{ secondInstanceOutcome: 'appealDismissed' }, 'secondInstanceOutcome', 'RECON_LITIGATION_RESULT_INCONSISTENT'],
    ];
    for (const [body, field, code] of bad) {
      const res = await req('PATCH', `${url}/${lit.id}`, hexiManager.headers, { version: 1, ...body });
      expect(res.statusCode, JSON.stringify(body) + res.body).toBe(400);
      expect(res.json().error).toMatchObject({ field, code });
    }
    const ok = await req('PATCH', `${url}/${lit.id}`, hexiManager.headers, {
      version: 1,
      defenceSubmittedOn: '2025-09-28',
      hearings: [
        { on: '2025-11-10', instance: 'first', headAppeared: false, absenceReason: '因公出差，委托副局长出庭' },
        { on: '2025-10-20', instance: 'first', headAppeared: true, appearedName: '李局长' },
      ],
      firstInstanceOutcome: 'claimDismissed',
      result: 'won',
      closedOn: '2025-11-20',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ headAppeared: true, result: 'won', closedOn: '2025-11-20', version: 2, defenceOverdue: false });
    expect(ok.json().hearings.map((h: { on: string }) => h.on)).toEqual(['2025-10-20', '2025-11-10']);
    const stale = await req('PATCH', `${url}/${lit.id}`, hexiManager.headers, { version: 1, result: 'lost', closedOn: '2025-11-20' });
    expect(stale.statusCode).toBe(409);
    expect((await req('PATCH', `${url}/${lit.id}`, nankaiManager.headers, { version: 2 })).statusCode).toBe(404);
    const audit = await t.kernel.db.selectFrom('auditEvents').select('action').where('entityId', '=', lit.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['reconsideration.litigation.create', 'reconsideration.litigation.update']);
  });

  it('lists within the scope with filters and paging', async () => {
    await req('POST', url, nankaiManager.headers, valid({ orgId: orgs.nankai.id, court: '天津市南开区人民法院' }));
    const all = (await req('GET', url, hexiReader.headers)).json();
    expect(all.total).toBe(2);
    expect(all.items.every((i: { orgId: string }) => i.orgId === orgs.agency.id)).toBe(true);
    expect((await req('GET', `${url}?result=won`, hexiReader.headers)).json().total).toBe(1);
    expect((await req('GET', `${url}?headAppeared=true`, hexiReader.headers)).json().total).toBe(1);
    expect((await req('GET', `${url}?court=南开`, hexiReader.headers)).json().total).toBe(0);
    expect((await req('GET', `${url}?from=2025-09-21`, hexiReader.headers)).json().total).toBe(0);
    const page = (await req('GET', `${url}?pageSize=1&page=2`, hexiReader.headers)).json();
    expect(page).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page.items).toHaveLength(1);
    expect((await req('GET', `${url}?result=maybe`, hexiReader.headers)).statusCode).toBe(400);
  });
});
