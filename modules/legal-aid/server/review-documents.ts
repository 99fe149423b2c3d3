import { z } from 'zod';
import type { RequestContext } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { bodyTemplates, docDate } from '@tianping/server/documents/body-template';
import type { DocumentTemplate } from '@tianping/server/documents/template.registry';
import { withAidCaseDocument, type RecordAidDocument } from './aid-case-documents';
import type { CaseRow } from './case.repository';

/**
 * Documents of the review (法律援助法 第四十三条): 给予法律援助决定书, 不予法律援助决定书 (written reasons,
 * naming the objection right of 第四十九条), 补充材料通知书 (第四十三条第二款, one request, deemed
 * withdrawal), and the transfer notice (第三十八条). Rendered to DOCX before the transaction, stored as
 * the case's attachment (`aidCase`) and served to the applicant electronically (portal, else SMS link).
 */
const base = z.object({
  issuer: z.string().min(1).max(60),
  recipient: z.string().min(1).max(100),
  date: z.iso.date(),
  caseNumber: z.string().min(1).max(60),
  receivedOn: z.iso.date(),
  matter: z.string().min(1),
});
type Base = z.infer<typeof base>;
const LAW = '《中华人民共和国法律援助法》';
const template = bodyTemplates(base, { docNumber: (d) => d.caseNumber });

const intro = (d: Base) => `${d.recipient}：\n你于${docDate(d.receivedOn)}提出的法律援助申请（事项：${d.matter}）`;

export const grantDecisionTemplate = template({
  id: 'legalAid.grantDecision',
  version: 1,
  title: { zh: '给予法律援助决定书', en: 'Decision to grant legal aid' },
  fields: z.object({ urgent: z.boolean() }),
  body: (d) =>
    `${intro(d)}，经审查，符合法律援助条件。根据${LAW}第四十三条第一款的规定，本机构决定给予法律援助，并将自本决定作出之日起三日内指派法律援助人员为你提供法律援助。${
      d.urgent ? `\n本机构依照${LAW}第四十四条的规定先行提供法律援助，请你及时补办有关手续、补充有关材料。` : ''
    }\n你应当如实陈述与法律援助事项有关的情况，及时提供证据材料，协助、配合办理法律援助事项（第四十七条）。`,
});

export const denialDecisionTemplate = template({
  id: 'legalAid.denialDecision',
  version: 1,
  title: { zh: '不予法律援助决定书', en: 'Decision to deny legal aid' },
  fields: z.object({ reasonKind: z.string().min(1), reason: z.string().min(1), bureau: z.string().min(1) }),
  body: (d) =>
    `${intro(d)}，经审查，${d.reasonKind}：${d.reason}\n根据${LAW}第四十三条第一款的规定，本机构决定不予法律援助。\n如对本决定有异议，根据${LAW}第四十九条第一款的规定，你可以向${d.bureau}提出异议，${d.bureau}将自收到异议之日起五日内进行审查，作出维持或者责令改正的决定。你也可以通过天平门户网站在线提出异议。`,
});

export const materialsNoticeTemplate = template({
  id: 'legalAid.materialsNotice',
  version: 1,
  title: { zh: '法律援助补充材料通知书', en: 'Notice to provide missing materials' },
  fields: z.object({ items: z.array(z.string().min(1)).min(1), dueOn: z.iso.date() }),
  body: (d) =>
    [
      `${intro(d)}，申请材料不齐全。根据${LAW}第四十三条第二款的规定，现一次性告知你需要补充以下材料或者作出说明：`,
      ...d.items.map((item, i) => `${i + 1}. ${item}`),
      `请于${docDate(d.dueOn)}前通过天平门户网站上传或者到本机构提交。未按要求补充材料或者作出说明的，视为撤回申请。`,
    ].join('\n'),
});

export const transferNoticeTemplate = template({
  id: 'legalAid.transferNotice',
  version: 1,
  title: { zh: '法律援助申请移送告知书', en: 'Notice of transfer to the competent centre' },
  fields: z.object({ target: z.string().min(1), reason: z.string().min(1) }),
  body: (d) =>
    `${intro(d)}，经审查，${d.reason}。根据${LAW}第三十八条的规定，本机构已将你的申请移送${d.target}办理，你无需重新申请；后续进展请在天平门户网站查看。`,
});

export function registerReviewDocuments(kernel: Pick<Kernel, 'documentTemplates'>) {
  for (const t of [grantDecisionTemplate, denialDecisionTemplate, materialsNoticeTemplate, transferNoticeTemplate])
    if (!kernel.documentTemplates.get(t.id)) kernel.documentTemplates.register(t as DocumentTemplate<unknown>);
}

/**
 * Renders before the transaction, then runs `work` in one transaction with `record(case)` that stores the
 * document on the case and serves it to the applicant (portal account, else SMS link to the applicant's
 * or the agent's mobile); the stored file is discarded when anything fails.
 */
export function withReviewDocument<T>(
  k: Parameters<typeof withAidCaseDocument>[0],
  ctx: RequestContext,
  templateId: string,
  data: unknown,
  work: (trx: Trx, record: RecordAidDocument) => Promise<T>,
): Promise<T> {
  return withAidCaseDocument(k, ctx, templateId, data, ['applicant', 'agent'], work);
}

/** The fields every review document names, from the case and its centre. */
export function documentBase(c: CaseRow, centreName: string, date: string, matter: string) {
  return { issuer: centreName, recipient: c.applicantName, date, caseNumber: c.caseNumber, receivedOn: c.receivedOn, matter };
}
