import { addDays, type LocalDate } from '@tianping/common/calendar/index';
import type { Kernel } from '@tianping/server/core/module';
import type { Insertable } from 'kysely';
import type { VolumeSeeder } from '../../../bench/seed/volume-seeder';
import { correctiveDecisionTypes } from '../contract/decision-enums';
import { seedAgencies } from './seed-demo';
import type { DemoBody } from './seed-demo-cases';
import {
  agencyKinds,
  between,
  creditCode,
  districtShort,
  idNumber,
  personName,
  firmName,
  pick,
  requestTexts,
  weighted,
  type Rng,
} from './seed-demo.plan';
import type { ReconCaseTable, ReconLitigationTable } from './tables';

/**
 * Reconsideration volume for statistics and the bench (`npm run seed:volume`): ≈12,000 new
 * cases a year for 2024 and 2025 across the 16 districts and the city office, with kinds of act,
 * agencies, outcomes and timings tuned to Tianjin's published figures (substantive resolution
 * ≈ 91.8 %, correction ≈ 15 %, heads of agencies in court ≥ 90 %), and lawsuits linked to ≈ 8 %
 * of the concluded cases. `RECON_BENCH_CASES=200000` adds earlier years (2009 onwards, ≈ 11,000
 * a year) until the total is reached, so the 2024–2025 figures stay the same.
 *
 * Every case is closed and historical: no workflow instance, timer or todo item is written for
 * them (METRICS.md), and the timeliness assessment is left empty (`{}`).
 */

export const volumeCasesPerYear = 12_000;
export const volumeYears = [2024, 2025] as const;
/** Share of concluded cases later sued (1 − 91.78 %). */
export const suedShare = 0.0822;
const headAppearance = 0.93;

/** Outcomes of the volume: concluded shares chosen so that the correction rate is ≈ 15 %. */
const outcomeWeights = {
  rejected: 7,
  transferred: 1,
  abandoned: 2,
  decided: 64,
  mediated: 11,
  withdrawn: 12,
  terminated: 2,
  dismissed: 1,
} as const;
const decisionWeights = {
  uphold: 58,
  dismissRequest: 27,
  revoke: 5,
  revokeAndRedo: 3.5,
  confirmIllegal: 3,
  alter: 1.5,
  orderPerformance: 1.5,
  revokePartly: 0.7,
  confirmInvalid: 0.3,
} as const;
/** Districts differ in volume (滨海新区 and the central districts take most). */
const bodyWeight = (b: DemoBody, i: number) => (b.city ? 6 : b.regionCode === '120116' ? 14 : 4 + ((i * 7) % 5));

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function ulid(ms: number, rng: Rng): string {
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

interface Applicant {
  kind: 'person' | 'organisation';
  name: string;
  idEnc: string;
  idIndex: string;
}

/**
 * Applicants are drawn from a pool per district (encryption and the blind index are the costly
 * part of a row): some people and firms apply more than once, as in reality.
 */
const applicantPools = new Map<string, Applicant[]>();
const poolSize = 1500;
function applicantOf(kernel: Kernel, rng: Rng, regionCode: string): Applicant {
  let pool = applicantPools.get(regionCode);
  if (!pool) applicantPools.set(regionCode, (pool = []));
  if (pool.length < poolSize) {
    const organisation = rng() < 0.18;
    const idNo = organisation ? creditCode(rng, regionCode) : idNumber(rng, regionCode);
    const a: Applicant = {
      kind: organisation ? 'organisation' : 'person',
      name: organisation ? firmName(rng) : personName(rng),
      idEnc: kernel.pii.encrypt(idNo),
      idIndex: kernel.pii.blindIndex('idNumber', idNo),
    };
    pool.push(a);
    return a;
  }
  return pool[Math.floor(rng() * pool.length)]!;
}

interface Sink {
  add(table: 'reconCases', row: Insertable<ReconCaseTable>): void;
  add(table: 'reconLitigations', row: Insertable<ReconLitigationTable>): void;
  flushIfFull(): Promise<void>;
}

/** Streams the cases of one year (and their lawsuits) into `sink`; returns the counts. */
export async function generateYear(
  kernel: Kernel,
  rng: Rng,
  sink: Sink,
  bodies: DemoBody[],
  year: number,
  count: number,
  numbers: Map<string, number>,
  orgNames: Map<string, { name: string; shortName: string | null; code: string }>,
): Promise<{ cases: number; litigations: number }> {
  const weights = bodies.map(bodyWeight);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const start = Date.UTC(year, 0, 1);
  let litigations = 0;
  for (let n = 0; n < count; n++) {
    let r = rng() * totalWeight;
    let bi = 0;
    while (r >= weights[bi]! && bi < bodies.length - 1) r -= weights[bi++]!;
    const body = bodies[bi]!;
    const dayOfYear = Math.floor(rng() * 365);
    const receivedOn = new Date(start + dayOfYear * 86_400_000).toISOString().slice(0, 10) as LocalDate;
    const agency = pick(rng, body.agencies);
    const actKind = pick(rng, agencyKinds[agency.kind].acts);
    const outcome = weighted(rng, outcomeWeights);
    const simplified = rng() < 0.3;
    const accepted = !['rejected', 'transferred', 'abandoned'].includes(outcome);
    const acceptedOn = accepted ? addDays(receivedOn, between(rng, 1, 5)) : null;
    const handling = simplified ? between(rng, 8, 30) : between(rng, 18, 70);
    const closedOn = acceptedOn ? addDays(acceptedOn, handling) : addDays(receivedOn, between(rng, 2, 5));
    const decisionType = outcome === 'decided' ? weighted(rng, decisionWeights) : null;
    const applicant = applicantOf(kernel, rng, body.regionCode);
    const id = ulid(start + dayOfYear * 86_400_000 + Math.floor(rng() * 86_400_000), rng);
    let caseNumber: string | null = null;
    if (acceptedOn) {
      const key = `${body.orgId}:${acceptedOn.slice(0, 4)}`;
      const seq = (numbers.get(key) ?? 0) + 1;
      numbers.set(key, seq);
      caseNumber = kernel.caseNumbers.format('reconsideration', orgNames.get(body.orgId)!, Number(acceptedOn.slice(0, 4)), seq);
    }
    const state = outcome === 'withdrawn' ? 'terminated' : outcome;
    const [requests, facts] = requestTexts[actKind];
    const madeOn = addDays(receivedOn, -between(rng, 5, 55));
    const at = `${closedOn}T08:00:00.000Z`;
    sink.add('reconCases', {
      id,
      caseNumber,
      orgId: body.orgId,
      regionCode: body.regionCode.slice(0, 6),
      state,
      procedure: accepted ? (simplified ? 'simplified' : 'ordinary') : null,
      proposedProcedure: simplified ? 'simplified' : 'ordinary',
      channel: pick(rng, ['online', 'online', 'walkIn', 'post', 'oral']),
      applicantKind: applicant.kind,
      applicantName: applicant.name,
      applicantIdNumberEnc: applicant.idEnc,
      applicantIdNumberIndex: applicant.idIndex,
      applicantCitizenId: null,
      respondentOrgId: agency.id,
      respondentName: agency.name,
      actKind,
      actDocumentNo: `${body.districtName ? districtShort(body.districtName) : '津'}${agencyKinds[agency.kind].abbr}〔${madeOn.slice(0, 4)}〕${between(rng, 1, 3000)}号`,
      actMadeOn: madeOn,
      actLearnedOn: addDays(madeOn, between(rng, 0, 4)),
      rightsStated: 1,
      amountFen: actKind === 'penalty' ? between(rng, 2, 5000) * 10_000 : null,
      requests,
      factsAndReasons: facts,
      receivedOn,
      timeliness: '{}',
      acceptedOn,
      rejectionReason: outcome === 'rejected' ? '不符合行政复议受理条件（行政复议法第三十条第一款）' : null,
      decisionDueOn: acceptedOn ? addDays(acceptedOn, simplified ? 30 : 60) : null,
      closedOn,
      outcome,
      decisionType,
      handlerId: null,
      version: 1,
      createdAt: `${receivedOn}T02:00:00.000Z`,
      updatedAt: at,
    } as Insertable<ReconCaseTable>);
    // Lawsuits after conclusion: the applicant sues the agency, the reconsideration body co-defendant when it upheld.
    const concluded = ['decided', 'mediated', 'withdrawn', 'terminated', 'dismissed'].includes(outcome);
    const sued = concluded && outcome !== 'mediated' && rng() < suedShare / 0.87;
    if (sued) {
      litigations++;
      const served = addDays(closedOn, between(rng, 10, 25));
      const heard = addDays(served, between(rng, 30, 80));
      const appeared = rng() < headAppearance;
      const corrective = decisionType !== null && (correctiveDecisionTypes as readonly string[]).includes(decisionType);
      const result = pick(rng, [
        'won',
        'won',
        'won',
        'won',
        'won',
        'won',
        'withdrawn',
        'withdrawn',
        'lost',
        corrective ? 'lost' : 'won',
      ] as const);
      sink.add('reconLitigations', {
        id: ulid(Date.parse(`${served}T03:00:00Z`), rng),
        orgId: decisionType === 'uphold' ? body.orgId : agency.id,
        regionCode: body.regionCode.slice(0, 6),
        reconCaseId: id,
        court: body.districtName
          ? `天津市${districtShort(body.districtName)}区人民法院`.replace('新区区', '新区')
          : '天津市第一中级人民法院',
        courtCaseNumber: `（${served.slice(0, 4)}）津行初${id.slice(-6)}号`,
        plaintiff: '申请人',
        defendant: agency.name,
        coDefendant: decisionType === 'uphold' ? 1 : 0,
        cause: '不服行政复议决定',
        complaintServedOn: served,
        defenceDueOn: addDays(served, 15),
        defenceSubmittedOn: addDays(served, between(rng, 5, 14)),
        hearings: JSON.stringify([
          {
            on: heard,
            instance: 'first',
            headAppeared: appeared,
            appearedName: appeared ? '负责人' : '工作人员',
            absenceReason: appeared ? null : '因公务不能出庭，委托工作人员出庭',
          },
        ]),
        headAppeared: appeared ? 1 : 0,
        absenceReason: appeared ? null : '因公务不能出庭，委托工作人员出庭',
        firstInstanceOutcome: result === 'lost' ? 'revoked' : result === 'withdrawn' ? 'withdrawn' : 'claimDismissed',
        secondInstanceOutcome: null,
        result,
        closedOn: addDays(heard, between(rng, 10, 40)),
        version: 1,
        createdAt: `${served}T03:00:00.000Z`,
        updatedAt: `${served}T03:00:00.000Z`,
      });
    }
    await sink.flushIfFull();
  }
  return { cases: count, litigations };
}

/** `npm run seed:volume` slice (bench/seed/seeders.ts). */
export const reconsiderationVolumeSeeder: VolumeSeeder = {
  name: 'reconsideration',
  description: 'reconsideration cases (≈12,000 a year 2024–2025; RECON_BENCH_CASES for the bench total) and lawsuits',
  async seed({ kernel, rng: benchRng, writer, log }) {
    const rng: Rng = () => benchRng.next();
    const bodies = await kernel.db.transaction().execute((trx) => seedAgencies(trx, kernel));
    if (bodies.length === 0) throw new Error('No organisation tree: run the orgTree seeder first');
    const orgs = await kernel.db
      .selectFrom('organisations')
      .select(['id', 'name', 'shortName', 'code'])
      .where(
        'id',
        'in',
        bodies.map((b) => b.orgId),
      )
      .execute();
    const orgNames = new Map(orgs.map((o) => [o.id, o]));
    const total = Math.max(Number(process.env.RECON_BENCH_CASES ?? 0), volumeCasesPerYear * volumeYears.length);
    const w = writer(['reconCases', 'reconLitigations'], 20_000);
    const numbers = new Map<string, number>();
    let litigations = 0;
    let cases = 0;
    // Earlier years first (only when the bench total asks for more than the two statistical years).
    const extra = total - volumeCasesPerYear * volumeYears.length;
    const earlierYears = extra > 0 ? Math.ceil(extra / 11_000) : 0;
    for (let i = earlierYears; i > 0; i--) {
      const year = volumeYears[0] - i;
      const n = Math.min(11_000, extra - (earlierYears - i) * 11_000);
      const out = await generateYear(kernel, rng, w, bodies, year, n, numbers, orgNames);
      cases += out.cases;
      litigations += out.litigations;
    }
    for (const year of volumeYears) {
      const out = await generateYear(kernel, rng, w, bodies, year, volumeCasesPerYear, numbers, orgNames);
      cases += out.cases;
      litigations += out.litigations;
      log(`  reconsideration ${year}: ${out.cases} cases, ${out.litigations} lawsuits`);
    }
    await w.flush();
    const stats = w.result();
    return { rows: stats.rowsByTable, notes: [`${cases} cases, ${litigations} lawsuits, ${bodies.length} handling bodies`] };
  },
};
