import type { ScopedActor } from '@tianping/server/access/actor';
import {
  furtherRemedyLabel,
  objectionStatusLabels,
  objectionTargetLabels,
  type CitizenObjectionView,
  type ObjectionStatus,
  type ObjectionTarget,
  type ObjectionView,
} from '../contract/objection';
import type { ObjectionRow } from './objection.repository';

export interface DueExplanation {
  zh: string[];
  en: string[];
}

export function presentObjection(row: ObjectionRow, actor: ScopedActor, today: string, explanation: DueExplanation): ObjectionView {
  const status = row.status as ObjectionStatus;
  const against = row.against as ObjectionTarget;
  return {
    id: row.id,
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    orgId: row.orgId,
    against,
    againstLabel: objectionTargetLabels[against],
    contestedOn: row.contestedOn,
    source: row.source as 'portal' | 'staff',
    reason: row.reason,
    receivedOn: row.receivedOn,
    dueOn: row.dueOn,
    dueExplanation: explanation,
    overdue: status === 'open' && today > row.dueOn,
    status,
    statusLabel: objectionStatusLabels[status],
    decidedOn: row.decidedOn,
    decisionReason: row.decisionReason,
    documentAttachmentId: row.documentAttachmentId,
    furtherRemedy: status === 'upheld' ? furtherRemedyLabel : null,
    version: row.version,
    abilities: { canDecide: status === 'open' && actor.permissions.has('legalAid.objection.decide') },
  };
}

export function presentCitizenObjection(row: ObjectionRow): CitizenObjectionView {
  const status = row.status as ObjectionStatus;
  const against = row.against as ObjectionTarget;
  return {
    id: row.id,
    caseId: row.caseId,
    against,
    againstLabel: objectionTargetLabels[against],
    receivedOn: row.receivedOn,
    dueOn: row.dueOn,
    status,
    statusLabel: objectionStatusLabels[status],
    decidedOn: row.decidedOn,
    furtherRemedy: status === 'upheld' ? furtherRemedyLabel : null,
  };
}
