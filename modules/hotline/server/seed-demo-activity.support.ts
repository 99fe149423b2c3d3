import type { Trx } from '@tianping/server/db/database';

/** Shapes and helpers shared by the demo activity files (seed-demo-activity*.ts). */

export interface DemoPeople {
  hexiAgent: string;
  hexiLawyer: string;
  cityAgent: string;
  cityLawyer: string;
  supervisor: string;
}

export interface DemoPlaces {
  centre: { id: string; name: string; shortName: string | null; code: string };
  city: { id: string; name: string; shortName: string | null; code: string };
  station: { id: string; name: string; shortName: string | null; code: string } | null;
  notary: string | null;
}

/** The instant of a Beijing wall-clock time. */
export const beijing = (day: string, hour: number, minute = 0, second = 0) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}+08:00`);

export async function setCounters(trx: Trx, caseType: string, last: Map<string, number>, now: string) {
  for (const [key, value] of last) {
    const [orgId, year] = key.split('|') as [string, string];
    await trx
      .insertInto('caseNumberCounters')
      .values({ orgId, caseType, year: Number(year), last: value, updatedAt: now })
      .onConflict((oc) => oc.columns(['orgId', 'caseType', 'year']).doUpdateSet({ last: value, updatedAt: now }))
      .execute();
  }
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Ids and sealed phone numbers of the demo rows, made fast: ULIDs whose time part is the record's own
 * instant (ids sort by creation time, as `newId` promises) and whose random part comes from a seeded
 * generator; each phone number encrypted and indexed once and the sealed value reused for its rows.
 */
export interface DemoGen {
  id(ms: number): string;
  seal(phone: string): { enc: string; index: string };
}

export function demoGen(pii: { encrypt(v: string): string; blindIndex(kind: 'phone', v: string): string }, r: () => number): DemoGen {
  const sealed = new Map<string, { enc: string; index: string }>();
  return {
    id(ms) {
      let t = Math.floor(ms);
      let time = '';
      for (let i = 0; i < 10; i++) {
        time = CROCKFORD[t % 32]! + time;
        t = Math.floor(t / 32);
      }
      let rand = '';
      for (let i = 0; i < 16; i++) rand += CROCKFORD[Math.floor(r() * 32)]!;
      return time + rand;
    },
    seal(phone) {
      let s = sealed.get(phone);
      if (!s) sealed.set(phone, (s = { enc: pii.encrypt(phone), index: pii.blindIndex('phone', phone) }));
      return s;
    },
  };
}
