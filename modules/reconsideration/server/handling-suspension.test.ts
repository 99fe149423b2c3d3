import { describe, expect, it } from 'vitest';
import { setClock } from '@tianping/server/workflow/test-workflow';
import { notifyLapsedSuspensions } from './handling.jobs';
import { handle, handlingTestbed, read, review } from './handling.test-setup';

describe('handling: suspension, resumption, the local rule and the 60-day lapse (第三十九条、第四十一条)', async () => {
  const { t, orgs, staff, handler, reader, nankai, post, ...bed } = await handlingTestbed();
  const districtHead = await staff([read, review]);
  const cityHead = await staff([read, review], orgs.city.id, 'city');
  const newCase = (handlerId: string | null = null) => bed.newCase({ handlerId });
  const settings = (headers: Record<string, string> | undefined, payload?: object) =>
    t.app.inject({
      method: payload ? 'PUT' : 'GET',
      url: '/api/reconsideration/settings',
      headers: headers ?? {},
      ...(payload ? { payload } : {}),
    });
  const suspend = { ground: 'applicantDied', reason: '申请人死亡，近亲属尚未确定是否参加', suspendedOn: '2025-10-10' };
  const resume = { resumedOn: '2025-10-20', reason: '近亲属表示参加行政复议' };

  it('settings: GET for readers; PUT by an office head with city-wide scope only, audited', async () => {
    expect((await settings(undefined)).statusCode).toBe(401);
    const got = await settings(reader.headers);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({ suspensionExcludedFromDecisionPeriod: true });
    expect(got.json().note.zh).toContain('本地规则');
    expect((await settings(handler.headers, { suspensionExcludedFromDecisionPeriod: false })).statusCode).toBe(403);
    const district = await settings(districtHead.headers, { suspensionExcludedFromDecisionPeriod: false });
    expect(district.statusCode).toBe(403);
    expect(district.json().error.code).toBe('RECON_SETTINGS_CITY_ONLY');
    expect((await settings(cityHead.headers, { suspensionExcludedFromDecisionPeriod: 'no' })).statusCode).toBe(400);
    const put = await settings(cityHead.headers, { suspensionExcludedFromDecisionPeriod: true });
    expect(put.statusCode, put.body).toBe(200);
    const audit = await t.kernel.db.selectFrom('auditEvents').selectAll().where('action', '=', 'reconsideration.settings.update').execute();
    expect(audit).toHaveLength(1);
  });

  it('POST suspend / resume: 401, 403, 400, 404, 409 in the wrong state', async () => {
    const c = await newCase();
    expect((await post(c.id, 'suspend', undefined, suspend)).statusCode).toBe(401);
    expect((await post(c.id, 'suspend', reader.headers, suspend)).statusCode).toBe(403);
    expect((await post(c.id, 'suspend', handler.headers, { ...suspend, ground: 'bored' })).json().error.field).toBe('ground');
    expect((await post(c.id, 'suspend', handler.headers, { ...suspend, suspendedOn: '2025-09-29' })).json().error.code).toBe(
      'RECON_DATE_ORDER',
    );
    expect((await post(c.id, 'suspend', nankai.headers, suspend)).statusCode).toBe(404);
    const notSuspended = await post(c.id, 'resume', handler.headers, resume);
    expect(notSuspended.statusCode).toBe(409);
    expect(notSuspended.json().error.code).toBe('RECON_NOT_SUSPENDED');
    expect((await post(c.id, 'suspend', handler.headers, suspend)).statusCode).toBe(200);
    const twice = await post(c.id, 'suspend', handler.headers, suspend);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('RECON_ALREADY_SUSPENDED');
    const early = await post(c.id, 'resume', handler.headers, { ...resume, resumedOn: '2025-10-09' });
    expect(early.json().error).toMatchObject({ code: 'RECON_DATE_ORDER', field: 'resumedOn' });
  });

  it('suspension time is excluded from the decision period (local rule on): resuming moves decisionDueOn', async () => {
    const c = await newCase();
    const s = await post(c.id, 'suspend', handler.headers, suspend);
    expect(s.statusCode, s.body).toBe(200);
    expect(s.json()).toMatchObject({
      state: 'suspended',
      decisionDueOn: '2025-12-01',
      abilities: { canResume: true, canSuspend: false, canTerminate: true },
    });
    // Ground (一): the 60th day of the suspension (第四十一条第（五）项).
    expect(s.json().suspensions[0]).toMatchObject({ ground: 'applicantDied', terminationDueOn: '2025-12-09', excludedFromPeriod: true });
    const served = await t.kernel.db.selectFrom('attachments').select('templateId').where('entityId', '=', c.id).execute();
    expect(served.map((x) => x.templateId)).toEqual(['reconsideration.suspensionNotice']);
    const r = await post(c.id, 'resume', handler.headers, resume);
    expect(r.statusCode, r.body).toBe(200);
    // 10 days (10–19 Oct) not counted: 29 Nov + 10 = Tue 9 Dec.
    expect(r.json()).toMatchObject({ state: 'accepted', decisionDueOn: '2025-12-09' });
    expect(r.json().suspensions[0]).toMatchObject({ resumedOn: '2025-10-20', resumeReason: resume.reason });
    const row = await t.kernel.db
      .selectFrom('reconCases')
      .select(['state', 'suspended', 'decisionDueOn'])
      .where('id', '=', c.id)
      .executeTakeFirst();
    expect(row).toEqual({ state: 'accepted', suspended: 0, decisionDueOn: '2025-12-09' });
    const actions = await t.kernel.db.selectFrom('auditEvents').select('action').where('entityId', '=', c.id).execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'reconsideration.case.suspend',
        'reconsideration.case.resume',
        'workflow.timer.suspend',
        'workflow.timer.resume',
      ]),
    );
  });

  it('with the local rule off, the suspended days count: decisionDueOn does not move', async () => {
    expect((await settings(cityHead.headers, { suspensionExcludedFromDecisionPeriod: false })).statusCode).toBe(200);
    try {
      const c = await newCase();
      const s = await post(c.id, 'suspend', handler.headers, suspend);
      expect(s.json().suspensions[0].excludedFromPeriod).toBe(false);
      expect(s.json().localRules.suspensionExcludedFromDecisionPeriod).toBe(false);
      const r = await post(c.id, 'resume', handler.headers, resume);
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json()).toMatchObject({ state: 'accepted', decisionDueOn: '2025-12-01' });
    } finally {
      await settings(cityHead.headers, { suspensionExcludedFromDecisionPeriod: true });
    }
  });

  it('after 60 days of a suspension on ground (一) the handler is told once that termination is due; not for ground (三)', async () => {
    const c = await newCase(handler.userId);
    const missing = await newCase(handler.userId);
    expect((await post(c.id, 'suspend', handler.headers, suspend)).statusCode).toBe(200);
    expect(
      (await post(missing.id, 'suspend', handler.headers, { ...suspend, ground: 'missing', reason: '申请人下落不明' })).statusCode,
    ).toBe(200);
    const lapseNotices = () =>
      t.kernel.db
        .selectFrom('notifications')
        .selectAll()
        .where('userId', '=', handler.userId)
        .where('kind', '=', 'reconsideration.suspensionLapsed')
        .where('link', '=', `/workbench/reconsideration/cases/${c.id}`)
        .execute();
    setClock(t, '2025-12-09T02:00:00.000Z');
    expect(await notifyLapsedSuspensions(t.kernel)).toBe(0);
    const onTheDay = await staff([read, handle]);
    const notYet = await post(c.id, 'terminate', onTheDay.headers, {
      ground: 'suspensionLapsed',
      reason: '原因仍未消除',
      on: '2025-12-09',
    });
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().error.code).toBe('RECON_SUSPENSION_NOT_LAPSED');

    setClock(t, '2025-12-10T02:00:00.000Z');
    // This case and the one left suspended on the same day by the failure test (no handler: its office's staff).
    expect(await notifyLapsedSuspensions(t.kernel)).toBe(2);
    expect(await notifyLapsedSuspensions(t.kernel)).toBe(0);
    const notices = await lapseNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.titleZh).toContain('第四十一条第（五）项');
    const aboutMissing = await t.kernel.db
      .selectFrom('notifications')
      .select('id')
      .where('link', '=', `/workbench/reconsideration/cases/${missing.id}`)
      .execute();
    expect(aboutMissing).toHaveLength(0);
    // Not terminated automatically.
    expect((await t.kernel.db.selectFrom('reconCases').select('state').where('id', '=', c.id).executeTakeFirst())?.state).toBe('suspended');

    const later = await staff([read, handle]);
    const done = await post(c.id, 'terminate', later.headers, {
      ground: 'suspensionLapsed',
      reason: '中止满六十日，原因仍未消除',
      on: '2025-12-10',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      state: 'terminated',
      outcome: 'terminated',
      closedOn: '2025-12-10',
      closure: { ground: 'suspensionLapsed' },
    });
  });
});
