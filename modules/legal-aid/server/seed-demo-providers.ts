import { addDays, isWorkday, type LocalDate } from '@tianping/common/calendar/index';
import { officialHolidayCalendar } from '@tianping/common/calendar/official-holidays';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import type { Insertable } from 'kysely';
import type { DutyServiceKind, StationHostKind } from '../contract/duty';
import type { Speciality } from '../contract/provider';
import type { AidDutyRosterTable, AidDutyServiceTable, AidProviderTable } from './provider-tables';

/**
 * Demo providers and duty lawyers (never in production): for every legal aid centre of the demo
 * organisation tree, eight lawyers of the demo law firms (some junior, so 第二十六条 shows), two grassroots
 * legal-service workers and a volunteer; three duty stations (court, procuratorate, detention centre)
 * with a roster on every working day of 2024–2025 and the help recorded there. Deterministic
 * (a seeded generator) and idempotent (nothing happens when providers exist). The demo user
 * `lawyer.wang`, when present, is bound to the first lawyer of the 河西 centre (the lawyer's own view).
 */

const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林'];
const given = ['明', '静', '伟', '芳', '磊', '洁', '强', '敏', '涛', '丽', '军', '燕'];
const specialitySets: Speciality[][] = [
  ['criminal'],
  ['criminal', 'minors'],
  ['labour', 'civil'],
  ['family', 'civil'],
  ['personalInjury', 'civil'],
  ['administrative', 'stateCompensation'],
  ['criminal', 'labour'],
  ['socialSecurity', 'labour'],
];
const hosts: { kind: StationHostKind; zh: string }[] = [
  { kind: 'court', zh: '人民法院' },
  { kind: 'procuratorate', zh: '人民检察院' },
  { kind: 'detentionCentre', zh: '看守所' },
];
const serviceKinds: DutyServiceKind[] = ['consultation', 'procedureAdvice', 'pleaSigning', 'coerciveMeasureChange', 'caseOpinion'];
const stages = ['investigation', 'prosecution', 'trial'] as const;

/** Mulberry32: a small seeded generator, so every installation gets the same demo data. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertBatched<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 400) await insert(rows.slice(i, i + 400));
}

export async function seedDemoProviders(kernel: Pick<Kernel, 'db' | 'clock'>, opts: { from?: string; to?: string } = {}): Promise<void> {
  const db = kernel.db;
  if (await db.selectFrom('aidProviders').select('id').executeTakeFirst()) return;
  const centres = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'regionCode', 'code'])
    .where('type', '=', 'legalAidCentre')
    .where('active', '=', 1)
    .orderBy('code')
    .execute();
  const firms = await db.selectFrom('organisations').select(['id', 'regionCode']).where('type', '=', 'lawFirm').orderBy('code').execute();
  if (!centres.length) return;
  const rnd = generator(20240101);
  const now = kernel.clock.now().toISOString();
  const wang = await db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.orgId')
    .select(['users.id', 'users.orgId', 'organisations.type'])
    .where('users.username', '=', 'lawyer.wang')
    .executeTakeFirst();
  const wangCentre = centres.findIndex((x) => x.name.includes('河西'));
  const providers: Insertable<AidProviderTable>[] = [];
  const lawyersOf = new Map<string, string[]>();
  const from = (opts.from ?? '2024-01-01') as LocalDate;
  const to = (opts.to ?? '2025-12-31') as LocalDate;

  centres.forEach((c, ci) => {
    const district = c.regionCode.slice(0, 6);
    const local = firms.filter((f) => f.regionCode.startsWith(district));
    const pool = local.length ? local : firms;
    const lawyers: string[] = [];
    for (let i = 0; i < 11; i++) {
      const kind = i < 8 ? 'lawyer' : i < 10 ? 'grassroots' : 'volunteer';
      const id = newId();
      const years = kind === 'lawyer' ? (i % 4 === 3 ? 1 + (i % 2) : 4 + ((ci + i) % 12)) : 0;
      const since = `${2025 - years - 1}-0${1 + (i % 9)}-15`;
      const bindWang = wang !== undefined && ci === wangCentre && i === 0;
      providers.push({
        id,
        kind,
        name: `${surnames[(ci + i * 3) % surnames.length]}${given[(ci * 5 + i) % given.length]}`,
        userId: bindWang ? wang.id : null,
        firmOrgId:
          bindWang && wang.type === 'lawFirm' ? wang.orgId : kind === 'lawyer' && pool.length ? pool[(ci + i) % pool.length]!.id : null,
        orgId: c.id,
        regionCode: district,
        specialities: JSON.stringify(kind === 'lawyer' ? specialitySets[i % specialitySets.length] : ['civil', 'labour']),
        licenceNo: kind === 'lawyer' ? `1120${district}${String(ci * 100 + i).padStart(6, '0')}` : null,
        practiceSince: kind === 'volunteer' ? null : since,
        relevantCriminalYears: kind === 'lawyer' && specialitySets[i % specialitySets.length]!.includes('criminal') ? years : 0,
        contactPhone: `022-2${String(3000000 + ci * 1000 + i).slice(-7)}`,
        idNumberEnc: null,
        idNumberIndex: null,
        active: 1,
        note: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      if (kind === 'lawyer') lawyers.push(id);
    }
    lawyersOf.set(c.id, lawyers);
  });
  await insertBatched(providers, (b) => db.insertInto('aidProviders').values(b).execute());

  const rosters: Insertable<AidDutyRosterTable>[] = [];
  const services: Insertable<AidDutyServiceTable>[] = [];
  for (const c of centres) {
    const district = c.name.replace(/^天津市/, '').replace(/法律援助中心$/, '');
    const lawyers = lawyersOf.get(c.id)!;
    for (const [hi, h] of hosts.entries()) {
      const stationId = newId();
      await db
        .insertInto('aidDutyStations')
        .values({
          id: stationId,
          orgId: c.id,
          name: `${district}${h.zh}法律援助工作站`,
          hostKind: h.kind,
          hostOrgId: null,
          hostName: `天津市${district}${h.zh}`,
          address: null,
          active: 1,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      let n = hi;
      for (let d = from; d <= to; d = addDays(d, 1)) {
        if (!isWorkday(d, officialHolidayCalendar)) continue;
        const providerId = lawyers[n++ % lawyers.length]!;
        rosters.push({ id: newId(), stationId, dutyDate: d, providerId, createdBy: 'demo', createdAt: now });
        const visits = Math.floor(rnd() * (h.kind === 'detentionCentre' ? 4 : 3));
        for (let v = 0; v < visits; v++) {
          const visitId = newId();
          const kinds = new Set([serviceKinds[Math.floor(rnd() * serviceKinds.length)]!, 'consultation' as const]);
          for (const kind of kinds)
            services.push({
              id: newId(),
              visitId,
              stationId,
              providerId,
              servedOn: d,
              kind,
              personName: `${surnames[Math.floor(rnd() * surnames.length)]}某`,
              stage: h.kind === 'court' ? 'trial' : h.kind === 'procuratorate' ? 'prosecution' : stages[Math.floor(rnd() * 2)]!,
              summary: '值班律师提供法律帮助（演示数据）',
              forwardedCaseId: null,
              createdBy: 'demo',
              createdAt: now,
            });
        }
      }
    }
  }
  await insertBatched(rosters, (b) => db.insertInto('aidDutyRosters').values(b).execute());
  await insertBatched(services, (b) => db.insertInto('aidDutyServices').values(b).execute());
}
