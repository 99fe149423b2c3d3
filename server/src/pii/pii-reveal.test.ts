import { describe, expect, it } from 'vitest';
import { inOrgScope } from '../access/scope';
import { createPiiRevealRegistry } from './pii-reveal.registry';
import { revealPii } from './pii-reveal.service';
import { buildTestApp } from '../../test/build-test-app';
import { createOrg } from '../../test/factories';
import { loginAs } from '../../test/login';

const phone = '13812345678';

describe('POST /api/pii/reveal', async () => {
  const t = await buildTestApp();
  const city = await createOrg(t, { name: '测试市司法局' });
  const district = await createOrg(t, { parentId: city.id, type: 'districtBureau' });
  const other = await createOrg(t, { parentId: city.id, type: 'districtBureau' });

  await t.kernel.sms.send({ phone, template: 'citizen.loginCode', params: { code: '123456' } });
  const message = await t.kernel.db.selectFrom('smsOutbox').select('id').orderBy('createdAt', 'desc').executeTakeFirstOrThrow();

  // A module's revealer over a scoped table: organisations' names stand in for personal data here.
  t.kernel.piiRevealers.register('testOrg', {
    fields: { name: { zh: '名称', en: 'Name' }, shortName: { zh: '简称', en: 'Short name' } },
    async load(trx, actor, entityId, field) {
      const row = await trx
        .selectFrom('organisations')
        .select(['id', 'name', 'shortName'])
        .where('id', '=', entityId)
        .where((eb) => inOrgScope(eb, actor, 'organisations.id'))
        .executeTakeFirst();
      return row ? { value: field === 'name' ? row.name : row.shortName, orgId: row.id } : undefined;
    },
  });

  const revealer = await loginAs(t, { permissions: ['pii.value.reveal'], scope: 'city', orgId: city.id });
  const districtRevealer = await loginAs(t, { permissions: ['pii.value.reveal'], scope: 'subtree', orgId: district.id });
  const auditor = await loginAs(t, { permissions: ['audit.event.read'], scope: 'city', orgId: city.id, category: 'audit' });
  const reveal = (payload: unknown, headers?: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/pii/reveal', payload: payload as object, headers });
  const body = { entityType: 'smsOutbox', entityId: message.id, field: 'phone', reason: '核实短信发送对象' };

  it('answers 401 without a session', async () => {
    expect((await reveal(body)).statusCode).toBe(401);
  });

  it('answers 403 without the permission (an auditor cannot read business data)', async () => {
    const res = await reveal(body, auditor.headers);
    expect(res.statusCode).toBe(403);
  });

  it('answers 403 without the CSRF header', async () => {
    const res = await reveal(body, { cookie: revealer.headers.cookie! });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });

  it.each([
    [{ ...body, reason: '看看' }, 'reason', 'VALIDATION_FAILED'],
    [{ ...body, reason: '    核实    ' }, 'reason', 'VALIDATION_FAILED'],
    [{ entityType: 'smsOutbox', entityId: message.id, field: 'phone' }, 'reason', 'VALIDATION_FAILED'],
    [{ ...body, extra: 1 }, 'extra', 'UNKNOWN_FIELD'],
    [{ ...body, entityType: 'sms outbox' }, 'entityType', 'VALIDATION_FAILED'],
    [{ ...body, entityType: 'nothing' }, 'entityType', 'PII_ENTITY_UNKNOWN'],
    [{ ...body, field: 'body' }, 'field', 'PII_FIELD_UNKNOWN'],
    [{ ...body, field: 'constructor' }, 'field', 'PII_FIELD_UNKNOWN'],
  ])('answers 400 for %j', async (payload, field, code) => {
    const res = await reveal(payload, revealer.headers);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code, field });
  });

  it('answers 404 for a record that does not exist or lies outside the data scope', async () => {
    expect((await reveal({ ...body, entityId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' }, revealer.headers)).statusCode).toBe(404);
    // The outbox belongs to no organisation: only city-wide actors reach it.
    const outside = await reveal(body, districtRevealer.headers);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.code).toBe('NOT_FOUND');
    const otherOrg = await reveal(
      { entityType: 'testOrg', entityId: other.id, field: 'name', reason: '核实机构名称' },
      districtRevealer.headers,
    );
    expect(otherOrg.statusCode).toBe(404);
  });

  it('reveals the value, not cacheable, and audits who, what, which field and why — never the value', async () => {
    const res = await reveal(body, revealer.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ value: phone });
    expect(res.headers['cache-control']).toBe('no-store');
    const row = await t.kernel.db.selectFrom('auditEvents').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      action: 'pii.value.reveal',
      entityType: 'smsOutbox',
      entityId: message.id,
      actorId: revealer.userId,
      reason: '核实短信发送对象',
      orgId: null,
    });
    expect(JSON.parse(row.diff!)).toEqual({ revealedField: [null, 'phone'] });
    const all = await t.kernel.db.selectFrom('auditEvents').selectAll().execute();
    expect(JSON.stringify(all)).not.toContain(phone);
  });

  it("reveals within the data scope and records the record's organisation", async () => {
    const res = await reveal(
      { entityType: 'testOrg', entityId: district.id, field: 'shortName', reason: '核实机构简称' },
      districtRevealer.headers,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ value: null });
    const row = await t.kernel.db.selectFrom('auditEvents').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ action: 'pii.value.reveal', entityType: 'testOrg', entityId: district.id, orgId: district.id });
  });

  it('reveals nothing when the audit write fails', async () => {
    const failing = { record: async () => Promise.reject(new Error('audit unavailable')) };
    const actor = {
      kind: 'token' as const,
      tokenId: 'T',
      name: 'test',
      orgId: city.id,
      orgPath: city.path,
      scope: 'city' as const,
      permissions: new Set<string>(),
    };
    await expect(
      revealPii(
        { db: t.kernel.db, audit: failing, piiRevealers: t.kernel.piiRevealers },
        { requestId: 'r-00000001', ip: '::1', userAgent: 'x', actor },
        actor,
        body,
      ),
    ).rejects.toThrow('audit unavailable');
  });
});

describe('PII reveal registry', () => {
  it('refuses a second revealer for the same entity type and lists the registered ones', () => {
    const registry = createPiiRevealRegistry();
    const revealer = { fields: { phone: { zh: '手机号码', en: 'Mobile' } }, load: async () => undefined };
    registry.register('citizen', revealer);
    registry.register('applicant', revealer);
    expect(() => registry.register('citizen', revealer)).toThrow(/already registered/);
    expect(registry.entityTypes()).toEqual(['applicant', 'citizen']);
    expect(registry.get('citizen')).toBe(revealer);
    expect(registry.get('nothing')).toBeUndefined();
  });
});
