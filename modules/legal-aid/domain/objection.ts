/**
 * 异议 (法律援助法 第四十九条): who may object to what, and when. Pure: the service passes the case's
 * state and the objections already filed on it.
 *
 * - Only a denial (不予法律援助) or a termination (终止法律援助) can be objected to.
 * - One objection at a time: while one is under review, another is refused.
 * - Once the bureau ordered the decision corrected (责令改正), the case was reopened: the decision no
 *   longer exists and an objection against it is refused — until the centre decides anew (a new denial or
 *   termination may be objected to again).
 * - Once the bureau upheld the decision (维持), the same decision cannot be objected to again: the further
 *   remedy is administrative reconsideration or litigation (第四十九条第二款).
 */

export type ObjectionTargetKind = 'denial' | 'termination';

export type ObjectionCheck =
  | { ok: true; against: ObjectionTargetKind }
  | {
      ok: false;
      code: 'AID_OBJECTION_PENDING' | 'AID_OBJECTION_ALREADY_CORRECTED' | 'AID_OBJECTION_ALREADY_UPHELD' | 'AID_OBJECTION_NOT_OBJECTABLE';
    };

/** `objections` in the order they were filed. */
export function checkObjection(caseState: string, objections: readonly { status: string }[]): ObjectionCheck {
  if (objections.some((o) => o.status === 'open')) return { ok: false, code: 'AID_OBJECTION_PENDING' };
  // The latest objection upheld the decision still in force (a corrected one reopened the case instead).
  if (objections.at(-1)?.status === 'upheld' && (caseState === 'denied' || caseState === 'terminated'))
    return { ok: false, code: 'AID_OBJECTION_ALREADY_UPHELD' };
  const against = caseState === 'denied' ? 'denial' : caseState === 'terminated' ? 'termination' : null;
  const corrected = objections.filter((o) => o.status === 'corrected');
  if (!against) return { ok: false, code: corrected.length > 0 ? 'AID_OBJECTION_ALREADY_CORRECTED' : 'AID_OBJECTION_NOT_OBJECTABLE' };
  return { ok: true, against };
}

/** After "order correction": a denied case is reviewed again, a terminated one resumes with its provider. */
export function reopeningTransition(against: ObjectionTargetKind): 'reopenReview' | 'reopenAssignment' {
  return against === 'denial' ? 'reopenReview' : 'reopenAssignment';
}
