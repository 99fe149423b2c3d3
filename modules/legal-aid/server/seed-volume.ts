import { addDays, type LocalDate } from '@tianping/common/calendar/index';
import type { Kernel } from '@tianping/server/core/module';
import type { VolumeSeeder } from '../../../bench/seed/volume-seeder';
import type { MatterKind, NoticeSenderKind } from '../contract/enums';
import {
  personOf,
  subsidyOf,
  subsidyScheduleMap,
  ulid,
  volumeCentres,
  volumeTables,
  type Sink,
  type VolumeCentre,
} from './seed-volume-support';
import {
  applicationMatterWeights,
  between,
  districtShort,
  matterSummaries,
  noticeMatterWeights,
  noticeStageOf,
  pick,
  senderWeights,
  weighted,
  type Rng,
} from './seed-aid.plan';

/**
 * Legal aid volume for statistics and the bench (`npm run seed:volume`): ≈6,400 aided cases a year
 * for 2024 and 2025 (Tianjin 2024: 6,395) across the 16 district centres — about 45 % mandatory-defence
 * notices from courts, procuratorates and police (assigned within 0–3 days, 第三十六条), the rest
 * applications decided within the 7 days of 第四十三条 (≈ 97 % on time), assigned within 3 days
 * (≈ 98 %), closed 1–8 months later with the subsidy computed from the schedule and paid, and a
 * follow-up call for a third of the closed cases. Denials (≈ 5 %), withdrawals and terminations make
 * the rest. Duty-lawyer services for 2024–2025 come with the providers (seed-demo-providers.ts).
 * `AID_BENCH_CASES=100000` adds earlier years (≈ 6,000 a year) until the total is reached.
 *
 * Every case is closed or final and historical: no workflow instance, timer or todo item is written.
 */
export const volumeRecordsPerYear = 6_900;
export const volumeYears = [2024, 2025] as const;

const noticeShare = 0.45;
const applicationOutcomes = { closed: 90, denied: 5.5, withdrawn: 2, terminated: 1.5, transferred: 1 } as const;
const denialWeights = { notHardship: 55, outOfScope: 25, noProof: 12, hasCounsel: 5, other: 3 } as const;
const closureResults = ['judgment', 'judgment', 'mediation', 'settlement', 'arbitration', 'nonLitigation'] as const;

/** Streams one year's records into `sink`; returns the counts. */
export async function generateAidYear(
  kernel: Kernel,
  rng: Rng,
  sink: Sink,
  centres: VolumeCentre[],
  year: number,
  count: number,
  numbers: Map<string, number>,
  schedule: Map<string, { id: string; amountYuan: number }>,
): Promise<{ records: number; aided: number; notices: number }> {
  const weights = centres.map((c, i) => (c.regionCode.startsWith('120116') ? 16 : 4 + ((i * 7) % 6)));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const start = Date.UTC(year, 0, 1);
  let aided = 0;
  let notices = 0;
  for (let n = 0; n < count; n++) {
    let r = rng() * totalWeight;
    let ci = 0;
    while (r >= weights[ci]! && ci < centres.length - 1) r -= weights[ci++]!;
    const centre = centres[ci]!;
    const district = centre.regionCode.slice(0, 6);
    const day = Math.floor(rng() * 365);
    const receivedOn = new Date(start + day * 86_400_000).toISOString().slice(0, 10) as LocalDate;
    const receivedAt = `${addDays(receivedOn, -1)}T${String(between(rng, 0, 9)).padStart(2, '0')}:${String(between(rng, 10, 59))}:00.000Z`;
    const id = ulid(Date.parse(receivedAt), rng);
    const isNotice = rng() < noticeShare;
    const matter = (
      isNotice
        ? weighted(rng, noticeMatterWeights as Record<MatterKind, number>)
        : weighted(rng, applicationMatterWeights as Record<MatterKind, number>)
    ) as MatterKind;
    const outcome = isNotice ? (rng() < 0.01 ? 'terminated' : 'closed') : weighted(rng, applicationOutcomes);
    const key = `${centre.id}:${year}`;
    const seq = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, seq);
    const caseNumber = kernel.caseNumbers.format('legalAid', centre.org, year, seq) ?? `${districtShort(centre.name)}援〔${year}〕${seq}号`;
    const person = personOf(kernel, rng, district);
    const reviewDueOn = isNotice ? null : addDays(receivedOn, 7);
    // A notice is accepted on receipt (no review, 第三十六条), as notice-intake.service.ts records it.
    const decidedOn = isNotice
      ? receivedOn
      : outcome === 'withdrawn' || outcome === 'transferred'
        ? null
        : addDays(receivedOn, rng() < 0.97 ? between(rng, 1, 7) : between(rng, 8, 9));
    const grantedOn = isNotice ? receivedOn : decidedOn;
    const aidedCase = outcome === 'closed' || outcome === 'terminated';
    const assignDueOn = aidedCase ? addDays(grantedOn!, 3) : null;
    const assignedOn = aidedCase ? addDays(grantedOn!, rng() < 0.98 ? between(rng, 0, 3) : between(rng, 4, 5)) : null;
    const provider = aidedCase ? pick(rng, centre.providers) : null;
    const closedOn =
      outcome === 'closed' || outcome === 'terminated'
        ? addDays(assignedOn!, between(rng, 30, 240))
        : outcome === 'denied'
          ? decidedOn
          : addDays(receivedOn, between(rng, 1, 6));
    const state = outcome;
    const origin = isNotice ? 'notice' : pick(rng, ['walkIn', 'walkIn', 'walkIn', 'portal', 'portal', 'forwarded']);
    const createdAt = receivedAt;
    const updatedAt = `${closedOn}T08:00:00.000Z`;
    const exemption = isNotice ? 'none' : matter === 'wages' ? 'art42:migrantWorker' : rng() < 0.1 ? 'art42:socialAssistance' : 'none';
    const householdSize = isNotice ? null : between(rng, 1, 5);
    sink.add('aidCases', {
      id,
      caseNumber,
      orgId: centre.id,
      regionCode: district,
      origin,
      forwardedBy: origin === 'forwarded' ? `${districtShort(centre.name)}看守所` : null,
      forwarderKind: origin === 'forwarded' ? 'detentionFacility' : null,
      forwarderReceivedAt: origin === 'forwarded' ? `${addDays(receivedOn, -2)}T06:00:00.000Z` : null,
      forwardedAt: origin === 'forwarded' ? `${addDays(receivedOn, -2)}T20:00:00.000Z` : null,
      forwardedLate: 0,
      dutyServiceId: null,
      state,
      matterKind: matter,
      matterSummary: isNotice ? '人民法院、人民检察院、公安机关通知指派律师担任辩护人' : (matterSummaries[matter] ?? '法律援助事项'),
      litigation: 1,
      authorityName: isNotice ? null : `天津市${districtShort(centre.name)}区人民法院`.replace('新区区', '新区'),
      authorityRegionCode: district,
      eventRegionCode: district,
      exemption,
      exemptionProof: exemption === 'none' ? null : '证明材料已核验',
      householdSize,
      monthlyIncomeYuan: isNotice ? null : exemption === 'none' ? between(rng, 300, 1200) * householdSize! : between(rng, 0, 4000),
      hardshipCheck: isNotice || exemption.startsWith('art32') ? 'exempt' : rng() < 0.7 ? 'pledge' : 'sharedData',
      hardshipStandardId: null,
      eligibility: '{}',
      hardshipVerification: null,
      mayCarryLifeOrDeath: matter === 'noticeLifeOrDeath' || matter === 'noticeDeathReview' ? 1 : 0,
      urgent: !isNotice && rng() < 0.02 ? 1 : 0,
      urgentGround: null,
      urgentReason: null,
      paperworkCompletedOn: null,
      applicantName: person.name,
      citizenId: null,
      receivedOn,
      receivedAt,
      reviewDueOn,
      decidedOn,
      decidedBy: null,
      decisionReasonKind: outcome === 'denied' ? weighted(rng, denialWeights) : null,
      decisionReason: outcome === 'denied' ? '经审查，不符合法律援助条件（法律援助法第四十三条）' : null,
      assignDueOn,
      assigneeProviderId: provider?.id ?? null,
      assigneeUserId: provider?.userId ?? null,
      assignedOn,
      closedOn,
      transferredToCaseId: null,
      transferredFromCaseId: null,
      version: 1,
      createdAt,
      updatedAt,
    });
    sink.add('aidParties', {
      id: ulid(Date.parse(receivedAt), rng),
      caseId: id,
      role: isNotice ? 'recipient' : 'applicant',
      name: person.name,
      idNumberEnc: person.enc,
      idNumberIndex: person.index,
      phoneEnc: null,
      phoneIndex: null,
      addressEnc: null,
      note: null,
      createdAt,
    });
    if (isNotice) {
      notices++;
      const sender = weighted(rng, senderWeights) as NoticeSenderKind;
      const senderName =
        `天津市${districtShort(centre.name)}区${sender === 'court' ? '人民法院' : sender === 'procuratorate' ? '人民检察院' : '公安分局'}`.replace(
          '新区区',
          '新区',
        );
      sink.add('aidNotices', {
        id: ulid(Date.parse(receivedAt), rng),
        caseId: id,
        senderOrgId: null,
        senderName,
        senderKind: sender,
        senderTokenId: null,
        documentNo: `津${districtShort(centre.name)}${sender === 'court' ? '法' : sender === 'procuratorate' ? '检' : '公'}援通〔${year}〕${seq}号`,
        senderCaseNumber: null,
        stage: noticeStageOf(sender, matter),
        issuedOn: addDays(receivedOn, -between(rng, 0, 2)),
        receivedAt,
        contactName: null,
        contactPhone: null,
        repliedAt: assignedOn ? `${assignedOn}T07:00:00.000Z` : null,
        createdAt,
      });
    }
    if (provider && assignedOn) {
      aided++;
      sink.add('aidAssignments', {
        id: ulid(Date.parse(receivedAt), rng),
        caseId: id,
        providerId: provider.id,
        userId: provider.userId,
        proposal: '{}',
        proposedRank: 1,
        overrideReason: null,
        replacesAssignmentId: null,
        replacementReason: null,
        assignedOn,
        assignedAt: `${assignedOn}T03:00:00.000Z`,
        onTime: assignedOn <= assignDueOn! ? 1 : 0,
        assignedBy: 'volume-seed',
        endedOn: outcome === 'terminated' ? closedOn : null,
        endReason: outcome === 'terminated' ? 'terminated' : null,
        createdAt: `${assignedOn}T03:00:00.000Z`,
      });
    }
    if (outcome === 'closed' && provider && closedOn) {
      const { caseKind, stages } = subsidyOf(matter, isNotice);
      const lines = stages.map((stage) => {
        const e = schedule.get(`${caseKind}:${stage}`);
        return { stage, scheduleId: e?.id ?? 'example', amountYuan: e?.amountYuan ?? 1500 };
      });
      const total = lines.reduce((s, l) => s + l.amountYuan, 0);
      const at = `${closedOn}T08:00:00.000Z`;
      sink.add('aidClosures', {
        id: ulid(Date.parse(receivedAt), rng),
        caseId: id,
        closedOn,
        result: isNotice || matter === 'criminalDefence' ? 'judgment' : pick(rng, closureResults),
        stages: JSON.stringify(stages),
        summary: '案件办结，已提交结案报告及案卷材料（法律援助法第五十条）',
        documentAttachmentIds: '[]',
        reportedBy: provider.userId ?? 'volume-seed',
        createdAt: at,
      });
      const paidOn = addDays(closedOn, between(rng, 20, 75));
      sink.add('aidSubsidies', {
        id: ulid(Date.parse(receivedAt), rng),
        caseId: id,
        orgId: centre.id,
        providerId: provider.id,
        caseKind,
        computedOn: closedOn,
        lines: JSON.stringify(lines),
        totalYuan: total,
        status: 'paid',
        decidedOn: addDays(closedOn, between(rng, 5, 15)),
        decisionReason: null,
        decidedBy: 'volume-seed',
        paidOn,
        paymentReference: `ZF${paidOn.replace(/-/g, '')}${seq}`,
        version: 1,
        createdAt: at,
        updatedAt: `${paidOn}T08:00:00.000Z`,
      });
      if (rng() < 0.34) {
        const reached = rng() < 0.9;
        sink.add('aidFollowups', {
          id: ulid(Date.parse(receivedAt), rng),
          caseId: id,
          orgId: centre.id,
          channel: pick(rng, ['phone', 'phone', 'phone', 'visit', 'portal']),
          contactedOn: addDays(closedOn, between(rng, 3, 30)),
          reached: reached ? 1 : 0,
          satisfaction: reached ? Number(weighted(rng, { '5': 78, '4': 18, '3': 3, '2': 1 })) : null,
          comment: null,
          recordedBy: 'volume-seed',
          createdAt: at,
        });
      }
    }
    await sink.flushIfFull();
  }
  return { records: count, aided, notices };
}

/** `npm run seed:volume` slice (bench/seed/seeders.ts). */
export const legalAidVolumeSeeder: VolumeSeeder = {
  name: 'legalAid',
  description: 'legal aid cases (≈6,400 aided a year 2024–2025; AID_BENCH_CASES for the bench total), notices, assignments, subsidies',
  async seed({ kernel, rng: benchRng, writer, log }) {
    const rng: Rng = () => benchRng.next();
    const centres = await volumeCentres(kernel);
    if (centres.length === 0) throw new Error('No legal aid centre: run the orgTree seeder first');
    const schedule = await subsidyScheduleMap(kernel);
    const perYear = Number(process.env.AID_VOLUME_PER_YEAR ?? volumeRecordsPerYear);
    const total = Math.max(Number(process.env.AID_BENCH_CASES ?? 0), perYear * volumeYears.length);
    const w = writer(volumeTables, 20_000);
    const numbers = new Map<string, number>();
    let records = 0;
    let aided = 0;
    const extra = total - perYear * volumeYears.length;
    const earlierYears = extra > 0 ? Math.ceil(extra / 6_000) : 0;
    for (let i = earlierYears; i > 0; i--) {
      const out = await generateAidYear(
        kernel,
        rng,
        w,
        centres,
        volumeYears[0] - i,
        Math.min(6_000, extra - (earlierYears - i) * 6_000),
        numbers,
        schedule,
      );
      records += out.records;
      aided += out.aided;
    }
    for (const year of volumeYears) {
      const out = await generateAidYear(kernel, rng, w, centres, year, perYear, numbers, schedule);
      records += out.records;
      aided += out.aided;
      log(`  legal aid ${year}: ${out.records} records, ${out.aided} aided, ${out.notices} notices`);
    }
    await w.flush();
    return { rows: w.result().rowsByTable, notes: [`${records} legal aid records, ${aided} aided, ${centres.length} centres`] };
  },
};
