import { z } from 'zod';
import { formatChineseDate, parseLocalDate } from '@tianping/common/calendar/index';
import type { RequestContext } from '@tianping/server/access/actor';
import { discardFile, putFile, recordAttachment } from '@tianping/server/attachments/attachment.service';
import { sanitiseFileName } from '@tianping/server/attachments/file-type';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { latestDocumentVersion } from '@tianping/server/documents/document.repository';
import { renderDocx } from '@tianping/server/documents/docx-renderer';
import { toParagraphs, type OfficialDocument } from '@tianping/server/documents/official-document';
import type { DocumentTemplate } from '@tianping/server/documents/template.registry';
import { serveDocument } from '@tianping/server/service/module';
import type { CaseRow } from './case.repository';

/**
 * Documents of the aided case (AC): 终止法律援助决定书 (第四十八条, naming the objection right of
 * 第四十九条) and the justice bureau's decisions on an objection (第四十九条第二款: 维持 naming
 * reconsideration or litigation, 第四十九条第三款; 责令改正). Rendered to DOCX before the transaction,
 * stored as the case's attachment (`aidCase`) and served to the applicant electronically.
 */

const entityType = 'aidCase';
const base = z.object({
  issuer: z.string().min(1).max(60),
  recipient: z.string().max(100),
  date: z.iso.date(),
  caseNumber: z.string().min(1).max(60),
});
type Base = z.infer<typeof base>;
const docDate = (d: string) => formatChineseDate(parseLocalDate(d));

function template<S extends z.ZodObject>(def: {
  id: string;
  title: { zh: string; en: string };
  fields: S;
  body(d: z.infer<S> & Base): string;
}): DocumentTemplate<z.infer<S> & Base> {
  const fields = base.extend(def.fields.shape);
  return {
    id: def.id,
    version: 1,
    title: def.title,
    fields: fields as unknown as z.ZodType<z.infer<S> & Base>,
    render: (d): OfficialDocument => ({
      issuer: d.issuer,
      title: def.title.zh,
      recipient: d.recipient,
      paragraphs: toParagraphs(def.body(d)),
      signature: d.issuer,
      date: parseLocalDate(d.date),
      dateStyle: 'chineseNumerals',
    }),
  };
}

export const terminationDecisionTemplate = template({
  id: 'legalAid.terminationDecision',
  title: { zh: '终止法律援助决定书', en: 'Decision to terminate legal aid' },
  fields: z.object({ ground: z.string().min(1), article: z.string().min(1), reason: z.string().min(1), bureau: z.string().min(1) }),
  body: (d) => `${d.recipient}：
本机构给予你的法律援助（${d.caseNumber}），因${d.ground}（${d.reason}），根据《中华人民共和国法律援助法》${d.article.replace(/^法律援助法 /, '')}的规定，本机构决定自${docDate(d.date)}起终止法律援助。
如对本决定有异议，根据《中华人民共和国法律援助法》第四十九条第一款的规定，你可以向${d.bureau}提出异议，${d.bureau}将自收到异议之日起五日内进行审查并作出决定。也可以通过天平门户网站在线提出异议。`,
});

export const objectionUpheldTemplate = template({
  id: 'legalAid.objectionUpheld',
  title: { zh: '法律援助异议审查决定书（维持）', en: 'Decision on an objection: upheld' },
  fields: z.object({ centre: z.string().min(1), against: z.string().min(1), receivedOn: z.iso.date(), reason: z.string().min(1) }),
  body: (d) => `${d.recipient}：
你于${docDate(d.receivedOn)}对${d.centre}作出的${d.against}（${d.caseNumber}）提出异议。本机关根据《中华人民共和国法律援助法》第四十九条第二款的规定进行了审查，认为：${d.reason}
本机关决定：维持${d.centre}作出的${d.against}。
如不服本决定，根据《中华人民共和国法律援助法》第四十九条第三款的规定，你可以自收到本决定书之日起六十日内依法申请行政复议，或者自收到本决定书之日起六个月内依法提起行政诉讼。`,
});

export const objectionCorrectionTemplate = template({
  id: 'legalAid.objectionCorrection',
  title: { zh: '法律援助异议审查决定书（责令改正）', en: 'Decision on an objection: correction ordered' },
  fields: z.object({
    centre: z.string().min(1),
    against: z.string().min(1),
    receivedOn: z.iso.date(),
    reason: z.string().min(1),
    remedy: z.string().min(1),
  }),
  body: (d) => `${d.recipient}：
你于${docDate(d.receivedOn)}对${d.centre}作出的${d.against}（${d.caseNumber}）提出异议。本机关根据《中华人民共和国法律援助法》第四十九条第二款的规定进行了审查，认为：${d.reason}
本机关决定：责令${d.centre}改正，${d.remedy}`,
});

export function registerCaseworkDocuments(kernel: Kernel) {
  kernel.documentTemplates.register(terminationDecisionTemplate);
  kernel.documentTemplates.register(objectionUpheldTemplate);
  kernel.documentTemplates.register(objectionCorrectionTemplate);
}

type Services = Pick<Kernel, 'db' | 'audit' | 'files' | 'documentTemplates' | 'attachmentOwners' | 'clock' | 'log' | 'pii' | 'config'>;
type Stored = Awaited<ReturnType<typeof putFile>>;
export interface RenderedDocument {
  templateId: string;
  templateVersion: number;
  title: string;
  stored: Stored;
}

/**
 * Renders before the transaction, then runs `work` in one transaction with a `record` function that
 * stores the document for the case and serves it to the applicant (portal account, else SMS link to the
 * applicant's mobile); the file is discarded when anything fails.
 */
export async function withCaseworkDocument<T>(
  k: Services,
  ctx: RequestContext,
  templateId: string,
  data: unknown,
  work: (trx: Trx, record: (c: CaseRow) => Promise<string>) => Promise<T>,
): Promise<T> {
  let rendered: RenderedDocument | undefined;
  try {
    const t = k.documentTemplates.get(templateId);
    if (!t) throw new Error(`Document template ${templateId} is not registered`);
    const doc = t.render(t.fields.parse(data));
    rendered = { templateId, templateVersion: t.version, title: doc.title, stored: await putFile(k, await renderDocx(doc)) };
    const r = rendered;
    return await k.db.transaction().execute((trx) => work(trx, (c) => recordAndServe(trx, k, ctx, c, r)));
  } catch (err) {
    if (rendered) await discardFile(k, rendered.stored.storageKey);
    throw err;
  }
}

async function recordAndServe(trx: Trx, k: Services, ctx: RequestContext, c: CaseRow, r: RenderedDocument): Promise<string> {
  const key = { entityType, entityId: c.id, templateId: r.templateId, format: 'docx' };
  const version = (await latestDocumentVersion(trx, key)) + 1;
  const attachment = await recordAttachment(
    k,
    trx,
    ctx,
    r.stored,
    {
      entityType,
      entityId: c.id,
      fileName: sanitiseFileName(`${r.title}（${c.caseNumber}）-第${version}版.docx`, 'docx'),
      fileType: 'docx',
      document: { templateId: r.templateId, templateVersion: r.templateVersion, version },
    },
    c.orgId,
    'documents.document.generate',
  );
  if (c.citizenId) {
    await serveDocument(trx, k, ctx, {
      attachmentId: attachment.id,
      recipient: { citizenId: c.citizenId },
      channel: 'portal',
      fallbackDays: 7,
    });
  } else {
    const party = await trx
      .selectFrom('aidParties')
      .select(['name', 'phoneEnc'])
      .where('caseId', '=', c.id)
      .where('role', 'in', ['applicant', 'recipient'])
      .where('phoneEnc', 'is not', null)
      .orderBy('createdAt')
      .executeTakeFirst();
    const phone = party?.phoneEnc ? k.pii.decrypt(party.phoneEnc) : null;
    if (party && phone)
      await serveDocument(trx, k, ctx, {
        attachmentId: attachment.id,
        recipient: { name: party.name, phone },
        channel: 'sms',
        fallbackDays: 7,
      });
  }
  return attachment.id;
}
