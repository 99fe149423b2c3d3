import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { buildOrgTree } from '../org/test-fixtures';

const concurrent = 200;

describe('case numbers', async () => {
  const t = await buildTestApp();
  const tree = await buildOrgTree(t);
  await t.kernel.db.updateTable('organisations').set({ shortName: '津河西司' }).where('id', '=', tree.districtA.id).execute();
  t.kernel.caseNumbers.register('testReconsideration', {
    template: '{orgAbbr}复〔{year}〕{seq}号',
    label: { zh: '行政复议', en: 'Reconsideration' },
  });
  t.kernel.caseNumbers.register('testMediation', {
    template: '{orgAbbr}调〔{year}〕{seq:4}号',
    label: { zh: '人民调解', en: 'Mediation' },
  });

  it(`${concurrent} parallel allocations, each in its own transaction, give ${concurrent} distinct consecutive numbers`, async () => {
    const numbers = await Promise.all(
      Array.from({ length: concurrent }, () =>
        t.kernel.db
          .transaction()
          .execute((trx) => t.kernel.caseNumbers.allocate(trx, { orgId: tree.districtA.id, caseType: 'testReconsideration', year: 2025 })),
      ),
    );
    const seqs = numbers.map((n) => n.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: concurrent }, (_, i) => i + 1));
    expect(new Set(numbers.map((n) => n.number)).size).toBe(concurrent);
    expect(numbers.map((n) => n.number)).toContain('津河西司复〔2025〕17号');
  });

  it('counts per organisation, case type and year; falls back to the full name; rolls back with the caller', async () => {
    const alloc = (orgId: string, caseType: string, year: number) =>
      t.kernel.db.transaction().execute((trx) => t.kernel.caseNumbers.allocate(trx, { orgId, caseType, year }));
    expect((await alloc(tree.districtA.id, 'testReconsideration', 2026)).number).toBe('津河西司复〔2026〕1号');
    expect((await alloc(tree.districtA.id, 'testMediation', 2025)).number).toBe('津河西司调〔2025〕0001号');
    expect((await alloc(tree.districtB.id, 'testReconsideration', 2025)).number).toBe(`${tree.districtB.name}复〔2025〕1号`);
    await expect(
      t.kernel.db.transaction().execute(async (trx) => {
        await t.kernel.caseNumbers.allocate(trx, { orgId: tree.districtB.id, caseType: 'testReconsideration', year: 2025 });
        throw new Error('case creation failed');
      }),
    ).rejects.toThrow('case creation failed');
    expect((await alloc(tree.districtB.id, 'testReconsideration', 2025)).seq).toBe(2);
    await expect(alloc(tree.districtB.id, 'unregistered', 2025)).rejects.toMatchObject({ code: 'CASE_NUMBER_TYPE_UNKNOWN' });
    await expect(alloc(tree.districtB.id, 'testMediation', 1999)).rejects.toMatchObject({ code: 'CASE_NUMBER_YEAR_INVALID' });
  });

  it('refuses a template without {seq} or registered twice', () => {
    expect(() => t.kernel.caseNumbers.register('bad', { template: '津〔{year}〕号', label: { zh: 'x', en: 'x' } })).toThrow(/\{seq\}/);
    expect(() => t.kernel.caseNumbers.register('testMediation', { template: '{seq}', label: { zh: 'x', en: 'x' } })).toThrow(/already/);
  });

  describe('GET /api/casenumbers/counters', () => {
    const get = (query: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'GET', url: `/api/casenumbers/counters${query}`, headers });

    it('401 without a session, 403 without casenumbers.counter.read, 400 for a bad filter', async () => {
      expect((await get('')).statusCode).toBe(401);
      const other = await loginAs(t, { permissions: ['org.organisation.read'], scope: 'city', orgId: tree.city.id });
      expect((await get('', other.headers)).statusCode).toBe(403);
      const reader = await loginAs(t, { permissions: ['casenumbers.counter.read'], scope: 'city', orgId: tree.city.id });
      const bad = await get('?year=abc', reader.headers);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe('year');
    });

    it("lists only counters of organisations in the caller's scope, with the last number", async () => {
      const districtB = await loginAs(t, { permissions: ['casenumbers.counter.read'], scope: 'subtree', orgId: tree.districtB.id });
      const res = await get('', districtB.headers);
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toEqual([
        expect.objectContaining({
          orgId: tree.districtB.id,
          caseType: 'testReconsideration',
          year: 2025,
          last: 2,
          lastNumber: `${tree.districtB.name}复〔2025〕2号`,
          caseTypeLabel: { zh: '行政复议', en: 'Reconsideration' },
        }),
      ]);
      const city = await loginAs(t, { permissions: ['casenumbers.counter.read'], scope: 'city', orgId: tree.city.id });
      const filtered = await get(`?orgId=${tree.districtA.id}&year=2025`, city.headers);
      expect(filtered.json().items.map((i: { caseType: string; last: number }) => [i.caseType, i.last])).toEqual([
        ['testMediation', 1],
        ['testReconsideration', concurrent],
      ]);
    });
  });
});
