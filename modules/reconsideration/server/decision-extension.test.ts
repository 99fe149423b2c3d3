import { describe, expect, it } from 'vitest';
import { acceptedCase, auditActions, call, decisionTestbed } from './decision.test-setup';
import { createTestCase } from './test-fixtures';

describe('decision clock and extension (行政复议法 第六十二条)', async () => {
  const bed = await decisionTestbed();
  const { t, people } = bed;
  const body = { days: 30, reason: '案情复杂，需要调查取证', approvedOn: '2026-01-10' };

  it('refuses without sign-in (401), without permission (403), bad input (400), outside the scope (404)', async () => {
    const c = await acceptedCase(bed);
    expect((await call(t, null, 'GET', `/cases/${c.id}/decision`)).statusCode).toBe(401);
    expect((await call(t, null, 'POST', `/cases/${c.id}/extension`, body)).statusCode).toBe(401);
    expect((await call(t, people.reader, 'POST', `/cases/${c.id}/extension`, body)).statusCode).toBe(403);
    expect((await call(t, people.handler, 'POST', `/cases/${c.id}/extension`, body)).statusCode).toBe(403);
    const bad = await call(t, people.officeHead, 'POST', `/cases/${c.id}/extension`, { ...body, days: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('days');
    const noReason = await call(t, people.officeHead, 'POST', `/cases/${c.id}/extension`, { ...body, reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect((await call(t, people.nankai, 'GET', `/cases/${c.id}/decision`)).statusCode).toBe(404);
    expect((await call(t, people.nankai, 'POST', `/cases/${c.id}/extension`, body)).statusCode).toBe(404);
    expect(await auditActions(t, c.id)).not.toContain('reconsideration.case.extend');
  });

  it('shows the decision clock with the engine’s explanation', async () => {
    const c = await acceptedCase(bed);
    const res = await call(t, people.reader, 'GET', `/cases/${c.id}/decision`);
    expect(res.statusCode).toBe(200);
    const clock = res.json().decisionClock;
    expect(clock).toMatchObject({
      procedure: 'ordinary',
      acceptedOn: '2025-11-20',
      dueOn: '2026-01-19',
      extensionDays: 0,
      extensionDaysLeft: 30,
      timerStatus: 'open',
      article: '行政复议法 第六十二条第一款',
    });
    expect(clock.explanation.zh.join('')).toContain('第六十二条');
    expect(clock.explanation.en.length).toBe(clock.explanation.zh.length);
    expect(clock.suspensionRule.zh).toContain('中止');
    expect(res.json().abilities).toMatchObject({ canExtend: false, canDraft: false });
    const head = await call(t, people.officeHead, 'GET', `/cases/${c.id}/decision`);
    expect(head.json().abilities.canExtend).toBe(true);
  });

  it('extends across the year end, skipping Spring Festival 2026, and serves the notice', async () => {
    const c = await acceptedCase(bed, {
      overrides: { caseNumber: '津河西复〔2025〕101号', applicantPhoneEnc: t.kernel.pii.encrypt('13912345678') },
    });
    const res = await call(t, people.officeHead, 'POST', `/cases/${c.id}/extension`, body);
    expect(res.statusCode).toBe(200);
    // 2025-11-20 + 60 days = 2026-01-19; + 30 days = 2026-02-18, in the Spring Festival holiday → 2026-02-24.
    expect(res.json().decisionClock).toMatchObject({ dueOn: '2026-02-24', extensionDays: 30, extensionDaysLeft: 0 });
    expect(res.json().decisionClock.extensions).toEqual([{ days: 30, approvedOn: '2026-01-10' }]);
    expect(res.json().decisionClock.explanation.zh.join('')).toMatch(/春节/);
    const row = await t.kernel.db.selectFrom('reconCases').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ extensionDays: 30, decisionDueOn: '2026-02-24', state: 'accepted' });
    const notice = await t.kernel.db
      .selectFrom('attachments')
      .selectAll()
      .where('entityId', '=', c.id)
      .where('templateId', '=', 'reconsideration.extensionNotice')
      .executeTakeFirstOrThrow();
    const served = await t.kernel.db
      .selectFrom('serviceRecords')
      .selectAll()
      .where('attachmentId', '=', notice.id)
      .executeTakeFirstOrThrow();
    expect(served).toMatchObject({ channel: 'sms', recipientPhoneMasked: '139****5678' });
    expect(await auditActions(t, c.id)).toEqual(expect.arrayContaining(['workflow.timer.extend', 'reconsideration.case.extend']));
    // 30 days are used up: any further extension exceeds the total.
    const again = await call(t, people.officeHead, 'POST', `/cases/${c.id}/extension`, { ...body, days: 1 });
    expect(again.statusCode).toBe(400);
    expect(again.json().error).toMatchObject({ code: 'RECON_EXTENSION_EXCEEDED', field: 'days' });
  });

  it('allows a second extension within the 30-day total', async () => {
    const c = await acceptedCase(bed);
    const first = await call(t, people.officeHead, 'POST', `/cases/${c.id}/extension`, { ...body, days: 10 });
    expect(first.json().decisionClock).toMatchObject({ extensionDays: 10, dueOn: '2026-01-29' });
    const tooMuch = await call(t, people.officeHead, 'POST', `/cases/${c.id}/extension`, { ...body, days: 21 });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error.code).toBe('RECON_EXTENSION_EXCEEDED');
    const second = await call(t, people.officeHead, 'POST', `/cases/${c.id}/extension`, { ...body, days: 20, approvedOn: '2026-01-20' });
    expect(second.statusCode).toBe(200);
    expect(second.json().decisionClock).toMatchObject({ extensionDays: 30, dueOn: '2026-02-24' });
  });

  it('refuses a simplified-procedure case, a zero extension and an approval after the period', async () => {
    const simple = await acceptedCase(bed, { procedure: 'simplified' });
    const res = await call(t, people.officeHead, 'POST', `/cases/${simple.id}/extension`, { ...body, days: 5 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('RECON_EXTENSION_NOT_ALLOWED');
    expect(res.json().error.message).toContain('第五十五条');
    const c = await acceptedCase(bed);
    const zero = await call(t, people.officeHead, 'POST', `/cases/${c.id}/extension`, { ...body, days: 0 });
    expect(zero.json().error.code).toBe('RECON_EXTENSION_DAYS_INVALID');
    const late = await call(t, people.officeHead, 'POST', `/cases/${c.id}/extension`, { ...body, approvedOn: '2026-01-20' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.code).toBe('RECON_EXTENSION_AFTER_DUE');
    const received = await createTestCase(t, { orgId: bed.orgs.hexi.id, receivedOn: '2025-11-13' });
    const notAccepted = await call(t, people.officeHead, 'POST', `/cases/${received.id}/extension`, body);
    expect(notAccepted.statusCode).toBe(409);
    expect(notAccepted.json().error.code).toBe('RECON_INVALID_TRANSITION');
    expect(await auditActions(t, simple.id)).not.toContain('reconsideration.case.extend');
  });
});
