import { fail } from '@tianping/server/http/errors';
import { reconsiderationErrors } from '../contract/errors';
import type { StoredHearing } from './litigation.presenter';

/**
 * Whether the head of the defendant body appeared in court (行政诉讼法 第三条第三款): yes when they
 * appeared at least once; no (with the first reason given) when there were hearings and they never did;
 * null while no hearing was held.
 */
export function headAppearanceOf(hearings: readonly StoredHearing[]): { headAppeared: 0 | 1 | null; absenceReason: string | null } {
  if (hearings.length === 0) return { headAppeared: null, absenceReason: null };
  if (hearings.some((h) => h.headAppeared)) return { headAppeared: 1, absenceReason: null };
  return { headAppeared: 0, absenceReason: hearings.find((h) => h.absenceReason)?.absenceReason ?? null };
}

interface UpdateCheck {
  complaintServedOn: string;
  today: string;
  hearings: readonly StoredHearing[] | undefined;
  defenceSubmittedOn: string | null;
  firstInstanceOutcome: string | null;
  secondInstanceOutcome: string | null;
  result: string;
  closedOn: string | null;
}

function checkDate(value: string | null, field: string, c: UpdateCheck): void {
  if (value !== null && (value < c.complaintServedOn || value > c.today)) {
    throw fail(reconsiderationErrors, 'RECON_LITIGATION_DATE_ORDER', { field });
  }
}

/** The rules of an update; throws the first violation with its field. */
export function checkLitigationUpdate(c: UpdateCheck): void {
  checkDate(c.defenceSubmittedOn, 'defenceSubmittedOn', c);
  (c.hearings ?? []).forEach((h, i) => {
    // A hearing may be scheduled ahead; it cannot precede service of the complaint.
    if (h.on < c.complaintServedOn) throw fail(reconsiderationErrors, 'RECON_LITIGATION_DATE_ORDER', { field: `hearings.${i}.on` });
    if (h.headAppeared && !h.appearedName) {
      throw fail(reconsiderationErrors, 'RECON_LITIGATION_APPEARED_NAME_REQUIRED', { field: `hearings.${i}.appearedName` });
    }
    if (!h.headAppeared && !h.absenceReason) {
      throw fail(reconsiderationErrors, 'RECON_LITIGATION_ABSENCE_REASON_REQUIRED', { field: `hearings.${i}.absenceReason` });
    }
  });
  checkDate(c.closedOn, 'closedOn', c);
  if (c.secondInstanceOutcome && !c.firstInstanceOutcome) {
    throw fail(reconsiderationErrors, 'RECON_LITIGATION_RESULT_INCONSISTENT', { field: 'secondInstanceOutcome' });
  }
  if ((c.result === 'pending') !== (c.closedOn === null)) {
    throw fail(reconsiderationErrors, 'RECON_LITIGATION_RESULT_INCONSISTENT', { field: c.result === 'pending' ? 'result' : 'closedOn' });
  }
}
