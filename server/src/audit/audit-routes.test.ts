import { describe, expect, it } from 'vitest';
import type { RequestContext, StaffActor } from '../access/actor';
import { newId } from '../db/ids';
import { buildTestApp } from '../../test/build-test-app';
import { createOrg } from '../../test/factories';
import { loginAs } from '../../test/login';

function actorIn(orgId: string, displayName: string): StaffActor {
  return {
    kind: 'staff',
    userId: newId(),
    username: `u${newId().slice(-6)}`,
    displayName,
    sessionId: newId(),
    assignmentId: newId(),
    roleId: newId(),
    orgId,
    orgPath: `/${orgId}/`,
    scope: 'own',
    permissions: new Set(),
  };
}

describe('audit routes', async () => {
  const t = await buildTestApp();
  const city = await createOrg(t, { name: '测试市司法局' });
  const heping = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '和平区司法局' });
  const hexi = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '河西区司法局' });
  const wang = actorIn(heping.id, '王审批');
  const zhao = actorIn(hexi.id, '赵经办');
  const ctx = (actor: StaffActor): RequestContext => ({ requestId: `req-${newId()}`, ip: '10.0.0.9', userAgent: 'vitest', actor });
  const startedAt = new Date().toISOString();
  await t.kernel.audit.record(t.kernel.db, ctx(wang), {
    action: 'reconsideration.case.accept',
    entityType: 'reconsiderationCase',
    entityId: 'CASE-1',
    reason: '材料齐全',
  });
  await t.kernel.audit.record(t.kernel.db, ctx(wang), {
    action: 'reconsideration.case.decide',
    entityType: 'reconsiderationCase',
    entityId: 'CASE-1',
    after: { outcome: 'uphold' },
  });
  await t.kernel.audit.record(t.kernel.db, ctx(zhao), {
    action: 'mediation.case.create',
    entityType: 'mediationCase',
    entityId: 'MED-1',
    after: { phone: '13812345678' },
  });
  await t.kernel.audit.record(t.kernel.db, ctx(zhao), { action: 'reconsiderationX.thing.create', entityType: 'thing', entityId: 'X-1' });

  const auditor = await loginAs(t, {
    permissions: ['audit.event.read', 'audit.chain.verify'],
    scope: 'city',
    orgId: city.id,
    category: 'audit',
  });
  const districtAuditor = await loginAs(t, { permissions: ['audit.event.read'], scope: 'subtree', orgId: heping.id, category: 'audit' });
  const clerk = await loginAs(t, { permissions: ['pii.value.reveal'], scope: 'city', orgId: city.id });
  const get = (url: string, headers?: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });

  describe('GET /api/audit/events', () => {
    it('answers 401 without a session and 403 without the permission', async () => {
      expect((await get('/api/audit/events')).statusCode).toBe(401);
      const res = await get('/api/audit/events', clerk.headers);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    });

    it.each([
      ['from=yesterday', 'from'],
      [`from=${encodeURIComponent('2025-02-01T00:00:00Z')}&to=${encodeURIComponent('2025-01-01T00:00:00Z')}`, 'to'],
      ['pageSize=0', 'pageSize'],
      ['action=org.%25', 'action'],
      ['actorId=not-an-id', 'actorId'],
    ])('rejects the query %s naming the field', async (query, field) => {
      const res = await get(`/api/audit/events?${query}`, auditor.headers);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe(field);
    });

    it('lists events newest first with the total, masked differences and organisation names', async () => {
      const res = await get('/api/audit/events?pageSize=2', auditor.headers);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ page: 1, pageSize: 2 });
      expect(body.items).toHaveLength(2);
      expect(body.total).toBeGreaterThanOrEqual(4);
      expect(body.items[0].seq).toBeGreaterThan(body.items[1].seq);
      const mediation = (await get('/api/audit/events?entityType=mediationCase', auditor.headers)).json();
      expect(mediation.items).toHaveLength(1);
      expect(mediation.items[0]).toMatchObject({
        actorName: '赵经办',
        orgId: hexi.id,
        orgName: '河西区司法局',
        diff: { phone: [null, '138****5678'] },
      });
      expect(JSON.stringify(mediation)).not.toContain('13812345678');
    });

    it('filters by actor, entity, action prefix (segment-wise) and time', async () => {
      const q = async (query: string) => (await get(`/api/audit/events?${query}`, auditor.headers)).json();
      expect((await q(`actorId=${wang.userId}`)).total).toBe(2);
      expect((await q(`actorName=${encodeURIComponent('经办')}`)).items.map((e: { actorName: string }) => e.actorName)).toEqual([
        '赵经办',
        '赵经办',
      ]);
      expect((await q('entityType=reconsiderationCase&entityId=CASE-1')).total).toBe(2);
      expect((await q('action=reconsideration')).items.map((e: { action: string }) => e.action)).toEqual([
        'reconsideration.case.decide',
        'reconsideration.case.accept',
      ]);
      expect((await q('action=reconsideration.case.accept')).total).toBe(1);
      expect((await q(`from=${encodeURIComponent(startedAt)}&action=mediation`)).total).toBe(1);
      expect((await q(`to=${encodeURIComponent(startedAt)}&action=mediation`)).total).toBe(0);
      expect((await q(`from=${encodeURIComponent('2999-01-01T00:00:00+08:00')}`)).total).toBe(0);
      const page2 = await q('action=reconsideration&pageSize=1&page=2');
      expect(page2).toMatchObject({ total: 2, page: 2, items: [{ action: 'reconsideration.case.accept' }] });
    });

    it('restricts an auditor with a subtree scope to the events of that subtree', async () => {
      const res = await get('/api/audit/events?pageSize=200', districtAuditor.headers);
      expect(res.statusCode).toBe(200);
      const orgs = new Set(res.json().items.map((e: { orgId: string }) => e.orgId));
      expect(orgs.has(heping.id)).toBe(true);
      expect(orgs.has(hexi.id)).toBe(false);
      expect(orgs.has(null)).toBe(false);
    });
  });

  describe('GET /api/audit/entity/:entityType/:entityId', () => {
    it('answers 401, 403 and 400 for a malformed entity type', async () => {
      expect((await get('/api/audit/entity/reconsiderationCase/CASE-1')).statusCode).toBe(401);
      expect((await get('/api/audit/entity/reconsiderationCase/CASE-1', clerk.headers)).statusCode).toBe(403);
      const bad = await get('/api/audit/entity/1nope/CASE-1', auditor.headers);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe('entityType');
    });

    it("returns the timeline oldest first, within the auditor's scope", async () => {
      const res = await get('/api/audit/entity/reconsiderationCase/CASE-1', auditor.headers);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        truncated: false,
        items: [{ action: 'reconsideration.case.accept', reason: '材料齐全' }, { action: 'reconsideration.case.decide' }],
      });
      const outside = await get('/api/audit/entity/mediationCase/MED-1', districtAuditor.headers);
      expect(outside.json()).toEqual({ items: [], truncated: false });
    });
  });

  describe('GET /api/audit/verify', () => {
    it('answers 401 and 403', async () => {
      expect((await get('/api/audit/verify')).statusCode).toBe(401);
      expect((await get('/api/audit/verify', districtAuditor.headers)).statusCode).toBe(403);
    });

    it('verifies the whole chain and audits the verification', async () => {
      const { lastSeq } = await t.kernel.db.selectFrom('auditChainHead').select('lastSeq').executeTakeFirstOrThrow();
      const res = await get('/api/audit/verify', auditor.headers);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ok: true, checked: lastSeq });
      const row = await t.kernel.db.selectFrom('auditEvents').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ action: 'audit.chain.verify', entityType: 'auditChain', actorId: auditor.userId, orgId: city.id });
      expect(JSON.parse(row.diff!)).toEqual({ checked: [null, lastSeq], ok: [null, true] });
    });
  });
});
