import { z } from 'zod';
import type { RequestContext } from '@tianping/server/access/actor';
import type { Trx } from '@tianping/server/db/database';
import { bodyTemplates, docDate } from '@tianping/server/documents/body-template';
import type { Kernel } from '@tianping/server/core/module';
import { withAidCaseDocument, type RecordAidDocument } from './aid-case-documents';

/**
 * Documents of the aided case (AC): 终止法律援助决定书 (第四十八条, naming the objection right of
 * 第四十九条) and the justice bureau's decisions on an objection (第四十九条第二款: 维持 naming
 * reconsideration or litigation, 第四十九条第三款; 责令改正). Rendered to DOCX before the transaction,
 * stored as the case's attachment (`aidCase`) and served to the applicant electronically.
 */

const base = z.object({
  issuer: z.string().min(1).max(60),
  recipient: z.string().max(100),
  date: z.iso.date(),
  caseNumber: z.string().min(1).max(60),
});
const template = bodyTemplates(base);

export const terminationDecisionTemplate = template({
  id: 'legalAid.terminationDecision',
  version: 1,
  title: { zh: '终止法律援助决定书', en: 'Decision to terminate legal aid' },
  fields: z.object({ ground: z.string().min(1), article: z.string().min(1), reason: z.string().min(1), bureau: z.string().min(1) }),
  body: (d) => `${d.recipient}：
本机构给予你的法律援助（${d.caseNumber}），因${d.ground}（${d.reason}），根据《中华人民共和国法律援助法》${d.article.replace(/^法律援助法 /, '')}的规定，本机构决定自${docDate(d.date)}起终止法律援助。
如对本决定有异议，根据《中华人民共和国法律援助法》第四十九条第一款的规定，你可以向${d.bureau}提出异议，${d.bureau}将自收到异议之日起五日内进行审查并作出决定。也可以通过天平门户网站在线提出异议。`,
});

export const objectionUpheldTemplate = template({
  id: 'legalAid.objectionUpheld',
  version: 1,
  title: { zh: '法律援助异议审查决定书（维持）', en: 'Decision on an objection: upheld' },
  fields: z.object({ centre: z.string().min(1), against: z.string().min(1), receivedOn: z.iso.date(), reason: z.string().min(1) }),
  body: (d) => `${d.recipient}：
你于${docDate(d.receivedOn)}对${d.centre}作出的${d.against}（${d.caseNumber}）提出异议。本机关根据《中华人民共和国法律援助法》第四十九条第二款的规定进行了审查，认为：${d.reason}
本机关决定：维持${d.centre}作出的${d.against}。
如不服本决定，根据《中华人民共和国法律援助法》第四十九条第三款的规定，你可以自收到本决定书之日起六十日内依法申请行政复议，或者自收到本决定书之日起六个月内依法提起行政诉讼。`,
});

export const objectionCorrectionTemplate = template({
  id: 'legalAid.objectionCorrection',
  version: 1,
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

/**
 * Renders before the transaction, then runs `work` in one transaction with a `record` function that
 * stores the document for the case and serves it to the applicant (portal account, else SMS link to the
 * applicant's or the recipient's mobile); the file is discarded when anything fails.
 */
export function withCaseworkDocument<T>(
  k: Parameters<typeof withAidCaseDocument>[0],
  ctx: RequestContext,
  templateId: string,
  data: unknown,
  work: (trx: Trx, record: RecordAidDocument) => Promise<T>,
): Promise<T> {
  return withAidCaseDocument(k, ctx, templateId, data, ['applicant', 'recipient'], work);
}
