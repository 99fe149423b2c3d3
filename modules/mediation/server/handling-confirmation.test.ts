import { describe, expect, it } from 'vitest';
import { newId } from '@tianping/server/db/ids';
import { loginAs } from '../../../server/test/login';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { remindConfirmationWindows } from './confirmation.jobs';
import { countOf, handlingSetup, writtenAgreement } from './handling.test-setup';
import { staffPermissions } from './test-fixtures';

describe('judicial confirmation (人民调解法 第三十三条; 民事诉讼法 第二百零五、二百零六条)', async () => {
  const s = await handlingSetup();
  const { t, reader, other, post } = s;
  /** After moving the clock the old sessions have expired: a fresh login of the committee's staff. */
  const freshStaff = async () => (await loginAs(t, { permissions: staffPermissions, orgId: s.orgs.villageA.id, scope: 'own' })).headers;
  const agreed = async (phones: [string, string], extra: Record<string, unknown> = {}, on = '2026-03-02') => {
    const c = await s.mediating(phones, extra);
    const res = await post(c.id, 'agreement', writtenAgreement(c, on));
    expect(res.statusCode, res.body).toBe(200);
    return c;
  };
  const referrer = (id: string, kind: string, name: string) => {
    const now = new Date().toISOString();
    return {
      id,
      kind,
      name,
      code: `R${id.slice(-8)}`,
      regionCode: '120103',
      tokenId: null,
      webhookUrl: null,
      webhookSecretEnc: null,
      returnDays: null,
      active: 1 as const,
      version: 1,
      createdBy: null,
      createdAt: now,
      updatedAt: now,
    };
  };
  const apply = (c: { applicant: string; respondent: string }, extra: object = {}) => ({
    appliedOn: '2026-03-02',
    applicantPartyIds: [c.applicant, c.respondent],
    courtName: '天津市河西区人民法院',
    courtBasis: 'committeeLocation',
    ...extra,
  });

  it('403, 404, one party only → 400 MED_CONFIRMATION_JOINT_REQUIRED; no court → 400; nothing written', async () => {
    const c = await agreed(['13912347101', '13912347102']);
    expect((await post(c.id, 'confirmations', apply(c), reader.headers)).statusCode).toBe(403);
    expect((await post(c.id, 'confirmations', apply(c), other.headers)).statusCode).toBe(404);
    const alone = await post(c.id, 'confirmations', apply(c, { applicantPartyIds: [c.applicant] }));
    expect(alone.statusCode).toBe(400);
    expect(alone.json().error).toMatchObject({ code: 'MED_CONFIRMATION_JOINT_REQUIRED', field: 'applicantPartyIds' });
    const noCourt = await post(c.id, 'confirmations', apply(c, { courtName: undefined }));
    expect(noCourt.json().error).toMatchObject({ code: 'MED_CONFIRMATION_COURT_REQUIRED', field: 'courtName' });
    const future = await post(c.id, 'confirmations', apply(c, { appliedOn: '2026-03-03' }));
    expect(future.json().error).toMatchObject({ code: 'MED_DATE_IN_FUTURE', field: 'appliedOn' });
    expect(await countOf(t, 'medConfirmations', c.id)).toBe(0);
  });

  it('applies jointly, prepares the application for the court, records acceptance and the ruling; audited', async () => {
    const c = await agreed(['13912347111', '13912347112']);
    const res = await post(c.id, 'confirmations', apply(c));
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    expect(v.confirmations[0]).toMatchObject({
      courtName: '天津市河西区人民法院',
      courtBasis: 'committeeLocation',
      status: 'applied',
      appliedOn: '2026-03-02',
    });
    expect(v.confirmations[0].documentAttachmentId).toBeTruthy();
    expect(v.abilities).toMatchObject({ canApplyConfirmation: false, canRecordCourtAcceptance: true, canRecordRuling: true });
    const audits = (await t.kernel.db.selectFrom('auditEvents').select('action').where('entityId', '=', c.id).execute()).map(
      (a) => a.action,
    );
    expect(audits).toContain('mediation.confirmation.apply');
    const twice = await post(c.id, 'confirmations', apply(c));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('MED_CONFIRMATION_PENDING');
    const cid = v.confirmations[0].id as string;
    const early = await post(c.id, `confirmations/${cid}/acceptance`, { accepted: true, acceptedOn: '2026-03-01' });
    expect(early.json().error).toMatchObject({ code: 'MED_DATE_TOO_EARLY', field: 'acceptedOn' });
    const accepted = await post(c.id, `confirmations/${cid}/acceptance`, {
      accepted: true,
      acceptedOn: '2026-03-02',
      courtCaseNumber: '（2026）津0103民特12号',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().confirmations[0]).toMatchObject({ status: 'accepted', courtCaseNumber: '（2026）津0103民特12号' });
    const ruled = await post(c.id, `confirmations/${cid}/ruling`, {
      ruling: 'confirmed',
      rulingOn: '2026-03-02',
      rulingNumber: '（2026）津0103民特12号',
    });
    expect(ruled.statusCode, ruled.body).toBe(200);
    expect(ruled.json().confirmations[0]).toMatchObject({ status: 'confirmed', consequence: { article: '人民调解法 第三十三条第二款' } });
    const again = await post(c.id, `confirmations/${cid}/ruling`, { ruling: 'rejected', rulingOn: '2026-03-02', rulingNumber: 'x' });
    expect(again.json().error.code).toBe('MED_CONFIRMATION_STATE');
    const unknown = await post(c.id, 'confirmations/01J00000000000000000000000/ruling', {
      ruling: 'rejected',
      rulingOn: '2026-03-02',
      rulingNumber: 'x',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('the court picked from the referrers registry (MR); an unknown or non-court referrer → 400', async () => {
    const c = await agreed(['13912347161', '13912347162']);
    const courtId = newId();
    const policeId = newId();
    await t.kernel.db
      .insertInto('medReferrers')
      .values([referrer(courtId, 'court', '天津市河西区人民法院'), referrer(policeId, 'police', '河西分局')])
      .execute();
    const police = await post(c.id, 'confirmations', apply(c, { courtName: undefined, courtReferrerId: policeId }));
    expect(police.json().error).toMatchObject({ code: 'MED_CONFIRMATION_COURT_REQUIRED', field: 'courtReferrerId' });
    const res = await post(
      c.id,
      'confirmations',
      apply(c, { courtName: undefined, courtReferrerId: courtId, courtBasis: 'partyDomicile' }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().confirmations[0]).toMatchObject({
      courtName: '天津市河西区人民法院',
      courtReferrerId: courtId,
      courtBasis: 'partyDomicile',
    });
  });

  it('metrics: confirmations by result and agreements by performance, within the scope', async () => {
    const stats = await loginAs(t, { permissions: ['mediation.case.read', 'stats.metric.read'], orgId: s.orgs.villageA.id, scope: 'own' });
    const elsewhere = await loginAs(t, {
      permissions: ['mediation.case.read', 'stats.metric.read'],
      orgId: s.orgs.villageB.id,
      scope: 'own',
    });
    const get = async (id: string, headers: Record<string, string>, extra = '') => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/stats/metrics/mediation.${id}?from=2026-01-01&to=2026-12-31${extra}`,
        headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { rows: { key: string; series: string | null; value: number }[] };
    };
    const confirmations = await get('judicialConfirmations', stats.headers);
    expect(confirmations.rows.find((r) => r.series === '确认有效')?.value).toBeGreaterThanOrEqual(1);
    const byMonth = await get('judicialConfirmations', stats.headers, '&groupBy=month');
    expect(byMonth.rows.every((r) => r.key === '2026-03')).toBe(true);
    const agreements = await get('agreementsPerformed', stats.headers, '&groupBy=organisation');
    expect(agreements.rows.some((r) => r.key === s.orgs.villageA.id && r.series === '未回访核实')).toBe(true);
    expect((await get('judicialConfirmations', elsewhere.headers)).rows).toHaveLength(0);
  });

  it('a court-referred case goes back to the referring court (第二百零五条): fixed in the offer, another court → 400', async () => {
    const courtId = newId();
    await t.kernel.db
      .insertInto('medReferrers')
      .values(referrer(courtId, 'court', '天津市河西区人民法院'))
      .execute();
    const court = { source: 'court', referrerName: '天津市河西区人民法院', referrerId: courtId, externalRef: '（2026）津0103民诉前调88号' };
    const c = await agreed(['13912347121', '13912347122'], court);
    const view = (await t.app.inject({ method: 'GET', url: `/api/mediation/cases/${c.id}/handling`, headers: reader.headers })).json();
    expect(view.confirmationWindow).toMatchObject({ fixedCourt: '天津市河西区人民法院', open: true });
    const wrong = await post(c.id, 'confirmations', apply(c, { courtName: '天津市南开区人民法院' }));
    expect(wrong.json().error).toMatchObject({ code: 'MED_CONFIRMATION_COURT_MISMATCH', field: 'courtName' });
    const res = await post(c.id, 'confirmations', apply(c, { courtName: undefined, courtBasis: undefined }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().confirmations[0]).toMatchObject({
      courtName: '天津市河西区人民法院',
      courtBasis: 'referringCourt',
      courtReferrerId: courtId,
    });
    const back = await t.kernel.db.selectFrom('medReferrals').selectAll().where('caseId', '=', c.id).execute();
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ referrerId: courtId, outcomeState: 'succeeded' });
  });

  it('after day 30 → 400 MED_CONFIRMATION_WINDOW_CLOSED on appliedOn, and the offer is gone', async () => {
    const c = await agreed(['13912347131', '13912347132']);
    setClock(t, '2026-04-02T02:00:00.000Z');
    const headers = await freshStaff();
    const view = (await t.app.inject({ method: 'GET', url: `/api/mediation/cases/${c.id}/handling`, headers })).json();
    expect(view.confirmationWindow).toMatchObject({ lastDay: '2026-04-01', open: false });
    expect(view.abilities.canApplyConfirmation).toBe(false);
    const late = await post(c.id, 'confirmations', apply(c, { appliedOn: '2026-04-02' }), headers);
    expect(late.statusCode).toBe(400);
    expect(late.json().error).toMatchObject({ code: 'MED_CONFIRMATION_WINDOW_CLOSED', field: 'appliedOn' });
    expect(late.json().error.message).toContain('2026-04-01');
    expect(await countOf(t, 'medConfirmations', c.id)).toBe(0);
    setClock(t, '2026-03-02T02:00:00.000Z');
  });

  it('reminds the committee once, N days before the last day, while nobody has applied', async () => {
    const c = await agreed(['13912347141', '13912347142']);
    const notes = () =>
      t.kernel.db
        .selectFrom('notifications')
        .selectAll()
        .where('kind', '=', 'mediation.confirmationReminder')
        .where('link', '=', `/workbench/mediation/cases/${c.id}`)
        .execute();
    setClock(t, '2026-03-20T02:00:00.000Z');
    await remindConfirmationWindows(t.kernel);
    expect(await notes()).toHaveLength(0);
    setClock(t, '2026-03-27T02:00:00.000Z');
    expect(await remindConfirmationWindows(t.kernel)).toBeGreaterThanOrEqual(1);
    const sent = await notes();
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]!.titleZh).toContain('2026-04-01');
    await remindConfirmationWindows(t.kernel);
    expect(await notes()).toHaveLength(sent.length);
    setClock(t, '2026-03-02T02:00:00.000Z');
  });

  it('the reminder day is a local setting: city scope only, validated, audited', async () => {
    const url = '/api/mediation/settings/confirmation-reminder';
    expect((await t.app.inject({ method: 'GET', url, headers: reader.headers })).json()).toMatchObject({ daysBefore: 5, updatedAt: null });
    const manage = ['mediation.settings.manage', 'mediation.case.read'];
    const village = await loginAs(t, { permissions: manage, orgId: s.orgs.villageA.id, scope: 'own' });
    const city = await loginAs(t, { permissions: manage, orgId: s.orgs.city.id, scope: 'city' });
    expect((await t.app.inject({ method: 'PUT', url, payload: { daysBefore: 7 }, headers: reader.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url, payload: { daysBefore: 7 }, headers: village.headers })).json().error.code).toBe(
      'MED_SETTINGS_CITY_ONLY',
    );
    const bad = await t.app.inject({ method: 'PUT', url, payload: { daysBefore: 30 }, headers: city.headers });
    expect(bad.json().error.field).toBe('daysBefore');
    const ok = await t.app.inject({ method: 'PUT', url, payload: { daysBefore: 7 }, headers: city.headers });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().daysBefore).toBe(7);
    expect((await lastAudit(t, 'confirmationReminder'))?.action).toBe('mediation.settings.update');
    await t.kernel.db.deleteFrom('medSettings').where('key', '=', 'confirmationReminder').execute();
  });
});

describe('the window around the National Day holidays through the API', async () => {
  const s = await handlingSetup('2025-09-05T02:00:00.000Z');
  const { t, post } = s;

  it('effective 2025-09-05: day 30 (10-05) falls in the break, the last day moves to 2025-10-09; applying that day succeeds', async () => {
    const c = await s.mediating(['13912347151', '13912347152'], { receivedOn: '2025-09-01' });
    const res = await post(c.id, 'agreement', writtenAgreement(c, '2025-09-05'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().confirmationWindow).toMatchObject({ effectiveOn: '2025-09-05', lastDay: '2025-10-09' });
    setClock(t, '2025-10-09T02:00:00.000Z');
    const headers = (await loginAs(t, { permissions: staffPermissions, orgId: s.orgs.villageA.id, scope: 'own' })).headers;
    const ok = await post(
      c.id,
      'confirmations',
      { appliedOn: '2025-10-09', applicantPartyIds: [c.applicant, c.respondent], courtName: '天津市河西区人民法院' },
      headers,
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().confirmations[0]).toMatchObject({ appliedOn: '2025-10-09', courtBasis: 'committeeLocation' });
  });
});
