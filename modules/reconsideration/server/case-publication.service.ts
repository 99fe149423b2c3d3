import { maskPiiInText } from '@tianping/common/validation/pii-text';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { DbOrTrx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { notFound } from '@tianping/server/http/errors';
import type { DecisionView, PublishedDecision, PublishedQuery } from '../contract/decision';
import { decisionTypeLabels, type DecisionType } from '../contract/decision-enums';
import { actKindLabels, type ActKind } from '../contract/enums';
import type { CaseRow } from './case.repository';
import { issuerName } from './case-extension.service';
import { actDescription, operativeWording } from './decision-documents';
import { findPublication, insertPublication, listPublications, publishedDecisionIds, type PublicationRow } from './decision.repository';
import { actorIdentity } from './decision.policy';
import { auditDecision, decisionView, loadDecision, reconFail, today, type DecisionServices } from './decision-support';

/**
 * Publication of decisions (第七十九条): an explicit, audited step by the office once a decision is
 * issued. What is published is a snapshot with personal data masked — the applicant's name when a
 * person (`张某`, `张某某`), every resident ID number and mobile number in the text — so the public
 * endpoints never read the case itself.
 */

/** A person's name as published: the surname kept, the given name replaced (`张三` → `张某`, `张三丰` → `张某某`). */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '某';
  return chars[0] + '某'.repeat(Math.min(2, chars.length - 1));
}

/** Names of people in a case that must not appear in the published text. */
async function personNames(db: DbOrTrx, c: CaseRow): Promise<string[]> {
  const parties = await db.selectFrom('reconParties').select('name').where('caseId', '=', c.id).execute();
  // Parties carry no person/organisation kind: short names of Chinese characters are taken for persons.
  const persons = parties.map((p) => p.name.trim()).filter((n) => /^[\u4e00-\u9fff·]{2,5}$/u.test(n));
  return [...(c.applicantKind === 'person' ? [c.applicantName.trim()] : []), ...persons].filter(Boolean);
}

export function maskText(text: string, names: readonly string[]): string {
  // Longest first, so that `张三丰` is not left as `张某丰` by a shorter `张三`.
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  let out = text;
  for (const name of sorted) out = out.split(name).join(maskPersonName(name));
  return maskPiiInText(out);
}

export async function publishDecision(
  k: DecisionServices,
  ctx: RequestContext,
  actor: ScopedActor,
  caseId: string,
  draftId: string,
): Promise<DecisionView> {
  return k.db.transaction().execute(async (trx) => {
    const { c, d } = await loadDecision(trx, actor, caseId, draftId);
    if (d.status !== 'issued' || !d.issuedOn) throw reconFail('RECON_DECISION_NOT_ISSUED', 'status');
    if ((await publishedDecisionIds(trx, [d.id])).size > 0) throw reconFail('RECON_DECISION_ALREADY_PUBLISHED', 'status');
    const names = await personNames(trx, c);
    const type = d.decisionType as DecisionType;
    const row = {
      id: newId(),
      caseId: c.id,
      decisionId: d.id,
      orgId: c.orgId,
      caseNumber: c.caseNumber,
      issuer: await issuerName({ db: trx }, c.orgId),
      applicant: c.applicantKind === 'person' ? maskPersonName(c.applicantName) : c.applicantName,
      respondentName: c.respondentName,
      actKind: c.actKind,
      decisionType: type,
      withCompensation: d.withCompensation,
      requests: maskText(c.requests, names),
      reasoning: maskText(d.reasoning, names),
      operative: maskText(operativeWording(type, actDescription(c), d.withCompensation === 1, d.operativeDetails), names),
      issuedOn: d.issuedOn,
      publishedOn: today(k),
      publishedBy: actorIdentity(actor).id,
      createdAt: k.clock.now().toISOString(),
    };
    await insertPublication(trx, row);
    await auditDecision(k, trx, ctx, c, {
      action: 'publish',
      after: { decisionId: d.id, publicationId: row.id, publishedOn: row.publishedOn, applicant: row.applicant },
    });
    return decisionView(k, trx, actor, c);
  });
}

function presentSummary(p: PublicationRow) {
  const act = actKindLabels[p.actKind as ActKind] ?? actKindLabels.other;
  const type = decisionTypeLabels[p.decisionType as DecisionType];
  return {
    id: p.id,
    caseNumber: p.caseNumber,
    applicant: p.applicant,
    respondentName: p.respondentName,
    actKind: (p.actKind in actKindLabels ? p.actKind : 'other') as ActKind,
    actKindLabel: { zh: act.zh, en: act.en },
    decisionType: p.decisionType as DecisionType,
    decisionTypeLabel: { zh: type.zh, en: type.en },
    issuedOn: p.issuedOn,
    publishedOn: p.publishedOn,
  };
}

export async function listPublishedDecisions(k: Pick<DecisionServices, 'db'>, query: PublishedQuery) {
  const { items, total } = await listPublications(k.db, query.q || undefined, query);
  return { items: items.map(presentSummary), total, page: query.page, pageSize: query.pageSize };
}

export async function getPublishedDecision(k: Pick<DecisionServices, 'db'>, id: string): Promise<PublishedDecision> {
  const p = await findPublication(k.db, id);
  if (!p) throw notFound();
  return {
    ...presentSummary(p),
    issuer: p.issuer,
    article: decisionTypeLabels[p.decisionType as DecisionType].article ?? '',
    withCompensation: p.withCompensation === 1,
    requests: p.requests,
    reasoning: p.reasoning,
    operative: p.operative,
  };
}
