import { z } from 'zod';
import { localDateAt } from '@tianping/common/calendar/index';
import type { Attachment } from '@tianping/common/contract/attachments';
import type { RequestContext, StaffActor } from '@tianping/server/access/actor';
import { presentAttachment } from '@tianping/server/attachments/attachment.presenter';
import type { Kernel } from '@tianping/server/core/module';
import { bodyTemplates } from '@tianping/server/documents/body-template';
import { recordDocument, serveElectronically, withRenderedDocument } from '@tianping/server/documents/issued-document';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { hotlineErrors } from '../contract/errors';
import { lawRefsOf } from './article-query.service';
import { consultationEntityType, findConsultation } from './consultation-query.service';

/**
 * 法律咨询意见书 (consultation opinion letter), generated from the answer of an online consultation,
 * stored as the consultation's attachment (`hlConsultation`) and served to the citizen's portal inbox
 * through the core's electronic service. Each generation is a new version.
 */

const base = z.object({ issuer: z.string().min(1).max(60), recipient: z.string().min(1).max(100), date: z.iso.date() });

export const opinionLetterTemplate = bodyTemplates(base)({
  id: 'hotline.consultationOpinion',
  version: 1,
  title: { zh: '法律咨询意见书', en: 'Legal consultation opinion letter' },
  fields: z.object({
    number: z.string().min(1).max(60),
    submittedOn: z.iso.date(),
    question: z.string().min(1),
    answer: z.string().min(1),
    laws: z.array(z.string()),
    lawyer: z.string().min(1).max(100),
  }),
  body: (d) =>
    [
      `您于${d.submittedOn}通过12348公共法律服务平台提交的在线法律咨询（编号${d.number}）已收悉。现根据您提供的情况，提出以下咨询意见：`,
      `一、咨询事项\n${d.question}`,
      `二、咨询意见\n${d.answer}`,
      d.laws.length ? `三、法律依据\n${d.laws.join('\n')}` : '',
      `${d.laws.length ? '四' : '三'}、说明\n本意见书系根据您单方陈述的情况作出的法律咨询意见，仅供参考，不具有法律强制力。如情况有变化或需进一步帮助，可拨打12348公共法律服务热线，或依法申请法律援助、人民调解。`,
      `解答人：${d.lawyer}`,
    ]
      .filter(Boolean)
      .join('\n'),
});

export function registerConsultationDocuments(kernel: Kernel) {
  kernel.documentTemplates.register(opinionLetterTemplate);
}

type Services = Pick<Kernel, 'db' | 'audit' | 'files' | 'documentTemplates' | 'attachmentOwners' | 'clock' | 'log' | 'pii' | 'config'>;

/** Renders the letter from the answer, stores it and serves it to the citizen's inbox (one transaction). */
export async function generateOpinionLetter(
  k: Services,
  ctx: RequestContext,
  actor: StaffActor,
  id: string,
): Promise<{ attachment: Attachment; served: boolean }> {
  const c = await findConsultation(k.db, id);
  if (!c) throw notFound();
  if (!c.answer || !c.answeredBy || !c.answeredAt) throw fail(hotlineErrors, 'HOTLINE_CONSULTATION_NOT_ANSWERED');
  const who = await k.db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.orgId')
    .select(['u.displayName', 'o.name as orgName', 'o.id as orgId'])
    .where('u.id', '=', c.answeredBy)
    .executeTakeFirstOrThrow();
  const citizen = await k.db.selectFrom('citizens').select('name').where('id', '=', c.citizenId).executeTakeFirst();
  const refs = await lawRefsOf(k.db, JSON.parse(c.lawArticleIds) as string[]);
  const data = {
    issuer: who.orgName,
    recipient: citizen?.name ? `${citizen.name}` : '咨询人',
    number: c.number,
    submittedOn: localDateAt(new Date(c.submittedAt)),
    question: c.question,
    answer: c.answer,
    laws: refs.map((r) => r.citation),
    lawyer: who.displayName,
    date: localDateAt(k.clock.now()),
  };
  return withRenderedDocument(k, opinionLetterTemplate, data, async (trx, doc) => {
    const fresh = await findConsultation(trx, id);
    if (!fresh || fresh.version !== c.version) throw conflict({ field: 'version' });
    const owner = { entityType: consultationEntityType, entityId: c.id, orgId: who.orgId, reference: c.number };
    const { attachment: row, version } = await recordDocument(trx, k, ctx, doc, owner);
    await serveElectronically(trx, k, ctx, row.id, { citizenId: c.citizenId });
    await trx
      .updateTable('hlConsultations')
      .set({ letterDocumentId: row.id, updatedAt: k.clock.now().toISOString(), version: c.version + 1 })
      .where('id', '=', c.id)
      .execute();
    await k.audit.record(trx, ctx, {
      action: 'hotline.consultation.opinionLetter',
      entityType: consultationEntityType,
      entityId: c.id,
      orgId: who.orgId,
      after: { attachmentId: row.id, version, actor: actor.userId },
    });
    return { attachment: presentAttachment(row), served: true };
  });
}
