import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { createJobRunner } from '../../../server/src/jobs/job-runner';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, referralWebhookJob, signWebhook } from './referral-webhook.jobs';
import { REFERRAL_WEBHOOK_JOB, REFERRAL_WEBHOOK_MAX_ATTEMPTS } from './referral-outcome';
import { countRows, referralBody, referralSetup } from './referral.test-setup';
import { staffPermissions, testIdNumber } from './test-fixtures';

/** A referring body's receiver on a local port: answers with the queued statuses, then 200; keeps what it got. */
async function receiver() {
  const received: { path: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const statuses = new Map<string, number[]>();
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      res.statusCode = statuses.get(req.url ?? '')?.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, statuses };
}

describe('outcome webhook: signed, retried with backoff, logged', async () => {
  const t = await buildTestApp();
  const hook = await receiver();
  let now = new Date('2026-03-10T02:00:00.000Z');
  setClock(t, now.toISOString());
  const s = await referralSetup(t);
  const secret = 'court-webhook-secret-2026';
  const court = await s.referringBody('HX-COURT', 'court', { webhookUrl: `${hook.url}/court`, webhookSecret: secret });
  const runner = createJobRunner(t.kernel, [referralWebhookJob], []);
  const advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
    setClock(t, now.toISOString());
  };
  const referral = (id: string) => t.kernel.db.selectFrom('medReferrals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  const refer = async (externalRef: string, overrides: Record<string, unknown> = {}) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/mediation/referrals',
      headers: court.token.headers,
      payload: referralBody('HX-COURT', externalRef, overrides),
    });
    expect(res.statusCode, res.body).toBe(201);
    const { referralId } = res.json() as { referralId: string };
    return { referralId, caseId: (await referral(referralId)).caseId };
  };
  const decline = async (caseId: string) => {
    const staff = await loginAs(t, { permissions: staffPermissions, orgId: s.orgs.villageA.id, scope: 'own' });
    const declined = await t.app.inject({
      method: 'POST',
      url: `/api/mediation/cases/${caseId}/decline`,
      headers: staff.headers,
      payload: { reason: '双方已在法院达成和解，不再调解。' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
  };
  const referAndDecline = async (externalRef: string, overrides: Record<string, unknown> = {}) => {
    const r = await refer(externalRef, overrides);
    await decline(r.caseId);
    return r;
  };
  const webhookJobs = () => t.kernel.db.selectFrom('jobs').selectAll().where('kind', '=', REFERRAL_WEBHOOK_JOB).execute();

  it('no webhook is queued before the case closes; closing queues one delivery job in the same transaction', async () => {
    const { referralId, caseId } = await refer('(2026)津0103民诉前调11号');
    expect(await webhookJobs()).toHaveLength(0);
    expect(await referral(referralId)).toMatchObject({ webhookStatus: 'none', outcome: null });
    await decline(caseId);
    const jobs = await webhookJobs();
    expect(jobs).toHaveLength(1);
    expect(JSON.parse(jobs[0]!.payload)).toMatchObject({ referralId });
    expect(await referral(referralId)).toMatchObject({ webhookStatus: 'pending', outcome: 'declined' });
    expect(await countRows(t, 'medWebhookDeliveries')).toBe(0);
  });

  it('signs the outcome (HMAC-SHA256 over timestamp.body), retries a 500 after the backoff, then delivers', async () => {
    const [job] = await webhookJobs();
    const { referralId } = JSON.parse(job!.payload) as { referralId: string };
    hook.statuses.set('/court', [500]);
    expect(await runner.runOnce()).toBe(1);
    expect(hook.received).toHaveLength(1);
    const first = hook.received[0]!;
    const timestamp = String(first.headers[TIMESTAMP_HEADER]);
    expect(first.headers[SIGNATURE_HEADER]).toBe(signWebhook(secret, timestamp, first.body));
    expect(first.headers[SIGNATURE_HEADER]).not.toBe(signWebhook('another-secret-of-16+', timestamp, first.body));
    expect(JSON.parse(first.body)).toMatchObject({
      event: 'referral.outcome',
      referrerCode: 'HX-COURT',
      referral: { referralId, externalRef: '(2026)津0103民诉前调11号', caseState: 'declined', outcome: 'declined' },
    });
    expect(await referral(referralId)).toMatchObject({ webhookStatus: 'pending' });

    // Not before the backoff (30 s after the first attempt).
    advance(10_000);
    expect(await runner.runOnce()).toBe(0);
    advance(21_000);
    expect(await runner.runOnce()).toBe(1);
    expect(hook.received).toHaveLength(2);
    expect(hook.received[1]!.headers[EVENT_HEADER]).toBe(first.headers[EVENT_HEADER]);
    expect(await referral(referralId)).toMatchObject({ webhookStatus: 'delivered' });
    expect(await runner.runOnce()).toBe(0);

    const log = await t.kernel.db.selectFrom('medWebhookDeliveries').selectAll().orderBy('attempt').execute();
    expect(log.map((d) => [d.attempt, d.statusCode, d.ok, d.error])).toEqual([
      [1, 500, 0, 'HTTP 500'],
      [2, 200, 1, null],
    ]);
  });

  it('staff see the delivery log on the case', async () => {
    const { caseId } = await referral((await t.kernel.db.selectFrom('medReferrals').select('id').executeTakeFirstOrThrow()).id);
    const staff = await loginAs(t, { permissions: staffPermissions, orgId: s.orgs.villageA.id, scope: 'own' });
    const res = await t.app.inject({ method: 'GET', url: `/api/mediation/cases/${caseId}/referrals`, headers: staff.headers });
    expect(res.json().referrals[0]).toMatchObject({
      webhookStatus: 'delivered',
      deliveries: [
        { attempt: 1, ok: false, statusCode: 500 },
        { attempt: 2, ok: true, statusCode: 200 },
      ],
    });
  });

  it('gives up after the last attempt: the webhook status is failed, the outcome stays available by pull', async () => {
    const { referralId } = await referAndDecline('(2026)津0103民诉前调12号', {
      facts: '原告钱明诉称被告吴刚借款两万元到期未还，请求调解。',
      kind: 'contract',
      parties: [
        { role: 'applicant', name: '钱明', idNumber: testIdNumber('311') },
        { role: 'respondent', name: '吴刚', idNumber: testIdNumber('322') },
      ],
    });
    hook.statuses.set('/court', Array<number>(REFERRAL_WEBHOOK_MAX_ATTEMPTS).fill(503));
    for (let i = 0; i < REFERRAL_WEBHOOK_MAX_ATTEMPTS; i++) {
      expect(await runner.runOnce()).toBe(1);
      advance(2 * 3_600_000);
    }
    expect(await runner.runOnce()).toBe(0);
    expect(await referral(referralId)).toMatchObject({ webhookStatus: 'failed', outcome: 'declined' });
    const attempts = await t.kernel.db.selectFrom('medWebhookDeliveries').select('ok').where('referralId', '=', referralId).execute();
    expect(attempts).toHaveLength(REFERRAL_WEBHOOK_MAX_ATTEMPTS);
    const view = await t.app.inject({ method: 'GET', url: `/api/mediation/referrals/${referralId}`, headers: court.token.headers });
    expect(view.json()).toMatchObject({ outcome: 'declined', caseState: 'declined' });
  });
});
