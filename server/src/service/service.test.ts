import { systemContext } from '../access/actor';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { multipartBody, samplePdf, tempFileStore } from '../attachments/test-helpers';
import { signInCitizen } from '../citizen/testing';
import { buildOrgTree, lastAudit } from '../org/test-fixtures';
import { findServiceFallbacksDue, serveDocument, type ServeDocumentInput } from './module';

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

  describe('GET /api/citizen/inbox/:id/open', () => {
    const open = (id: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'GET', url: `/api/citizen/inbox/${id}/open`, headers });

    it('401 without a session, 400 for a malformed id, 404 for another citizen’s record', async () => {
      expect((await open(toPhone.id)).statusCode).toBe(401);
      expect((await open('nope', citizenA.headers)).statusCode).toBe(400);
      expect((await open(toAccount.id, citizenA.headers)).statusCode).toBe(404);
    });

    it('streams the document, records opening and acknowledgement once, audits every opening', async () => {
      const res = await open(toPhone.id, citizenA.headers);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(samplePdf)).toBe(true);
      expect(res.headers['content-disposition']).toMatch(/^inline; /);
      const first = await t.kernel.db.selectFrom('serviceRecords').selectAll().where('id', '=', toPhone.id).executeTakeFirstOrThrow();
      expect(first).toMatchObject({ status: 'acknowledged', recipientCitizenId: citizenA.body.citizen.id });
      expect(first.openedAt).toBeTruthy();
      expect(first.acknowledgedAt).toBe(first.openedAt);
      expect(await lastAudit(t, toPhone.id)).toMatchObject({
        action: 'service.record.open',
        actorType: 'citizen',
        actorId: citizenA.body.citizen.id,
      });
      await open(toPhone.id, citizenA.headers);
      const second = await t.kernel.db
        .selectFrom('serviceRecords')
        .select(['openedAt', 'acknowledgedAt'])
        .where('id', '=', toPhone.id)
        .executeTakeFirstOrThrow();
      expect(second).toEqual({ openedAt: first.openedAt, acknowledgedAt: first.acknowledgedAt });
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
});
