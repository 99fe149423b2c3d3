import { addDays, type LocalDate } from '@tianping/common/calendar/index';
import { idNumberCheckChar } from '@tianping/common/validation/id-number';
import type { Kernel } from '@tianping/server/core/module';
import type { Insertable } from 'kysely';
import type { Rng } from '../../../bench/lib/prng';
import { ulidAt } from '../../../bench/lib/ids';
import { randomPersonName } from '../../../bench/seed/chinese-names';
import type { VolumeSeeder } from '../../../bench/seed/volume-seeder';
import type { CaseSource, DisputeKind } from '../contract/enums';
import { disputeKindLabels } from '../contract/enums';
import type { MedMediatorTable } from './organisation-tables';
import type { MedCaseTable, MedPartyTable } from './tables';

/**
 * People's-mediation volume for statistics and the bench (`npm run seed:volume`): ≈81,000
 * disputes a year (Tianjin 2024) for 2024 and 2025 across every committee of the 16 districts
 * (village/community committees and the street committees at the 司法所), with sources, kinds and
 * outcomes in the proportions Chinese statistics report (agreement in ≈ 96 % of the disputes
 * mediated). `MED_BENCH_CASES=200000` adds earlier years (≈ 75,000 a year) until the total is
 * reached, so the 2024–2025 figures stay the same (a smaller total scales the two years down for a
 * quick run). Two mediators per committee are written first.
 *
 * Every case is closed and historical: no workflow instance, timer or todo item is written; the
 * parties' personal data come from a pool per district (encryption is the costly part of a row).
 */

export const volumeCasesPerYear = 81_000;
export const volumeYears = [2024, 2025] as const;
const earlierPerYear = 75_000;

const sourceWeights: Record<CaseSource, number> = {
  walkIn: 44,
  initiative: 22,
  court: 12,
  police: 8,
  petition: 4,
  hotline: 4,
  portal: 3,
  procuratorate: 1.5,
  module: 1.5,
};
const kindWeights: Record<DisputeKind, number> = {
  neighbour: 22,
  marriageFamily: 19,
  damages: 8,
  property: 8,
  housingHomestead: 7,
  contract: 7,
  labour: 6,
  traffic: 6,
  business: 3,
  medical: 2,
  forestLand: 1.5,
  landAcquisition: 1.5,
  other: 9,
};
/** Final states: success ≈ 96 % of the disputes mediated (succeeded / (succeeded + failed)). */
const stateWeights = { succeeded: 91, failed: 3.8, refused: 2.2, withdrawn: 1.5, declined: 1.5 } as const;
const referrerOf: Partial<Record<CaseSource, (district: string) => string>> = {
  court: (d) => `天津市${d}人民法院`,
  police: (d) => `天津市公安局${d}分局`,
  petition: (d) => `天津市${d}信访办公室`,
  procuratorate: (d) => `天津市${d}人民检察院`,
};

function weighted<K extends string>(rng: Rng, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  let r = rng.next() * entries.reduce((a, [, w]) => a + w, 0);
  for (const [k, w] of entries) if ((r -= w) < 0) return k;
  return entries[entries.length - 1]![0];
}

export interface Committee {
  orgId: string;
  regionCode: string;
  district: string;
  org: { name: string; shortName: string | null; code: string };
  weight: number;
  mediators: { id: string; name: string }[];
}

interface PoolParty {
  name: string;
  gender: string;
  idEnc: string;
  idIndex: string;
  phoneEnc: string;
  phoneIndex: string;
}
const pools = new Map<string, PoolParty[]>();
const poolSize = 800;
function partyOf(kernel: Kernel, rng: Rng, district: string): PoolParty {
  let pool = pools.get(district);
  if (!pool) pools.set(district, (pool = []));
  if (pool.length >= poolSize) return pool[rng.int(0, pool.length - 1)]!;
  const birth = `19${rng.int(50, 99)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  const seq = String(rng.int(100, 999));
  const first17 = `${district}${birth}${seq}`;
  const idNo = first17 + idNumberCheckChar(first17);
  const phone = `1${rng.pick(['3', '5', '8'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
  const p: PoolParty = {
    name: randomPersonName(rng).displayName,
    gender: Number(seq[2]) % 2 === 1 ? 'male' : 'female',
    idEnc: kernel.pii.encrypt(idNo),
    idIndex: kernel.pii.blindIndex('idNumber', idNo),
    phoneEnc: kernel.pii.encrypt(phone),
    phoneIndex: kernel.pii.blindIndex('phone', phone),
  };
  pool.push(p);
  return p;
}

export interface Sink {
  add(table: 'medCases', row: Insertable<MedCaseTable>): void;
  add(table: 'medParties', row: Insertable<MedPartyTable>): void;
  flushIfFull(): Promise<void>;
}

/** Streams the disputes of one year (with their two parties) into `sink`. */
export async function generateYear(
  kernel: Kernel,
  rng: Rng,
  sink: Sink,
  committees: Committee[],
  year: number,
  count: number,
  numbers: Map<string, number>,
) {
  const totalWeight = committees.reduce((a, c) => a + c.weight, 0);
  const start = Date.UTC(year, 0, 1);
  const days = year % 4 === 0 ? 366 : 365;
  const states: Record<string, number> = {};
  for (let n = 0; n < count; n++) {
    let r = rng.next() * totalWeight;
    let ci = 0;
    while (r >= committees[ci]!.weight && ci < committees.length - 1) r -= committees[ci++]!.weight;
    const c = committees[ci]!;
    const dayMs = start + rng.int(0, days - 1) * 86_400_000;
    const receivedOn = new Date(dayMs).toISOString().slice(0, 10) as LocalDate;
    const source = weighted(rng, sourceWeights);
    const kind = weighted(rng, kindWeights);
    const state = weighted(rng, stateWeights);
    states[state] = (states[state] ?? 0) + 1;
    const accepted = state !== 'declined';
    const acceptedOn = accepted ? addDays(receivedOn, rng.int(0, 2)) : null;
    const targetDays = kind === 'labour' ? 15 : 30;
    const quick = kind === 'neighbour' || kind === 'marriageFamily' || source === 'initiative';
    const closedOn = acceptedOn
      ? addDays(acceptedOn, state === 'refused' ? rng.int(1, 5) : quick ? rng.int(1, 12) : rng.int(3, targetDays + 6))
      : addDays(receivedOn, rng.int(1, 3));
    const mediator = accepted && state !== 'refused' && c.mediators.length ? rng.pick(c.mediators) : null;
    // Same-named committees share a sequence: their numbers (by abbreviation) stay unique.
    const key = `${c.org.shortName ?? c.org.name}:${year}`;
    const seq = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, seq);
    const id = ulidAt(dayMs + rng.int(0, 86_399_999), rng);
    const referrer = referrerOf[source]?.(c.district) ?? null;
    const amount = ['contract', 'damages', 'labour', 'traffic', 'business', 'medical'].includes(kind) ? rng.int(5, 2000) * 100 : null;
    const a = partyOf(kernel, rng, c.regionCode.slice(0, 6));
    const b = partyOf(kernel, rng, c.regionCode.slice(0, 6));
    const label = disputeKindLabels[kind].zh;
    sink.add('medCases', {
      id,
      caseNumber: kernel.caseNumbers.format('mediation', c.org, year, seq) ?? `${c.org.code}-${year}-${seq}`,
      orgId: c.orgId,
      regionCode: c.regionCode.slice(0, 6),
      state,
      source,
      kind,
      amountYuan: amount,
      title: `${a.name}与${b.name}${label}`,
      facts: `${a.name}与${b.name}因${label.replace(/纠纷$/, '')}问题发生纠纷，申请人民调解。`,
      referrerName: referrer,
      referrerId: null,
      externalRef: referrer ? `${year}-${String(seq).padStart(5, '0')}` : null,
      incidentRegionCode: c.regionCode,
      receivedOn,
      acceptedOn,
      mediatorId: mediator?.id ?? null,
      mediatorChosenByParties: rng.chance(0.05) ? 1 : 0,
      targetDays: accepted ? targetDays : null,
      targetDueOn: acceptedOn ? addDays(acceptedOn, targetDays) : null,
      closedOn,
      outcome: state === 'succeeded' ? (rng.chance(0.62) ? 'agreementWritten' : 'agreementOral') : state,
      closingReason:
        state === 'succeeded'
          ? null
          : state === 'declined'
            ? '不属于人民调解范围，告知向有关机关申请'
            : '告知通过仲裁、行政、司法等途径维护权利（人民调解法第二十六条）',
      riskLevel: rng.chance(0.04) ? 'medium' : 'none',
      riskReportedToPolice: 0,
      publicSession: 0,
      citizenId: null,
      linkedCaseId: null,
      createdBy: null,
      version: 1,
      createdAt: `${receivedOn}T01:30:00.000Z`,
      updatedAt: `${closedOn}T08:00:00.000Z`,
    });
    const consent = state === 'refused' ? 'refused' : state === 'declined' ? 'pending' : 'given';
    [a, b].forEach((p, position) =>
      sink.add('medParties', {
        id: ulidAt(dayMs + position, rng),
        caseId: id,
        role: position === 0 ? 'applicant' : 'respondent',
        name: p.name,
        kind: 'person',
        gender: p.gender,
        idNumberEnc: p.idEnc,
        idNumberIndex: p.idIndex,
        phoneEnc: p.phoneEnc,
        phoneIndex: p.phoneIndex,
        addressEnc: null,
        citizenId: null,
        consent: consent === 'refused' && position === 0 ? 'given' : consent,
        consentWay: consent === 'pending' ? null : 'written',
        consentAt: consent === 'pending' ? null : `${acceptedOn ?? receivedOn}T02:00:00.000Z`,
        consentRecordedBy: null,
        refusalReason: consent === 'refused' && position === 1 ? '不同意调解，要求直接起诉' : null,
        chosenMediatorId: null,
        position,
        createdAt: `${receivedOn}T01:30:00.000Z`,
      }),
    );
    await sink.flushIfFull();
  }
  return states;
}

/** The committees (village/community committees and the street committees at the 司法所) with two mediators each. */
export async function loadCommittees(kernel: Kernel, rng: Rng, now: string, write: (row: Insertable<MedMediatorTable>) => void) {
  const orgs = await kernel.db
    .selectFrom('organisations')
    .select(['id', 'name', 'shortName', 'code', 'type', 'regionCode'])
    .where('type', 'in', ['mediationCommittee', 'justiceOffice'])
    .where('active', '=', 1)
    .where('regionCode', 'like', `${kernel.config.cityCode.slice(0, 2)}%`)
    .orderBy('id')
    .execute();
  const districts = new Map(
    (await kernel.db.selectFrom('regions').select(['code', 'name']).where('level', '=', 2).execute()).map((r) => [r.code, r.name]),
  );
  const existing = await kernel.db.selectFrom('medMediators').select(['id', 'orgId', 'name']).where('status', '=', 'active').execute();
  const byOrg = new Map<string, { id: string; name: string }[]>();
  for (const m of existing) byOrg.set(m.orgId, [...(byOrg.get(m.orgId) ?? []), { id: m.id, name: m.name }]);
  return orgs.map((o): Committee => {
    let mediators = byOrg.get(o.id) ?? [];
    if (mediators.length < 2) {
      mediators = [...mediators];
      while (mediators.length < 2) {
        const m = { id: ulidAt(Date.parse('2023-01-01'), rng), name: randomPersonName(rng).displayName };
        write({
          id: m.id,
          orgId: o.id,
          userId: null,
          name: m.name,
          gender: rng.chance(0.45) ? 'female' : 'male',
          employment: o.type === 'justiceOffice' ? 'fullTime' : 'partTime',
          specialities: JSON.stringify([rng.pick(['neighbour', 'marriageFamily', 'property', 'contract'])]),
          phone: null,
          status: 'active',
          appointedOn: '2023-01-01',
          dismissedOn: null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        });
        mediators.push(m);
      }
    }
    return {
      orgId: o.id,
      regionCode: o.regionCode,
      district: (districts.get(o.regionCode.slice(0, 6)) ?? '').replace(/^天津市/, ''),
      org: { name: o.name, shortName: o.shortName, code: o.code },
      weight: o.type === 'justiceOffice' ? 8 : 1,
      mediators,
    };
  });
}

/** `npm run seed:volume` slice (bench/seed/seeders.ts). */
export const mediationVolumeSeeder: VolumeSeeder = {
  name: 'mediation',
  description: 'people’s mediation disputes (≈81,000 a year 2024–2025; MED_BENCH_CASES for the bench total) with their parties',
  async seed({ kernel, rng, now, writer, log }) {
    const mw = writer(['medMediators']);
    const committees = await loadCommittees(kernel, rng, now.toISOString(), (row) => mw.add('medMediators', row));
    await mw.flush();
    if (committees.length === 0) throw new Error('No mediation committees: run the orgTree and mediationCommittees seeders first');
    // A total below the two statistical years scales them down (a quick run); above, earlier years are added.
    const total = Number(process.env.MED_BENCH_CASES ?? 0) || volumeCasesPerYear * volumeYears.length;
    const perYear = Math.min(volumeCasesPerYear, Math.floor(total / volumeYears.length));
    const w = writer(['medCases', 'medParties'], 20_000);
    const numbers = new Map<string, number>();
    const extra = total - perYear * volumeYears.length;
    const earlierYears = extra > 0 ? Math.ceil(extra / earlierPerYear) : 0;
    for (let i = earlierYears; i > 0; i--) {
      const n = Math.min(earlierPerYear, extra - (earlierYears - i) * earlierPerYear);
      await generateYear(kernel, rng, w, committees, volumeYears[0] - i, n, numbers);
    }
    for (const year of volumeYears) {
      const states = await generateYear(kernel, rng, w, committees, year, perYear, numbers);
      log(`  mediation ${year}: ${perYear} disputes ${JSON.stringify(states)}`);
    }
    await w.flush();
    return {
      rows: { ...mw.result().rowsByTable, ...w.result().rowsByTable },
      notes: [`${total} disputes across ${committees.length} committees`],
    };
  },
};
