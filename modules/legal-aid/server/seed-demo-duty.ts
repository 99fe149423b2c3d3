import { addDays, isWorkday, localDateAt } from '@tianping/common/calendar/index';
import { officialHolidayCalendar } from '@tianping/common/calendar/official-holidays';
import type { Kernel } from '@tianping/server/core/module';
import { newId, nowIso } from '@tianping/server/db/ids';
import type { Insertable } from 'kysely';
import { dutyServiceKinds } from '../contract/duty';
import type { AidDutyRosterTable, AidDutyServiceTable } from './provider-tables';
import { personName, pick, rngOf } from './seed-aid.plan';

/** Days back from today that the demo's duty rosters and services cover. */
export const recentDutyDays = 60;

/**
 * Duty lawyers (值班律师, 法律援助法第十四条、第三十条、第三十七条) for the demo's recent months: the
 * providers' seed covers 2024–2025; this adds, for every station, a roster on each working day of the
 * last 60 days up to today and the help recorded there, so the monthly statistics per station and
 * the duty metric show the current months. Idempotent: nothing happens once a roster exists in
 * that window.
 */
export async function seedRecentDuty(kernel: Pick<Kernel, 'db' | 'clock'>): Promise<void> {
  const db = kernel.db;
  const today = localDateAt(kernel.clock.now());
  const from = addDays(today, -recentDutyDays);
  if (await db.selectFrom('aidDutyRosters').select('id').where('dutyDate', '>=', from).where('dutyDate', '<=', today).executeTakeFirst())
    return;
  const stations = await db
    .selectFrom('aidDutyStations')
    .select(['id', 'orgId', 'hostKind'])
    .where('active', '=', 1)
    .orderBy('name')
    .execute();
  const lawyers = await db
    .selectFrom('aidProviders')
    .select(['id', 'orgId'])
    .where('kind', '=', 'lawyer')
    .where('active', '=', 1)
    .orderBy('createdAt')
    .execute();
  const rng = rngOf(1128);
  const now = nowIso();
  const rosters: Insertable<AidDutyRosterTable>[] = [];
  const services: Insertable<AidDutyServiceTable>[] = [];
  for (const [si, s] of stations.entries()) {
    const own = lawyers.filter((l) => l.orgId === s.orgId);
    if (!own.length) continue;
    let n = si;
    for (let d = from; d <= today; d = addDays(d, 1)) {
      if (!isWorkday(d, officialHolidayCalendar)) continue;
      const providerId = own[n++ % own.length]!.id;
      rosters.push({ id: newId(), stationId: s.id, dutyDate: d, providerId, createdBy: 'demo', createdAt: now });
      const visits = Math.floor(rng() * (s.hostKind === 'detentionCentre' ? 4 : 3));
      for (let v = 0; v < visits; v++) {
        const visitId = newId();
        for (const kind of new Set(['consultation' as const, pick(rng, dutyServiceKinds)]))
          services.push({
            id: newId(),
            visitId,
            stationId: s.id,
            providerId,
            servedOn: d,
            kind,
            personName: `${personName(rng).slice(0, 1)}某`,
            stage: s.hostKind === 'court' ? 'trial' : s.hostKind === 'procuratorate' ? 'prosecution' : 'investigation',
            summary: '值班律师提供法律帮助（演示数据）',
            forwardedCaseId: null,
            createdBy: 'demo',
            createdAt: now,
          });
      }
    }
  }
  for (let i = 0; i < rosters.length; i += 400)
    await db
      .insertInto('aidDutyRosters')
      .values(rosters.slice(i, i + 400))
      .execute();
  for (let i = 0; i < services.length; i += 400)
    await db
      .insertInto('aidDutyServices')
      .values(services.slice(i, i + 400))
      .execute();
}
