import { z } from 'zod';
import { localDateAt, parseLocalDate } from '@tianping/common/calendar/index';
import type { Attachment } from '@tianping/common/contract/attachments';
import type { RequestContext, StaffActor } from '@tianping/server/access/actor';
import { discardFile, putFile, recordAttachment } from '@tianping/server/attachments/attachment.service';
import { presentAttachment } from '@tianping/server/attachments/attachment.presenter';
import { sanitiseFileName } from '@tianping/server/attachments/file-type';
import type { Kernel } from '@tianping/server/core/module';
import { latestDocumentVersion } from '@tianping/server/documents/document.repository';
import { renderDocx } from '@tianping/server/documents/docx-renderer';
import { toParagraphs, type OfficialDocument } from '@tianping/server/documents/official-document';
import type { DocumentTemplate } from '@tianping/server/documents/template.registry';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { serveDocument } from '@tianping/server/service/module';
import { hotlineErrors } from '../contract/errors';
import { lawRefsOf } from './article-query.service';
import { consultationEntityType, findConsultation } from './consultation-query.service';

/**
 * 法律咨询意见书 (consultation opinion letter), generated from the answer of an online consultation,
 * stored as the consultation's attachment (`hlConsultation`) and served to the citizen's portal inbox
 * through the core's electronic service. Each generation is a new version.
 */

const fields = z.object({
  issuer: z.string().min(1).max(60),
  recipient: z.string().min(1).max(100),
  number: z.string().min(1).max(60),
  submittedOn: z.iso.date(),
  question: z.string().min(1),
  answer: z.string().min(1),
  laws: z.array(z.string()),
  lawyer: z.string().min(1).max(100),
  date: z.iso.date(),
});
type LetterData = z.infer<typeof fields>;

export const opinionLetterTemplate: DocumentTemplate<LetterData> = {
  id: 'hotline.consultationOpinion',
  version: 1,
  title: { zh: '法律咨询意见书', en: 'Legal consultation opinion letter' },
  fields: fields as unknown as z.ZodType<LetterData>,
  render: (d): OfficialDocument => ({
    issuer: d.issuer,
    title: '法律咨询意见书',
    recipient: d.recipient,
    paragraphs: toParagraphs(
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
    ),
    signature: d.issuer,
    date: parseLocalDate(d.date),
    dateStyle: 'chineseNumerals',
  }),
};

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
  const doc = opinionLetterTemplate.render(
    fields.parse({
      issuer: who.orgName,
      recipient: citizen?.name ? `${citizen.name}` : '咨询人',
      number: c.number,
      submittedOn: localDateAt(new Date(c.submittedAt)),
      question: c.question,
      answer: c.answer,
      laws: refs.map((r) => r.citation),
      lawyer: who.displayName,
      date: localDateAt(k.clock.now()),
    }),
  );
  const stored = await putFile(k, await renderDocx(doc));
  try {
    return await k.db.transaction().execute(async (trx) => {
      const fresh = await findConsultation(trx, id);
      if (!fresh || fresh.version !== c.version) throw conflict({ field: 'version' });
      const key = { entityType: consultationEntityType, entityId: c.id, templateId: opinionLetterTemplate.id, format: 'docx' };
      const version = (await latestDocumentVersion(trx, key)) + 1;
      const row = await recordAttachment(
        k,
        trx,
        ctx,
        stored,
        {
          entityType: consultationEntityType,
          entityId: c.id,
          fileName: sanitiseFileName(`法律咨询意见书（${c.number}）-第${version}版.docx`, 'docx'),
          fileType: 'docx',
          document: { templateId: opinionLetterTemplate.id, templateVersion: opinionLetterTemplate.version, version },
        },
        who.orgId,
        'documents.document.generate',
      );
      await serveDocument(trx, k, ctx, { attachmentId: row.id, recipient: { citizenId: c.citizenId }, channel: 'portal', fallbackDays: 7 });
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
  } catch (err) {
    await discardFile(k, stored.storageKey);
    throw err;
  }
}
