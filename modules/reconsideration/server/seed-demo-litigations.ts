import { addDays, computeDeadline, deadlineInputFor, type LocalDate } from '@tianping/common/calendar/index';
import { getHolidayCalendar } from '@tianping/server/calendar/calendar.service';
import type { Kernel } from '@tianping/server/core/module';
import { newId, nowIso } from '@tianping/server/db/ids';
import type { ReconLitigationTable } from './tables';
import type { DemoBody } from './seed-demo-cases';
import { defencePeriodId } from './litigation.service';
import { pendingLitigationRow } from './litigation.repository';
import { between, districtShort, personName, pick, type Rng } from './seed-demo.plan';

const causes = ['行政处罚', '行政强制', '工伤认定', '政府信息公开', '行政许可', '不履行法定职责', '房屋征收补偿'];
const headNames = ['局长', '副局长', '区长', '副区长'];
const absenceReasons = ['因参加市委重要会议无法出庭，委托副职负责人出庭', '因公出差，委托分管负责人出庭'];

/** A decided demo case that a lawsuit may follow. */
export interface DecidedCase {
  id: string;
  orgId: string;
  respondentOrgId: string;
  respondentName: string;
  applicant: string;
  closedOn: string;
  regionCode: string;
}

/** About 40 lawsuits: co-defendant suits after recent decisions, and suits against agencies of the last months. */
export async function seedDemoLitigations(
  kernel: Kernel,
  rng: Rng,
  today: LocalDate,
  bodies: DemoBody[],
  decided: DecidedCase[],
): Promise<number> {
  const { calendar } = await getHolidayCalendar(kernel.db);
  const due = (served: LocalDate) => computeDeadline(deadlineInputFor(defencePeriodId, served), calendar).dueDate;
  const now = nowIso();
  const rows: ReconLitigationTable[] = [];
  const courtOf = (regionCode: string, name: string | null) =>
    name
      ? `天津市${districtShort(name)}区人民法院`.replace('新区区', '新区')
      : regionCode
        ? '天津市第一中级人民法院'
        : '天津市第二中级人民法院';
  const base = (
    o: Partial<ReconLitigationTable> & Pick<ReconLitigationTable, 'orgId' | 'regionCode' | 'complaintServedOn'>,
  ): ReconLitigationTable => ({
    ...pendingLitigationRow(
      {
        id: newId(),
        orgId: o.orgId,
        regionCode: o.regionCode,
        reconCaseId: null,
        court: '天津市第一中级人民法院',
        courtCaseNumber: `（${o.complaintServedOn.slice(0, 4)}）津01行初${between(rng, 1, 999)}号`,
        plaintiff: personName(rng),
        defendant: '',
        coDefendant: 0,
        cause: pick(rng, causes),
        complaintServedOn: o.complaintServedOn,
        defenceDueOn: due(o.complaintServedOn as LocalDate),
      },
      now,
    ),
    ...o,
  });
  // After a decision that upheld the act, the reconsideration body is co-defendant (行政诉讼法 第二十六条第二款).
  for (const c of decided.slice(0, 12)) {
    const served = addDays(c.closedOn as LocalDate, between(rng, 3, 12));
    if (served > today) continue;
    const body = bodies.find((b) => b.orgId === c.orgId);
    rows.push(
      base({
        orgId: c.orgId,
        regionCode: c.regionCode,
        reconCaseId: c.id,
        court: courtOf(c.regionCode, body?.districtName ?? null),
        plaintiff: c.applicant,
        defendant: `${c.respondentName}、${body?.districtName ? `天津市${body.districtName}人民政府` : '天津市人民政府'}`,
        coDefendant: 1,
        complaintServedOn: served,
        defenceSubmittedOn: addDays(served, between(rng, 5, 12)) <= today ? addDays(served, between(rng, 5, 12)) : null,
      }),
    );
  }
  const target = 40;
  for (let i = 0; rows.length < target && i < 200; i++) {
    const body = pick(rng, bodies);
    const agency = pick(rng, body.agencies);
    const served = addDays(today, -between(rng, 5, 240));
    const defenceOn = addDays(served, between(rng, 4, 14));
    const age = between(rng, 0, 1000) / 1000;
    const heard = addDays(served, between(rng, 30, 70));
    const hearings =
      heard < today
        ? [
            rng() < 0.93
              ? {
                  on: heard,
                  instance: 'first',
                  headAppeared: true,
                  appearedName: `${personName(rng)}（${pick(rng, headNames)}）`,
                  absenceReason: null,
                }
              : {
                  on: heard,
                  instance: 'first',
                  headAppeared: false,
                  appearedName: personName(rng),
                  absenceReason: pick(rng, absenceReasons),
                },
          ]
        : [];
    const closed = hearings.length > 0 && age < 0.7 ? addDays(heard, between(rng, 10, 40)) : null;
    const closedOn = closed && closed < today ? closed : null;
    const result = closedOn
      ? pick(rng, ['won', 'won', 'won', 'won', 'won', 'won', 'withdrawn', 'withdrawn', 'lost', 'mediated'] as const)
      : 'pending';
    rows.push(
      base({
        orgId: agency.id,
        regionCode: body.regionCode.slice(0, 6),
        court: courtOf(body.regionCode, body.districtName),
        defendant: agency.name,
        complaintServedOn: served,
        defenceSubmittedOn: defenceOn < today ? defenceOn : null,
        hearings: JSON.stringify(hearings),
        headAppeared: hearings.length ? (hearings[0]!.headAppeared ? 1 : 0) : null,
        absenceReason: hearings[0]?.absenceReason ?? null,
        firstInstanceOutcome: closedOn
          ? { won: 'claimDismissed', lost: 'revoked', withdrawn: 'withdrawn', mediated: 'mediated', pending: null }[result]
          : null,
        result,
        closedOn,
      }),
    );
  }
  if (rows.length) await kernel.db.insertInto('reconLitigations').values(rows).execute();
  return rows.length;
}
