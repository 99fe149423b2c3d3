import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import smCrypto from 'sm-crypto';
import { describe, expect, it } from 'vitest';
import type { RequestContext, StaffActor } from '../access/actor';
import { canonicalEvent, genesisHash, hashEvent } from './audit-chain';
import { entityTimeline } from './audit-query.service';
import { verifyAuditChain } from './audit-verify';
import { createAuditService } from './audit.service';
import type { DbOrTrx } from '../db/database';
import { newId } from '../db/ids';
import { buildTestApp } from '../../test/build-test-app';

const staff: StaffActor = {
  kind: 'staff',
  userId: newId(),
  username: 'zhang.san',
  displayName: '张三',
  sessionId: newId(),
  assignmentId: newId(),
  roleId: newId(),
  orgId: newId(),
  orgPath: '/x/',
  scope: 'city',
  permissions: new Set(),
};
const ctx: RequestContext = { requestId: 'req-00000001', ip: '10.1.2.3', userAgent: 'vitest', actor: staff };

const sha256 = createAuditService({ auditHash: 'sha256' });
const sm3 = createAuditService({ auditHash: 'sm3' });

async function allEvents(db: DbOrTrx) {
  return db.selectFrom('auditEvents').selectAll().orderBy('seq').execute();
}

describe('audit chain', async () => {
  const t = await buildTestApp();
  const db = t.kernel.db;

  it('starts from the genesis hash and links every event to the previous one', async () => {
    const before = await allEvents(db);
    for (let i = 0; i < 3; i++) {
      await db
        .transaction()
        .execute((trx) =>
          sha256.record(trx, ctx, { action: 'test.thing.create', entityType: 'thing', entityId: `t${i}`, after: { name: `物品${i}` } }),
        );
    }
    const events = await allEvents(db);
    expect(events).toHaveLength(before.length + 3);
    expect(events[0]!.prevHash).toBe(genesisHash);
    events.forEach((e, i) => {
      expect(e.seq).toBe(i + 1);
      if (i > 0) expect(e.prevHash).toBe(events[i - 1]!.hash);
      const { hash, ...content } = e;
      expect(hashEvent(content)).toBe(hash);
    });
    const head = await db.selectFrom('auditChainHead').selectAll().executeTakeFirstOrThrow();
    expect(head).toMatchObject({ lastSeq: events.at(-1)!.seq, lastHash: events.at(-1)!.hash });
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: events.length });
  });

  it('records who, where, why and the masked difference', async () => {
    await sha256.record(db, ctx, {
      action: 'test.person.update',
      entityType: 'person',
      entityId: 'p1',
      orgId: 'ORG1',
      reason: '更正信息',
      before: { name: '李四', idNumber: '12010119900101123X', phone: '13812345678', passwordHash: 'abc', note: 'same' },
      after: { name: '李四', idNumber: '120101199001011248', phone: '13912345678', passwordHash: 'def', note: 'same' },
    });
    const row = (await allEvents(db)).at(-1)!;
    expect(row).toMatchObject({
      actorType: 'staff',
      actorId: staff.userId,
      actorName: '张三',
      orgId: 'ORG1',
      reason: '更正信息',
      ip: '10.1.2.3',
      userAgent: 'vitest',
      requestId: 'req-00000001',
      hashAlg: 'sha256',
    });
    expect(JSON.parse(row.diff!)).toEqual({
      idNumber: ['1201**********123X', '1201**********1248'],
      passwordHash: ['[secret]', '[secret]'],
      phone: ['138****5678', '139****5678'],
    });
    expect(row.diff).not.toMatch(/13812345678|12010119900101123X/);
  });

  it('hashes with SM3 when configured, over the same canonical text', async () => {
    await sm3.record(db, ctx, { action: 'test.thing.update', entityType: 'thing', entityId: 't1', after: { name: '天平' } });
    const row = (await allEvents(db)).at(-1)!;
    const { hash, ...content } = row;
    expect(row.hashAlg).toBe('sm3');
    expect(hash).toBe(smCrypto.sm3(canonicalEvent(content)));
    expect(hash).toBe(createHash('sm3').update(canonicalEvent(content), 'utf8').digest('hex'));
    expect(hash).not.toBe(createHash('sha256').update(canonicalEvent(content), 'utf8').digest('hex'));
  });

  it('verifies a chain whose algorithm changes midway (sha256 → sm3 → sha256)', async () => {
    await sm3.record(db, ctx, { action: 'test.thing.update', entityType: 'thing', entityId: 't2' });
    await sha256.record(db, ctx, { action: 'test.thing.update', entityType: 'thing', entityId: 't2' });
    const algs = new Set((await allEvents(db)).map((e) => e.hashAlg));
    expect(algs).toEqual(new Set(['sha256', 'sm3']));
    const result = await verifyAuditChain(db);
    expect(result.ok).toBe(true);
  });

  it('walks the chain in keyset batches', async () => {
    const count = (await allEvents(db)).length;
    expect(await verifyAuditChain(db, { batchSize: 2 })).toEqual({ ok: true, checked: count });
    expect(await verifyAuditChain(db, { batchSize: 1 })).toEqual({ ok: true, checked: count });
  });

  it('rolls the business change back when the audit write fails', async () => {
    const head = await db.selectFrom('auditChainHead').selectAll().executeTakeFirstOrThrow();
    const key = `rollback-${newId()}`;
    // A service-like function: change, then audit, in one transaction.
    const changeSomething = () =>
      db.transaction().execute(async (trx) => {
        await trx.insertInto('systemState').values({ key, value: 'changed' }).execute();
        await sha256.record(trx, ctx, { action: null as unknown as string, entityType: 'systemState', entityId: key });
      });
    await expect(changeSomething()).rejects.toThrow();
    expect(await db.selectFrom('systemState').select('key').where('key', '=', key).executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom('auditChainHead').selectAll().executeTakeFirstOrThrow()).toEqual(head);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('rejects identifiers too long for their columns on both dialects', async () => {
    await expect(sha256.record(db, ctx, { action: 'test.thing.create', entityType: 'thing', entityId: 'x'.repeat(61) })).rejects.toThrow(
      /entityId/,
    );
  });

  it('keeps the chain valid and gap-free under 50 parallel audited transactions', async () => {
    const start = (await db.selectFrom('auditChainHead').select('lastSeq').executeTakeFirstOrThrow()).lastSeq;
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        db.transaction().execute(async (trx) => {
          const key = `parallel-${i}-${newId()}`;
          await trx
            .insertInto('systemState')
            .values({ key, value: String(i) })
            .execute();
          // Give other transactions a chance to interleave before the audit append.
          await sql`select 1`.execute(trx);
          await sha256.record(trx, ctx, { action: 'test.state.create', entityType: 'systemState', entityId: key.slice(0, 60) });
        }),
      ),
    );
    const seqs = (await db.selectFrom('auditEvents').select('seq').where('seq', '>', start).orderBy('seq').execute()).map((r) => r.seq);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => start + i + 1));
    const result = await verifyAuditChain(db);
    expect(result).toEqual({ ok: true, checked: start + 50 });
  });

  it('gives a module the timeline of one entity, oldest first, newest kept when truncated', async () => {
    for (let i = 0; i < 4; i++) {
      await sha256.record(db, ctx, { action: `test.case.step${i}`, entityType: 'case', entityId: 'C-1', after: { step: i } });
    }
    await sha256.record(db, ctx, { action: 'test.case.other', entityType: 'case', entityId: 'C-2' });
    const full = await entityTimeline(db, 'case', 'C-1');
    expect(full.truncated).toBe(false);
    expect(full.items.map((e) => e.action)).toEqual(['test.case.step0', 'test.case.step1', 'test.case.step2', 'test.case.step3']);
    expect(full.items[1]!.diff).toEqual({ step: [null, 1] });
    const short = await entityTimeline(db, 'case', 'C-1', { limit: 2 });
    expect(short).toMatchObject({ truncated: true });
    expect(short.items.map((e) => e.action)).toEqual(['test.case.step2', 'test.case.step3']);
  });
});
