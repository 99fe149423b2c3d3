import type { CitizenActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { notFound } from '@tianping/server/http/errors';
import { caseworkLegalBasis, closureResultLabels, type CitizenCaseworkView, type ClosureResult } from '../contract/casework';
import { terminationGroundLabels, type CaseState, type TerminationGround } from '../contract/enums';
import { furtherRemedyLabel } from '../contract/objection';
import { checkObjection } from '../domain/objection';
import { findCaseOfCitizen } from './case.repository';
import { loadCaseworkRows } from './casework.repository';
import { objectionsOfCase } from './objection.repository';
import { portalRatingOf } from './quality.repository';

/**
 * The applicant's view of the aided case in the portal (法律援助法 第四十九条、第五十五条): hearings, the
 * end of the case, their replacement requests, complaints and rating, with the abilities the portal shows
 * buttons from — never the provider's internal notes.
 */
export async function getCitizenCasework(k: Kernel, citizen: CitizenActor, id: string): Promise<CitizenCaseworkView> {
  const c = await findCaseOfCitizen(k.db, citizen.citizenId, id);
  if (!c) throw notFound();
  const [rows, objections, rated] = await Promise.all([
    loadCaseworkRows(k.db, c.id),
    objectionsOfCase(k.db, c.id),
    portalRatingOf(k.db, c.id),
  ]);
  const rating = rated?.satisfaction ?? null;
  const termination = rows.terminations.filter((t) => t.status === 'terminated').at(-1);
  const finished = c.state === 'closed' || c.state === 'terminated';
  return {
    caseId: c.id,
    state: c.state as CaseState,
    hearings: rows.progress
      .filter((p) => p.kind === 'hearing')
      .map((p) => ({ occurredOn: p.occurredOn, time: p.time, place: p.place, title: p.title }))
      .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn)),
    closure: rows.closure
      ? {
          closedOn: rows.closure.closedOn,
          result: rows.closure.result as ClosureResult,
          resultLabel: closureResultLabels[rows.closure.result as ClosureResult],
        }
      : null,
    termination: termination
      ? { decidedOn: termination.decidedOn, groundLabel: terminationGroundLabels[termination.ground as TerminationGround] }
      : null,
    replacements: rows.replacements.map((r) => ({ requestedOn: r.requestedOn, status: r.status as 'pending' | 'approved' | 'rejected' })),
    complaints: rows.complaints.map((r) => ({ receivedOn: r.receivedOn, status: r.status as 'open' | 'handled', result: r.result })),
    rating,
    legalBasis: [...caseworkLegalBasis, furtherRemedyLabel],
    abilities: {
      canObject: checkObjection(c.state, objections).ok,
      canRequestReplacement: c.state === 'assigned' && !rows.replacements.some((r) => r.status === 'pending'),
      canComplain: ['granted', 'assigned', 'closed', 'terminated', 'denied'].includes(c.state),
      canRate: finished && rating === null,
    },
  };
}
