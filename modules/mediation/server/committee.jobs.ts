import { addDays } from '@tianping/common/calendar/index';
import type { Kernel } from '@tianping/server/core/module';
import type { JobHandler, JobSchedule } from '@tianping/server/jobs/job.types';
import { notify } from '@tianping/server/notifications/notification.service';
import { activeStaffOf } from '@tianping/server/workflow/escalation.repository';
import { todayOf } from '@tianping/server/workflow/workflow-timers.service';
import { TERM_WARNING_DAYS } from '../contract/organisation';

/**
 * 人民调解法 第九条第二款: committee members serve three-year terms (re-election allowed). About
 * TERM_WARNING_DAYS (60, a local rule) before a term ends, the committee's supervising justice office
 * (or, when none is recorded, the committee itself) is told once per committee and term-end day, so
 * the election (第九条第一款) can be organised and the court informed of the change (第十条).
 */
export const TERM_WARNING_JOB = 'mediation.committeeTermWarning';
const DAY_MS = 86_400_000;

export async function warnEndingTerms(k: Pick<Kernel, 'db' | 'clock'>): Promise<number> {
  const today = todayOf(k);
  const due = await k.db
    .selectFrom('medCommitteeMembers')
    .innerJoin('medCommittees', 'medCommittees.orgId', 'medCommitteeMembers.committeeOrgId')
    .innerJoin('organisations', 'organisations.id', 'medCommittees.orgId')
    .select([
      'medCommitteeMembers.id',
      'medCommitteeMembers.name',
      'medCommitteeMembers.termEndOn',
      'medCommittees.orgId',
      'medCommittees.supervisingOrgId',
      'organisations.name as committeeName',
    ])
    .where('medCommitteeMembers.termWarnedOn', 'is', null)
    .where('medCommitteeMembers.termEndOn', '<=', addDays(today, TERM_WARNING_DAYS))
    .where('medCommitteeMembers.termEndOn', '>=', today)
    .orderBy('medCommittees.orgId')
    .orderBy('medCommitteeMembers.termEndOn')
    .execute();
  const groups = new Map<string, typeof due>();
  for (const m of due) {
    const key = `${m.orgId}:${m.termEndOn}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  let notified = 0;
  for (const members of groups.values()) {
    const first = members[0]!;
    await k.db.transaction().execute(async (trx) => {
      const target = first.supervisingOrgId ?? first.orgId;
      const users = await activeStaffOf(trx, target);
      const names = members.map((m) => m.name).join('、');
      await notify(trx, k.clock.now(), users, {
        kind: 'mediation.committeeTermEnding',
        titleZh: `${first.committeeName}委员${names}的任期将于${first.termEndOn}届满，请组织推选（人民调解法第九条），并将人员调整情况通报基层人民法院（第十条）`,
        titleEn: `${first.committeeName}: the term of ${names} ends on ${first.termEndOn}; organise the election (Art. 9) and inform the court (Art. 10)`,
        link: `/workbench/mediation/committees/${first.orgId}`,
        dedupeKey: `mediation:committee:${first.orgId}:term:${first.termEndOn}`,
      });
      await trx
        .updateTable('medCommitteeMembers')
        .set({ termWarnedOn: today })
        .where(
          'id',
          'in',
          members.map((m) => m.id),
        )
        .execute();
    });
    notified++;
  }
  return notified;
}

export const committeeTermWarningJob: JobHandler = {
  kind: TERM_WARNING_JOB,
  async run(kernel) {
    await warnEndingTerms(kernel);
  },
};

/** Daily at 00:00 UTC (08:00 Beijing) and once when a process starts. */
export const committeeTermWarningSchedule: JobSchedule = { kind: TERM_WARNING_JOB, everyMs: DAY_MS, onStart: true };
