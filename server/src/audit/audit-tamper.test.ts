import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { systemContext } from '../access/actor';
import { hashEvent } from './audit-chain';
import { verifyAuditChain } from './audit-verify';
import { createAuditService } from './audit.service';
import type { Db } from '../db/database';
import { buildTestApp, type TestApp } from '../../test/build-test-app';

const audit = createAuditService({ auditHash: 'sha256' });
const isPg = () => Boolean(process.env.TEST_DATABASE_URL);

/** A fresh database with `count` events of its own after whatever the seeds recorded. */
async function chainOf(count: number): Promise<{ t: TestApp; db: Db; last: number }> {
  const t = await buildTestApp();
  for (let i = 1; i <= count; i++) {
    await audit.record(t.kernel.db, systemContext(), {
      action: 'test.thing.update',
      entityType: 'thing',
      entityId: `T${i}`,
      after: { n: i },
    });
  }
  const { lastSeq } = await t.kernel.db.selectFrom('auditChainHead').select('lastSeq').executeTakeFirstOrThrow();
  return { t, db: t.kernel.db, last: lastSeq };
}

/** What an attacker with the database owner's rights does first: switch the protection off. */
async function disableProtection(db: Db) {
  if (isPg()) {
    await sql`alter table audit_events disable trigger user`.execute(db);
    await sql`alter table audit_chain_head disable trigger user`.execute(db);
  } else {
    for (const name of ['audit_events_no_update', 'audit_events_no_delete', 'audit_chain_head_no_delete', 'audit_chain_head_forward']) {
      await sql`drop trigger ${sql.id(name)}`.execute(db);
    }
  }
}

describe('audit log protection', async () => {
  const { db, last } = await chainOf(3);

  it('rejects UPDATE of an event', async () => {
    await expect(sql`update audit_events set reason = 'changed' where seq = ${last}`.execute(db)).rejects.toThrow(/append-only/);
  });
  it('rejects DELETE of an event', async () => {
    await expect(sql`delete from audit_events where seq = ${last}`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_events`.execute(db)).rejects.toThrow(/append-only/);
  });
  it.runIf(isPg())('rejects TRUNCATE of the events on PostgreSQL', async () => {
    await expect(sql`truncate audit_events`.execute(db)).rejects.toThrow(/append-only/);
  });
  it('rejects moving the head other than one step forward, and deleting it', async () => {
    await expect(sql`update audit_chain_head set last_seq = 0`.execute(db)).rejects.toThrow(/only advances/);
    await expect(sql`update audit_chain_head set last_seq = last_seq + 2`.execute(db)).rejects.toThrow(/only advances/);
    await expect(sql`delete from audit_chain_head`.execute(db)).rejects.toThrow(/only advances/);
  });
  it('left the chain intact', async () => {
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: last });
  });
});

describe('tamper detection', () => {
  it('names the event whose content was altered', async () => {
    const { db, last } = await chainOf(4);
    await disableProtection(db);
    const target = last - 2;
    await sql`update audit_events set diff = ${JSON.stringify({ n: [null, 999] })} where seq = ${target}`.execute(db);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, checked: target - 1, firstBrokenSeq: target, reason: 'hashMismatch' });
  });

  it('names the next event when content and hash were both rewritten consistently', async () => {
    const { db, last } = await chainOf(3);
    await disableProtection(db);
    const target = last - 1;
    const { hash: _old, ...row } = await db.selectFrom('auditEvents').selectAll().where('seq', '=', target).executeTakeFirstOrThrow();
    const forged = hashEvent({ ...row, reason: 'forged' });
    await sql`update audit_events set reason = 'forged', hash = ${forged} where seq = ${target}`.execute(db);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, checked: target, firstBrokenSeq: target + 1, reason: 'prevHashMismatch' });
  });

  it('names a deleted event in the middle', async () => {
    const { db, last } = await chainOf(4);
    await disableProtection(db);
    await sql`delete from audit_events where seq = ${last - 1}`.execute(db);
    expect(await verifyAuditChain(db, { batchSize: 2 })).toMatchObject({ ok: false, firstBrokenSeq: last - 1, reason: 'seqGap' });
  });

  it('names events deleted at the end', async () => {
    const { db, last } = await chainOf(3);
    await disableProtection(db);
    await sql`delete from audit_events where seq >= ${last - 1}`.execute(db);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, checked: last - 2, firstBrokenSeq: last - 1, reason: 'headMismatch' });
  });

  it('names an event appended behind the head', async () => {
    const { db, last } = await chainOf(2);
    await disableProtection(db);
    await sql`insert into audit_events (seq, id, occurred_at, actor_type, action, entity_type, hash_alg, prev_hash, hash)
      select seq + 1, 'FORGED0000000000000000000A', occurred_at, actor_type, action, entity_type, hash_alg, hash, hash
      from audit_events where seq = ${last}`.execute(db);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, checked: last, firstBrokenSeq: last + 1, reason: 'beyondHead' });
  });

  it('names an event claiming an unknown algorithm', async () => {
    const { db, last } = await chainOf(2);
    await disableProtection(db);
    await sql`update audit_events set hash_alg = 'md5' where seq = ${last}`.execute(db);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenSeq: last, reason: 'unknownAlgorithm' });
  });

  it('reports a missing head', async () => {
    const { db } = await chainOf(1);
    await disableProtection(db);
    await sql`delete from audit_chain_head`.execute(db);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenSeq: 1, reason: 'headMissing' });
  });
});
