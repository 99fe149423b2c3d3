import { systemContext } from '../access/actor';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { multipartBody, samplePdf, tempFileStore } from '../attachments/test-helpers';
import { signInCitizen } from '../citizen/testing';
import { buildOrgTree, lastAudit } from '../org/test-fixtures';
import { createJobRunner } from '../jobs/job-runner';
import { smsDeliveryJob } from '../sms/sms-queue';
import { findServiceFallbacksDue, serveDocument, type ServeDocumentInput } from './module';
import { remindServiceFallbacks, serviceFallbackJob, serviceFallbackSchedule } from './service-fallback.job';

describe('electronic service (送达)', async () => {
  const t = await buildTestApp(tempFileStore());
  const tree = await buildOrgTree(t);
  const handler = await loginAs(t, {
    permissions: ['attachments.file.upload', 'attachments.file.read', 'org.organisation.read', 'service.record.read'],
    scope: 'subtree',
    orgId: tree.districtA.id,
  });
  const body = multipartBody([
    { name: 'entityType', value: 'organisation' },
    { name: 'entityId', value: tree.officeA1.id },
    { name: 'file', fileName: '受理通知书.pdf', type: 'application/pdf', content: samplePdf },
  ]);
  const uploaded = await t.app.inject({
    method: 'POST',
    url: '/api/attachments',
    payload: body.payload,
    headers: { ...handler.headers, ...body.headers },
  });
  const attachmentId = uploaded.json().id as string;
  const serve = (input: Partial<ServeDocumentInput>) =>
    t.kernel.db.transaction().execute((trx) =>
      serveDocument(trx, t.kernel, systemContext(), {
        attachmentId,
        channel: 'portal',
        fallbackDays: 15,
        recipient: { citizenId: 'x' },
        ...input,
      }),
    );

  const phoneA = '13912340001';
  const phoneB = '13912340002';
  // Served to A's number before A has ever signed in; then to B's account.
  const toPhone = await serve({ recipient: { name: '张三', phone: phoneA }, channel: 'sms' });
  const citizenA = await signInCitizen(t, phoneA);
  const citizenB = await signInCitizen(t, phoneB);
  const toAccount = await serve({ recipient: { citizenId: citizenB.body.citizen.id } });

  it('serveDocument validates its input and audits the service', async () => {
    await expect(serve({ fallbackDays: 0 })).rejects.toMatchObject({ code: 'SERVICE_FALLBACK_DAYS_INVALID' });
    await expect(serve({ attachmentId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(serve({ recipient: { citizenId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(serve({ recipient: { name: '李四', phone: '12345' } })).rejects.toMatchObject({ code: 'SERVICE_RECIPIENT_MISSING' });
    expect(toPhone).toMatchObject({
      status: 'sent',
      recipientPhoneMasked: '139****0001',
      entityType: 'organisation',
      entityId: tree.officeA1.id,
    });
    expect(toPhone.recipientPhoneEnc).not.toContain(phoneA);
    const audit = await lastAudit(t, toPhone.id);
    expect(audit).toMatchObject({ action: 'service.record.create', actorType: 'system', orgId: tree.officeA1.id });
    expect(JSON.stringify(audit)).not.toContain(phoneA);
  });

  describe('GET /api/citizen/inbox', () => {
    it('401 without a citizen session (a staff session does not count)', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/citizen/inbox' })).statusCode).toBe(401);
      expect((await t.app.inject({ method: 'GET', url: '/api/citizen/inbox', headers: handler.headers })).statusCode).toBe(401);
    });

    it("lists the signed-in citizen's documents only, including those served to their number", async () => {
      const a = await t.app.inject({ method: 'GET', url: '/api/citizen/inbox', headers: citizenA.headers });
      expect(a.statusCode).toBe(200);
      expect(a.json().items).toEqual([
        expect.objectContaining({ id: toPhone.id, fileName: '受理通知书.pdf', channel: 'sms', status: 'sent', issuer: tree.officeA1.name }),
      ]);
      const b = await t.app.inject({ method: 'GET', url: '/api/citizen/inbox', headers: citizenB.headers });
      expect(b.json().items.map((i: { id: string }) => i.id)).toEqual([toAccount.id]);
    });
  });

  describe('POST /api/citizen/inbox/:id/acknowledge and GET /api/citizen/inbox/:id/file', () => {
    const acknowledge = (id: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url: `/api/citizen/inbox/${id}/acknowledge`, headers });
    const read = (id: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'GET', url: `/api/citizen/inbox/${id}/file`, headers });
    const record = (id: string) => t.kernel.db.selectFrom('serviceRecords').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    it('401 without a session, 403 without the CSRF header, 400 for a malformed id, 404 for another citizen’s record', async () => {
      expect((await acknowledge(toPhone.id)).statusCode).toBe(401);
      expect((await read(toPhone.id)).statusCode).toBe(401);
      // The session cookie alone, as a cross-site form would send it: refused.
      const csrf = await acknowledge(toPhone.id, { cookie: citizenA.headers.cookie! });
      expect(csrf.statusCode).toBe(403);
      expect(csrf.json().error.code).toBe('CSRF_FAILED');
      expect((await acknowledge('nope', citizenA.headers)).statusCode).toBe(400);
      expect((await acknowledge(toAccount.id, citizenA.headers)).statusCode).toBe(404);
      expect((await read(toAccount.id, citizenA.headers)).statusCode).toBe(404);
      expect((await record(toPhone.id)).acknowledgedAt).toBeNull();
    });

    it('a GET never acknowledges: the old open link is gone, the file is refused before acknowledgement', async () => {
      expect(
        (await t.app.inject({ method: 'GET', url: `/api/citizen/inbox/${toPhone.id}/open`, headers: citizenA.headers })).statusCode,
      ).toBe(404);
      const early = await read(toPhone.id, citizenA.headers);
      expect(early.statusCode).toBe(409);
      expect(early.json().error.code).toBe('SERVICE_NOT_ACKNOWLEDGED');
      expect(await record(toPhone.id)).toMatchObject({ status: 'sent', openedAt: null, acknowledgedAt: null });
    });

    it('acknowledges once (audited), then streams the document on every reading (audited)', async () => {
      const res = await acknowledge(toPhone.id, citizenA.headers);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: toPhone.id, status: 'acknowledged', fileName: '受理通知书.pdf' });
      const first = await record(toPhone.id);
      expect(first).toMatchObject({ status: 'acknowledged', recipientCitizenId: citizenA.body.citizen.id });
      expect(first.openedAt).toBeTruthy();
      expect(first.acknowledgedAt).toBe(first.openedAt);
      expect(res.json().acknowledgedAt).toBe(first.acknowledgedAt);
      expect(await lastAudit(t, toPhone.id)).toMatchObject({
        action: 'service.record.acknowledge',
        actorType: 'citizen',
        actorId: citizenA.body.citizen.id,
      });

      const again = await acknowledge(toPhone.id, citizenA.headers);
      expect(again.statusCode).toBe(200);
      expect(again.json().acknowledgedAt).toBe(first.acknowledgedAt);
      expect((await lastAudit(t, toPhone.id))?.action).toBe('service.record.acknowledge');

      const file = await read(toPhone.id, citizenA.headers);
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(samplePdf)).toBe(true);
      expect(file.headers['content-disposition']).toMatch(/^inline; /);
      expect(file.headers['cache-control']).toBe('private, no-store');
      expect(await lastAudit(t, toPhone.id)).toMatchObject({ action: 'service.record.view', actorId: citizenA.body.citizen.id });
      const after = await record(toPhone.id);
      expect({ openedAt: after.openedAt, acknowledgedAt: after.acknowledgedAt }).toEqual({
        openedAt: first.openedAt,
        acknowledgedAt: first.acknowledgedAt,
      });
    });
  });

  describe('GET /api/service-records', () => {
    const list = (query: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'GET', url: `/api/service-records${query}`, headers });
    const forOffice = `?entityType=organisation&entityId=${tree.officeA1.id}`;

    it('401, 403 without service.record.read, 400 without the owner, 404 outside the scope', async () => {
      expect((await list(forOffice)).statusCode).toBe(401);
      const other = await loginAs(t, { permissions: ['org.organisation.read'], scope: 'city', orgId: tree.city.id });
      expect((await list(forOffice, other.headers)).statusCode).toBe(403);
      const missing = await list('?entityType=organisation', handler.headers);
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.field).toBe('entityId');
      const districtB = await loginAs(t, {
        permissions: ['service.record.read', 'org.organisation.read'],
        scope: 'subtree',
        orgId: tree.districtB.id,
      });
      expect((await list(forOffice, districtB.headers)).statusCode).toBe(404);
    });

    it('lists the services of a record with masked phones and fallback flags', async () => {
      const res = await list(forOffice, handler.headers);
      expect(res.statusCode).toBe(200);
      const items = res.json().items as { id: string; status: string; recipientPhoneMasked: string | null; fallbackDue: boolean }[];
      expect(items.map((i) => i.id).sort()).toEqual([toPhone.id, toAccount.id].sort());
      expect(items.find((i) => i.id === toPhone.id)).toMatchObject({
        status: 'acknowledged',
        recipientPhoneMasked: '139****0001',
        fallbackDue: false,
      });
      expect(res.body).not.toContain(phoneA);
    });
  });

  it('findServiceFallbacksDue lists unacknowledged services past their fallback day', async () => {
    expect(toAccount.fallbackDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await findServiceFallbacksDue(t.kernel.db, t.kernel.clock, { today: toAccount.fallbackDueOn })).toEqual([]);
    const due = await findServiceFallbacksDue(t.kernel.db, t.kernel.clock, { today: '2999-01-01' });
    expect(due.map((r) => r.id)).toEqual([toAccount.id]);
  });

  describe('fallback reminder (daily job service.fallbackReminder)', () => {
    const notificationsOf = (userId: string) =>
      t.kernel.db.selectFrom('notifications').select(['kind', 'titleZh', 'dedupeKey']).where('userId', '=', userId).execute();

    it('tells the staff of the issuing organisation once per unacknowledged record past its fallback day', async () => {
      const clerk = await loginAs(t, { permissions: [], orgId: tree.officeA1.id });
      const realNow = t.kernel.clock.now;
      try {
        t.kernel.clock.now = () => new Date(`${toAccount.fallbackDueOn}T08:00:00.000Z`);
        expect(await remindServiceFallbacks(t.kernel)).toBe(0); // the fallback day itself: not yet
        t.kernel.clock.now = () => new Date('2999-01-01T08:00:00.000Z');
        const runner = createJobRunner(t.kernel, [serviceFallbackJob], [serviceFallbackSchedule], { workerId: 'fallback-test' });
        expect(await runner.runOnce()).toBe(1);
        expect(await notificationsOf(clerk.userId)).toEqual([
          {
            kind: 'service.fallbackDue',
            titleZh: '送达未获签收，请改用邮寄或直接送达：受理通知书.pdf',
            dedupeKey: `service:${toAccount.id}:fallback`,
          },
        ]);
        // The acknowledged service needs nothing; the handler of the district is not in the office.
        expect(await notificationsOf(handler.userId)).toEqual([]);
        const marked = await t.kernel.db
          .selectFrom('serviceRecords')
          .select(['id', 'fallbackRemindedAt'])
          .where('fallbackRemindedAt', 'is not', null)
          .execute();
        expect(marked.map((r) => r.id)).toEqual([toAccount.id]);
        expect(await remindServiceFallbacks(t.kernel)).toBe(0);
        expect(await notificationsOf(clerk.userId)).toHaveLength(1);
        // Still listed as due (the record view shows the flag), but no longer to be reminded of.
        expect((await findServiceFallbacksDue(t.kernel.db, t.kernel.clock)).map((r) => r.id)).toEqual([toAccount.id]);
        expect(await findServiceFallbacksDue(t.kernel.db, t.kernel.clock, { unremindedOnly: true })).toEqual([]);
      } finally {
        t.kernel.clock.now = realNow;
      }
    });
  });

  describe('channel sms', () => {
    const jobs = () => t.kernel.db.selectFrom('jobs').select('id').where('kind', '=', 'sms.deliver').execute();
    const serviceTexts = () =>
      t.kernel.db
        .selectFrom('smsOutbox')
        .select(['phoneIndex', 'body'])
        .where('template', '=', 'service.documentServed')
        .orderBy('createdAt')
        .orderBy('id')
        .execute();
    const sendQueued = () => createJobRunner(t.kernel, [smsDeliveryJob], [], { workerId: 'sms-test' }).runOnce();
    const inboxUrl = `${t.kernel.config.publicUrl}/portal/inbox`;

    it('texts the recipient a link to the portal inbox after the commit, naming only issuer and document', async () => {
      expect(await jobs()).toHaveLength(1); // the sms service of toPhone; the portal one texts nobody
      expect(await serviceTexts()).toEqual([]);
      expect(await sendQueued()).toBe(1);
      const text = `【天平】${tree.officeA1.name}向您送达了《受理通知书》，请登录 ${inboxUrl} 查看并签收。`;
      expect(await serviceTexts()).toEqual([{ phoneIndex: t.kernel.pii.blindIndex('phone', phoneA), body: text }]);
      expect(await sendQueued()).toBe(0);

      // To a registered citizen: their account's number.
      await serve({ recipient: { citizenId: citizenB.body.citizen.id }, channel: 'sms' });
      expect(await sendQueued()).toBe(1);
      expect((await serviceTexts()).map((r) => r.phoneIndex)).toEqual([
        t.kernel.pii.blindIndex('phone', phoneA),
        t.kernel.pii.blindIndex('phone', phoneB),
      ]);
      expect(JSON.stringify(await serviceTexts())).not.toContain('张三');
    });

    it('texts nobody when the serving transaction rolls back', async () => {
      const before = (await jobs()).length;
      await expect(
        t.kernel.db.transaction().execute(async (trx) => {
          await serveDocument(trx, t.kernel, systemContext(), {
            attachmentId,
            channel: 'sms',
            fallbackDays: 15,
            recipient: { name: '王五', phone: '13912340003' },
          });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await jobs()).toHaveLength(before);
      expect(await sendQueued()).toBe(0);
    });
  });
});
