import type { CaseState, MatterKind, NoticeSenderKind } from '../contract/enums';

/**
 * What the demo shows in every legal aid centre: applications and notices received over the last
 * ~2 months (relative to the real clock) in every state of the workflow, so each page, deadline
 * and statistic looks alive. `daysAgo` is the day of receipt counted back from today.
 */
export interface DemoAidPlan {
  /** The final state (the path to it is chosen by seed-demo-cases.ts). */
  state: CaseState;
  daysAgo: number;
  origin: 'portal' | 'walkIn' | 'forwarded' | 'notice';
  matter: MatterKind;
  sender?: NoticeSenderKind;
  /** The materials request was answered (back in review) — `received` only. */
  materialsAnswered?: boolean;
  /** Denied: an objection open / upheld; terminated: an objection ordered correction. */
  objection?: 'open' | 'upheld';
  /** Closed: the subsidy's status and whether a follow-up / a quality review exists. */
  subsidy?: 'pending' | 'approved' | 'paid';
  followup?: number;
  review?: boolean;
  urgent?: boolean;
  denial?: 'notHardship' | 'outOfScope' | 'noProof' | 'hasCounsel';
}

/** The full plan of the demo centre (河西); other centres get every `step`-th entry, shifted. */
export const demoAidPlans: readonly DemoAidPlan[] = [
  // Awaiting review (7 days, 第四十三条): fresh, due soon, one overdue, one back from correction.
  { state: 'received', daysAgo: 0, origin: 'portal', matter: 'wages' },
  { state: 'received', daysAgo: 1, origin: 'walkIn', matter: 'maintenance' },
  { state: 'received', daysAgo: 2, origin: 'forwarded', matter: 'criminalDefence' },
  { state: 'received', daysAgo: 4, origin: 'portal', matter: 'personalInjury' },
  { state: 'received', daysAgo: 6, origin: 'walkIn', matter: 'socialInsurance' },
  { state: 'received', daysAgo: 9, origin: 'portal', matter: 'wages', materialsAnswered: true },
  { state: 'received', daysAgo: 8, origin: 'walkIn', matter: 'criminalVictim' },
  // Awaiting missing materials (第四十三条第二款).
  { state: 'correcting', daysAgo: 3, origin: 'portal', matter: 'wages' },
  { state: 'correcting', daysAgo: 5, origin: 'walkIn', matter: 'pension' },
  // Awaiting assignment (3 days): applications granted and notices (第三十六条).
  { state: 'granted', daysAgo: 2, origin: 'walkIn', matter: 'wages' },
  { state: 'granted', daysAgo: 0, origin: 'notice', matter: 'noticeOrdinaryProcedure', sender: 'court' },
  { state: 'granted', daysAgo: 1, origin: 'notice', matter: 'noticeMinor', sender: 'procuratorate' },
  { state: 'granted', daysAgo: 3, origin: 'portal', matter: 'personalInjury', urgent: true },
  { state: 'granted', daysAgo: 2, origin: 'notice', matter: 'noticeLifeOrDeath', sender: 'court' },
  // In progress with the provider.
  { state: 'assigned', daysAgo: 6, origin: 'notice', matter: 'noticeOrdinaryProcedure', sender: 'court' },
  { state: 'assigned', daysAgo: 9, origin: 'portal', matter: 'wages' },
  { state: 'assigned', daysAgo: 12, origin: 'notice', matter: 'noticeDisabled', sender: 'police' },
  { state: 'assigned', daysAgo: 15, origin: 'walkIn', matter: 'maintenance' },
  { state: 'assigned', daysAgo: 20, origin: 'forwarded', matter: 'criminalDefence' },
  { state: 'assigned', daysAgo: 26, origin: 'notice', matter: 'noticeMinor', sender: 'procuratorate' },
  { state: 'assigned', daysAgo: 33, origin: 'portal', matter: 'socialInsurance' },
  { state: 'assigned', daysAgo: 41, origin: 'notice', matter: 'noticeOtherByLaw', sender: 'court' },
  // Closed (第五十条) with subsidies in every status, follow-ups and file reviews.
  { state: 'closed', daysAgo: 38, origin: 'notice', matter: 'noticeOrdinaryProcedure', sender: 'court', subsidy: 'pending', followup: 5 },
  { state: 'closed', daysAgo: 45, origin: 'portal', matter: 'wages', subsidy: 'approved', followup: 5, review: true },
  { state: 'closed', daysAgo: 50, origin: 'walkIn', matter: 'personalInjury', subsidy: 'paid', followup: 4, review: true },
  { state: 'closed', daysAgo: 55, origin: 'notice', matter: 'noticeMinor', sender: 'procuratorate', subsidy: 'paid', followup: 5 },
  { state: 'closed', daysAgo: 58, origin: 'walkIn', matter: 'wages', subsidy: 'paid', followup: 3, review: true },
  { state: 'closed', daysAgo: 60, origin: 'notice', matter: 'noticeOrdinaryProcedure', sender: 'court', subsidy: 'paid' },
  // Denied (with written reasons), one with an open objection, one upheld by the bureau (第四十九条).
  { state: 'denied', daysAgo: 10, origin: 'portal', matter: 'personalInjury', denial: 'notHardship', objection: 'open' },
  { state: 'denied', daysAgo: 24, origin: 'walkIn', matter: 'other', denial: 'outOfScope', objection: 'upheld' },
  { state: 'denied', daysAgo: 30, origin: 'portal', matter: 'maintenance', denial: 'noProof' },
  // Withdrawn: by the applicant, and deemed (materials not supplied in time).
  { state: 'withdrawn', daysAgo: 14, origin: 'portal', matter: 'wages' },
  { state: 'withdrawn', daysAgo: 35, origin: 'walkIn', matter: 'pension', materialsAnswered: false },
  // Terminated on a 第四十八条 ground; transferred to the competent centre (第三十八条).
  { state: 'terminated', daysAgo: 40, origin: 'walkIn', matter: 'personalInjury' },
  { state: 'transferred', daysAgo: 7, origin: 'portal', matter: 'wages' },
];
