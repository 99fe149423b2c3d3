import type { CitizenActor, RequestContext } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { listTimers } from '@tianping/server/workflow/workflow.repository';
import { loadInstance } from '@tianping/server/workflow/workflow.service';
import { reconsiderationErrors } from '../contract/errors';
import type { CitizenCaseDetail, CitizenCaseItem } from '../contract/portal';
import { citizenAbilities } from './case.policy';
import { presentCorrection, stateLabel, timerExplanation, timerLabel } from './case.presenter';
import { findCaseOfCitizen, updateCase, type CaseRow } from './case.repository';
import { reconCaseWorkflow } from './case.workflow';
import { listCaseAttachments, listCaseServices, listCasesOfCitizen, listCorrections, orgNameOf } from './case-list.repository';

type Services = Pick<Kernel, 'db' | 'clock' | 'audit'>;

/** What each state means for the applicant, in plain words. */
const statusExplanations: Record<string, { zh: string; en: string }> = {
  received: {
    zh: '您的申请已收到，复议机关正在审查是否受理（五个工作日内作出决定）。',
    en: 'Your application has been received; the body is deciding within 5 working days whether to accept it.',
  },
  correcting: {
    zh: '申请材料需要补正，请按补正通知书列明的事项在期限内补正。',
    en: 'Your application needs correcting: supply the items listed in the notice before the deadline.',
  },
  accepted: { zh: '申请已受理，复议机关正在审理。', en: 'Your application was accepted and is being examined.' },
  suspended: { zh: '案件中止审理，中止原因消除后恢复。', en: 'The case is suspended until the cause is removed.' },
  deciding: { zh: '复议机关正在审批复议决定。', en: 'The decision is being approved.' },
  decided: { zh: '复议机关已作出复议决定，请查看送达的决定书。', en: 'The decision has been made; see the served decision.' },
  mediated: { zh: '案件经调解结案。', en: 'The case was settled by mediation.' },
  terminated: { zh: '行政复议终止。', en: 'The reconsideration was terminated.' },
  rejected: { zh: '复议机关决定不予受理，请查看不予受理决定书。', en: 'The application was not accepted; see the served decision.' },
  abandoned: { zh: '逾期未补正，视为放弃行政复议申请。', en: 'No correction was made in time: the application is deemed abandoned.' },
  dismissed: { zh: '行政复议申请已被驳回。', en: 'The application was dismissed.' },
  transferred: {
    zh: '本机关对该申请没有管辖权，已告知有管辖权的复议机关，请向其提出申请。',
    en: 'This body has no jurisdiction; apply to the body named in the notice.',
  },
};

/** The deadlines that concern the applicant, and what each means for them. */
const deadlineMeanings: Record<string, { zh: string; en: string }> = {
  review: {
    zh: '复议机关应在此日期前决定是否受理；逾期未作决定的，视为受理（行政复议法第三十条）。',
    en: 'The body must decide on acceptance by this day; otherwise the application is deemed accepted (Art. 30).',
  },
  correction: {
    zh: '请在此日期前提交补正材料；无正当理由逾期不补正的，视为放弃申请（行政复议法第三十一条）。',
    en: 'Submit the correction by this day; without good reason a late correction means the application is deemed abandoned (Art. 31).',
  },
  decision: {
    zh: '复议机关应在此日期前作出复议决定；情况复杂的，经批准可延长，最多三十日（行政复议法第六十二条）。',
    en: 'The decision is due by this day; it may be extended by at most 30 days with approval (Art. 62).',
  },
  decisionSimplified: {
    zh: '简易程序案件，复议机关应在此日期前作出复议决定（行政复议法第六十二条）。',
    en: 'Simplified procedure: the decision is due by this day (Art. 62).',
  },
};

function item(c: CaseRow, orgName: string): CitizenCaseItem {
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    respondentName: c.respondentName,
    orgName,
    state: c.state,
    status: stateLabel(c.state),
    receivedOn: c.receivedOn,
    closedOn: c.closedOn,
  };
}

export async function listOwnCases(k: Services, actor: CitizenActor) {
  return { items: (await listCasesOfCitizen(k.db, actor.citizenId)).map((c) => item(c, c.orgName)) };
}

export async function getOwnCase(k: Services, actor: CitizenActor, id: string): Promise<CitizenCaseDetail> {
  const c = await findCaseOfCitizen(k.db, actor.citizenId, id);
  if (!c) throw notFound();
  const inst = await loadInstance(k.db, reconCaseWorkflow, c.id);
  const [orgName, timers, corrections, attachments, services] = await Promise.all([
    orgNameOf(k.db, c.orgId),
    inst ? listTimers(k.db, inst.id) : Promise.resolve([]),
    listCorrections(k.db, c.id),
    listCaseAttachments(k.db, c.id),
    listCaseServices(k.db, c.id, actor.citizenId),
  ]);
  return {
    ...item(c, orgName),
    statusExplanation: statusExplanations[c.state] ?? stateLabel(c.state),
    actKind: c.actKind,
    actDocumentNo: c.actDocumentNo,
    requests: c.requests,
    deadlines: timers
      .filter((t) => t.status !== 'closed' && deadlineMeanings[t.key])
      .map((t) => ({
        key: t.key,
        label: timerLabel(t.key),
        dueDate: t.dueDate,
        status: t.status as 'open' | 'suspended',
        explanation: deadlineMeanings[t.key]!,
        lines: timerExplanation(t),
      })),
    corrections: corrections.map(presentCorrection).map((x) => ({
      id: x.id,
      items: x.items,
      noticeOn: x.noticeOn,
      dueOn: x.dueOn,
      status: x.status,
      correctedOn: x.correctedOn,
    })),
    documents: services.map((s) => ({
      serviceId: s.id,
      fileName: s.fileName,
      sentAt: s.sentAt,
      acknowledgedAt: s.acknowledgedAt,
      link: '/portal/inbox',
    })),
    uploads: attachments
      .filter((a) => a.createdByType === 'citizen')
      .map((a) => ({ id: a.id, fileName: a.fileName, createdAt: a.createdAt })),
    satisfaction: c.satisfaction,
    abilities: citizenAbilities(actor, c),
  };
}

/** 满意度评价 after the case is closed; once. */
export async function rateCase(
  k: Services,
  ctx: RequestContext,
  actor: CitizenActor,
  id: string,
  input: { score: number; comment?: string },
) {
  await k.db.transaction().execute(async (trx) => {
    const c = await findCaseOfCitizen(trx, actor.citizenId, id);
    if (!c) throw notFound();
    if (c.closedOn === null) throw fail(reconsiderationErrors, 'RECON_NOT_CLOSED');
    if (c.satisfaction !== null) throw fail(reconsiderationErrors, 'RECON_ALREADY_RATED');
    const patch = { satisfaction: input.score, satisfactionComment: input.comment ?? null, updatedAt: k.clock.now().toISOString() };
    if (!(await updateCase(trx, c.id, c.version, patch))) throw conflict();
    await k.audit.record(trx, ctx, {
      action: 'reconsideration.case.rate',
      entityType: 'reconCase',
      entityId: c.id,
      orgId: c.orgId,
      after: { satisfaction: input.score, satisfactionComment: input.comment ?? null },
    });
  });
  return getOwnCase(k, actor, id);
}
