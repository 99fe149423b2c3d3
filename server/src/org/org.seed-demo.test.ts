import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { committeeBaseName, demoOrgCodes } from './org.demo-plan';
import { seedDemoOrganisations } from './org.seed-demo';

describe('demo organisations of Tianjin', async () => {
  const t = await buildTestApp();
  const db = t.kernel.db;
  const codes = demoOrgCodes('120000');
  const byCode = (code: string) => db.selectFrom('organisations').selectAll().where('code', '=', code).executeTakeFirst();
  const total = async () =>
    Number(
      (
        await db
          .selectFrom('organisations')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('seeds the bureau tree with batched inserts', async () => {
    const counts = await seedDemoOrganisations(t.kernel);
    expect(counts).toMatchObject({
      cityBureau: 1,
      districtBureau: 16,
      justiceOffice: 299,
      legalAidCentre: 16,
      legalServiceCentre: 16,
      reconsiderationOffice: 1,
      arbitrationCommission: 1,
      mediationCommittee: 562,
    });
    expect(counts.notaryOffice).toBeGreaterThanOrEqual(3);
    expect(counts.lawFirm).toBeGreaterThanOrEqual(3);
    expect(await total()).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
  });

  it('places every organisation correctly', async () => {
    const city = (await byCode('TJSFJ'))!;
    expect(city).toMatchObject({
      name: '天津市司法局',
      type: 'cityBureau',
      regionCode: '120000',
      parentId: null,
      depth: 0,
      path: `/${city.id}/`,
    });
    const heping = (await byCode(codes.districtBureau('120101')))!;
    expect(heping).toMatchObject({ name: '天津市和平区司法局', parentId: city.id, depth: 1, path: `${city.path}${heping.id}/` });
    const office = (await byCode(codes.justiceOffice('120101001')))!;
    expect(office).toMatchObject({
      name: '劝业场街道司法所',
      type: 'justiceOffice',
      parentId: heping.id,
      depth: 2,
      regionCode: '120101001',
    });
    const committee = (await byCode(codes.mediationCommittee('120101001001')))!;
    expect(committee).toMatchObject({
      name: '花园路社区人民调解委员会',
      parentId: office.id,
      depth: 3,
      path: `${office.path}${committee.id}/`,
    });
    expect((await byCode(codes.reconsiderationOffice))!).toMatchObject({ name: '天津市人民政府行政复议办公室', parentId: city.id });
    expect((await byCode(codes.arbitrationCommission))!).toMatchObject({ name: '天津仲裁委员会', type: 'arbitrationCommission' });
    expect((await byCode(codes.notaryOffice('120101')))!).toMatchObject({ name: '天津市和平公证处', parentId: heping.id });
    expect((await byCode(codes.legalAidCentre('120116')))!).toMatchObject({ name: '天津市滨海新区法律援助中心' });
    // Every path is its parent's path plus its own id.
    const orphans = await db
      .selectFrom('organisations as o')
      .leftJoin('organisations as p', 'p.id', 'o.parentId')
      .select('o.code')
      .where('o.parentId', 'is not', null)
      .where((eb) => eb.or([eb('p.id', 'is', null), eb('o.depth', '!=', eb('p.depth', '+', 1))]))
      .execute();
    expect(orphans).toEqual([]);
  });

  it('is idempotent', async () => {
    const before = await total();
    const city = await byCode('TJSFJ');
    await seedDemoOrganisations(t.kernel);
    expect(await total()).toBe(before);
    expect(await byCode('TJSFJ')).toEqual(city);
  });

  it('names committees after their community or village', () => {
    expect(committeeBaseName('花园路社区居委会')).toBe('花园路社区');
    expect(committeeBaseName('信和苑社区居民委员会')).toBe('信和苑社区');
    expect(committeeBaseName('大王庄村委会')).toBe('大王庄村');
    expect(committeeBaseName('小站村民委员会')).toBe('小站村');
    expect(committeeBaseName('东北组团社区')).toBe('东北组团社区');
  });
});
