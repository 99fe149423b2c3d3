import type { Kernel } from '@tianping/server/core/module';
import type { Insertable } from 'kysely';
import { matterKindLabels, type MatterKind } from '../contract/enums';
import type { AidAssignmentTable } from './provider-tables';
import type { AidClosureTable, AidFollowupTable, AidSubsidyTable } from './casework-tables';
import type { AidCaseTable, AidNoticeTable, AidPartyTable } from './tables';
import { seedDemoProviders } from './seed-demo-providers';
import { idNumber, personName, type Rng } from './seed-aid.plan';

/** What the legal-aid volume (seed-volume.ts) writes into and draws from: tables, centres, people, subsidies. */

export interface VolumeCentre {
  id: string;
  regionCode: string;
  name: string;
  org: { name: string; shortName: string | null; code: string };
  providers: { id: string; userId: string | null }[];
}

type Tables = 'aidCases' | 'aidParties' | 'aidNotices' | 'aidAssignments' | 'aidClosures' | 'aidSubsidies' | 'aidFollowups';
export const volumeTables: readonly Tables[] = [
  'aidCases',
  'aidParties',
  'aidNotices',
  'aidAssignments',
  'aidClosures',
  'aidSubsidies',
  'aidFollowups',
];

export interface Sink {
  add(table: 'aidCases', row: Insertable<AidCaseTable>): void;
  add(table: 'aidParties', row: Insertable<AidPartyTable>): void;
  add(table: 'aidNotices', row: Insertable<AidNoticeTable>): void;
  add(table: 'aidAssignments', row: Insertable<AidAssignmentTable>): void;
  add(table: 'aidClosures', row: Insertable<AidClosureTable>): void;
  add(table: 'aidSubsidies', row: Insertable<AidSubsidyTable>): void;
  add(table: 'aidFollowups', row: Insertable<AidFollowupTable>): void;
  flushIfFull(): Promise<void>;
}

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export function ulid(ms: number, rng: Rng): string {
  let time = '';
  let t = Math.floor(ms);
  for (let i = 0; i < 10; i++) {
    time = crockford[t % 32] + time;
    t = Math.floor(t / 32);
  }
  let rand = '';
  for (let i = 0; i < 16; i++) rand += crockford[Math.floor(rng() * 32)];
  return time + rand;
}

/** People are drawn from a pool per district: encryption and the blind index are the costly part. */
const pools = new Map<string, { name: string; enc: string; index: string }[]>();
export function personOf(kernel: Kernel, rng: Rng, regionCode: string) {
  let pool = pools.get(regionCode);
  if (!pool) pools.set(regionCode, (pool = []));
  if (pool.length < 800) {
    const id = idNumber(rng, regionCode);
    const p = { name: personName(rng), enc: kernel.pii.encrypt(id), index: kernel.pii.blindIndex('idNumber', id) };
    pool.push(p);
    return p;
  }
  return pool[Math.floor(rng() * pool.length)]!;
}

/** The subsidy case kind of a matter (contract/subsidy.ts) and the stages it went through. */
export function subsidyOf(matter: MatterKind, notice: boolean): { caseKind: string; stages: string[] } {
  const group = matterKindLabels[matter].group;
  if (notice) return { caseKind: 'notice', stages: [matter === 'noticeDeathReview' ? 'deathPenaltyReview' : 'firstInstance'] };
  if (group === 'criminal') return { caseKind: 'criminal', stages: ['firstInstance'] };
  if (group === 'appeal') return { caseKind: 'appeal', stages: ['retrial'] };
  if (matter === 'wages') return { caseKind: 'civil', stages: ['arbitration'] };
  return { caseKind: group === 'administrative' ? 'administrative' : 'civil', stages: ['firstInstance'] };
}

/** The centres with their providers (seeded for 2024–2025 with duty services when there are none). */
export async function volumeCentres(kernel: Kernel): Promise<VolumeCentre[]> {
  await seedDemoProviders(kernel, { from: '2024-01-01', to: '2025-12-31' });
  const orgs = await kernel.db
    .selectFrom('organisations')
    .select(['id', 'name', 'shortName', 'code', 'regionCode'])
    .where('type', '=', 'legalAidCentre')
    .where('active', '=', 1)
    .orderBy('code')
    .execute();
  const providers = await kernel.db
    .selectFrom('aidProviders')
    .select(['id', 'userId', 'orgId'])
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
  return orgs
    .map((o) => ({
      id: o.id,
      regionCode: o.regionCode,
      name: o.name,
      org: { name: o.name, shortName: o.shortName, code: o.code },
      providers: providers.filter((p) => p.orgId === o.id).map((p) => ({ id: p.id, userId: p.userId })),
    }))
    .filter((c) => c.providers.length > 0);
}

export async function subsidyScheduleMap(kernel: Kernel) {
  const rows = await kernel.db
    .selectFrom('aidSubsidySchedules')
    .select(['id', 'caseKind', 'stage', 'amountYuan'])
    .where('effectiveTo', 'is', null)
    .execute();
  return new Map(rows.map((r) => [`${r.caseKind}:${r.stage}`, { id: r.id, amountYuan: r.amountYuan }]));
}
