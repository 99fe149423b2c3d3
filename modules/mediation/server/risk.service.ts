import type { z } from 'zod';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { notify } from '@tianping/server/notifications/notification.service';
import { insertTodo } from '@tianping/server/workflow/workflow.repository';
import { riskLevels } from '../contract/enums';
import type { assessRiskSchema, HandlingView } from '../contract/handling';
import type { CaseRow } from './case.repository';
import { auditCase, checkDate, createdBy, handlingView, loadCase, medFail, requireState, touchCase } from './handling-steps';
import { ancestorsOf, insertRisk, supervisingUsersAt } from './handling.repository';

/**
 * 人民调解法 第二十五条: a dispute that may escalate gets prevention measures; one that may become a
 * public-security or criminal case is reported to the police at once — the case is flagged, the
 * committee gets a todo item and the district supervisors an escalation notice.
 */

type AssessRiskInput = z.infer<typeof assessRiskSchema>;

/** The case's level only rises with a new assessment (a later, lower one is recorded but does not clear a high flag). */
const higher = (a: string, b: string) => (riskLevels.indexOf(a as never) >= riskLevels.indexOf(b as never) ? a : b);

/** The supervisors of the district (区司法局 staff with subtree scope) above the committee; else the parent's supervisors. */
async function districtSupervisors(trx: Trx, orgId: string): Promise<string[]> {
  const chain = await ancestorsOf(trx, orgId);
  const district = chain.find((o) => o.type === 'districtBureau');
  const ids = district ? await supervisingUsersAt(trx, district.id) : [];
  if (ids.length > 0) return ids;
  for (const o of chain.slice(1)) {
    const up = await supervisingUsersAt(trx, o.id);
    if (up.length > 0) return up;
  }
  return [];
}

async function reportToPolice(k: Kernel, trx: Trx, c: CaseRow, input: AssessRiskInput, riskId: string) {
  const now = k.clock.now();
  const url = `/workbench/mediation/cases/${c.id}`;
  await insertTodo(trx, {
    id: newId(),
    assigneeUserId: null,
    assigneeOrgId: c.orgId,
    instanceId: null,
    entityType: 'medCase',
    entityId: c.id,
    state: null,
    titleZh: `纠纷可能引发治安、刑事案件，已报告${input.policeUnit}，请跟进稳控：${c.caseNumber}`,
    titleEn: `Dispute may become a police or criminal case (reported to ${input.policeUnit}): follow up ${c.caseNumber}`,
    url,
    dueDate: input.assessedOn,
    status: 'open',
    createdAt: now.toISOString(),
    closedAt: null,
  });
  await notify(trx, now, await districtSupervisors(trx, c.orgId), {
    kind: 'mediation.riskEscalated',
    titleZh: `矛盾纠纷风险预警：${c.caseNumber}可能引发治安、刑事案件，已报告${input.policeUnit}`,
    titleEn: `Dispute risk alert: ${c.caseNumber} may become a police or criminal case; reported to ${input.policeUnit}`,
    body: `人民调解法第二十五条。风险等级：${input.level}；预防措施：${input.measures}`,
    link: url,
    dedupeKey: `mediation:risk:${riskId}`,
  });
}

export async function assessRisk(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: AssessRiskInput,
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['received', 'accepted', 'mediating']);
  checkDate(k, input.assessedOn, 'assessedOn', c.receivedOn);
  const police = input.kind === 'publicSecurity';
  if (police && !input.policeUnit) throw medFail('MED_POLICE_UNIT_REQUIRED', 'policeUnit');
  const riskId = newId();
  const level = police ? 'high' : input.level;
  const row = await k.db.transaction().execute(async (trx) => {
    await insertRisk(trx, {
      id: riskId,
      caseId: c.id,
      assessedOn: input.assessedOn,
      level,
      kind: input.kind,
      description: input.description,
      measures: input.measures,
      reportedToPolice: police ? 1 : 0,
      policeUnit: police ? (input.policeUnit ?? null) : null,
      reportedOn: police ? input.assessedOn : null,
      createdBy: createdBy(actor),
      createdAt: k.clock.now().toISOString(),
    });
    if (police) await reportToPolice(k, trx, c, input, riskId);
    await auditCase(k, trx, ctx, c, police ? 'mediation.risk.reportToPolice' : 'mediation.risk.assess', {
      riskId,
      level,
      kind: input.kind,
      measures: input.measures,
      policeUnit: police ? input.policeUnit : null,
    });
    return touchCase(k, trx, c, { riskLevel: higher(c.riskLevel, level), ...(police ? { riskReportedToPolice: 1 as const } : {}) });
  });
  return handlingView(k, actor, row);
}
