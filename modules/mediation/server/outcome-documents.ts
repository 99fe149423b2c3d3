import { z } from 'zod';
import type { RequestContext } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { caseDocumentTemplate, docDate, recordCaseDocument, withDocument } from './case-documents';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { CaseRow, PartyRow } from './case.repository';
import { otherChannelsText } from './consent-documents';

/**
 * Documents of the outcome of a mediation case: 人民调解协议书 (第二十八条、第二十九条), 口头调解协议
 * 记录 (第三十条), 终止调解告知书 (第二十六条), 终止调解通知书 on a party's request (第二十三条),
 * 司法确认申请书 (第三十三条; 民事诉讼法 第二百零五条). Rendered before the transaction, recorded as the
 * case's attachments (owner `medCase`) inside it, served to the parties through the core's electronic
 * service (case-documents.ts).
 */

const date = z.iso.date();
const caseNumber = z.string().min(1).max(60);
const partyLines = z.array(z.string().min(1).max(500)).min(1);

function template<S extends z.ZodRawShape>(def: {
  id: string;
  title: { zh: string; en: string };
  fields: S;
  body: (d: z.infer<z.ZodObject<S>> & { issuer: string }) => string;
}) {
  return caseDocumentTemplate({ id: def.id, version: 1, title: def.title, fields: z.object(def.fields), body: def.body as never });
}

/** 第二十九条: particulars, facts, disputed matters, responsibilities, terms, manner and time of performance. */
export const agreementTemplate = template({
  id: 'mediation.agreement',
  title: { zh: '人民调解协议书', en: 'People’s mediation agreement' },
  fields: {
    caseNumber,
    parties: partyLines,
    facts: z.string().min(1),
    disputedMatters: z.string().min(1),
    responsibilities: z.string().min(1),
    terms: z.string().min(1),
    performanceManner: z.string().min(1),
    performanceDueOn: date,
    copies: z.number().int().min(3),
    signatures: z.array(z.string()).min(1),
    mediatorName: z.string().min(1),
  },
  body: (d) => `${d.parties.join('\n')}
纠纷主要事实、争议事项：
${d.facts}
争议事项：${d.disputedMatters}
各方当事人的责任：${d.responsibilities}
经${d.issuer}主持调解，当事人自愿达成如下协议：
${d.terms}
履行方式：${d.performanceManner}；履行期限：${docDate(d.performanceDueOn)}前。
本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效，具有法律约束力，当事人应当按照约定履行（《中华人民共和国人民调解法》第二十九条、第三十一条）。
双方当事人可以自本协议生效之日起三十日内共同向人民法院申请司法确认（《中华人民共和国人民调解法》第三十三条）。
本协议一式${d.copies}份，当事人各执一份，人民调解委员会留存一份。
当事人：${d.signatures.join('；')}
人民调解员：${d.mediatorName}`,
});

/** 第三十条: the mediator records the contents of an oral agreement; effective the day reached. */
export const oralAgreementRecordTemplate = template({
  id: 'mediation.oralAgreementRecord',
  title: { zh: '口头调解协议记录', en: 'Record of an oral mediation agreement' },
  fields: {
    caseNumber,
    parties: partyLines,
    facts: z.string().min(1),
    terms: z.string().min(1),
    reachedOn: date,
    mediatorName: z.string().min(1),
  },
  body: (d) => `${d.parties.join('\n')}
纠纷主要事实：${d.facts}
${docDate(d.reachedOn)}，经人民调解员${d.mediatorName}主持调解，当事人达成口头调解协议，内容如下：
${d.terms}
口头调解协议自各方当事人达成协议之日起生效（《中华人民共和国人民调解法》第三十条）。`,
});

/** 第二十六条: mediation failed — the parties are told of the other channels. */
export const failureNoticeTemplate = template({
  id: 'mediation.failureNotice',
  title: { zh: '终止调解告知书', en: 'Notice that mediation has ended without agreement' },
  fields: { caseNumber, title: z.string().min(1), reason: z.string().min(1), closedOn: date },
  body: (
    d,
  ) => `你们之间的${d.title}（${d.caseNumber}），经本委员会调解，因${d.reason}，未能达成调解协议。根据《中华人民共和国人民调解法》第二十六条的规定，本委员会自${docDate(d.closedOn)}起终止调解。
依照《中华人民共和国人民调解法》第二十六条的规定，告知如下：${otherChannelsText}`,
});

/** 第二十三条: a party ends the mediation; the others are told and may use the other channels. */
export const withdrawalNoticeTemplate = template({
  id: 'mediation.withdrawalNotice',
  title: { zh: '终止调解通知书（当事人撤回）', en: 'Notice that mediation ended at a party’s request' },
  fields: { caseNumber, title: z.string().min(1), reason: z.string().min(1), closedOn: date },
  body: (
    d,
  ) => `你们之间的${d.title}（${d.caseNumber}），当事人要求终止调解（${d.reason}）。根据《中华人民共和国人民调解法》第二十三条的规定，本委员会自${docDate(d.closedOn)}起终止调解。
${otherChannelsText}（《中华人民共和国人民调解法》第三条第三款）`,
});

/** 第三十三条; 民事诉讼法 第二百零五条: the parties' joint application to the competent court. */
export const confirmationApplicationTemplate = template({
  id: 'mediation.confirmationApplication',
  title: { zh: '司法确认申请书', en: 'Application for judicial confirmation' },
  fields: {
    caseNumber,
    court: z.string().min(1),
    parties: partyLines,
    agreementOn: date,
    agreementTerms: z.string().min(1),
    appliedOn: date,
    lastDay: date,
  },
  body: (d) => `申请人：
${d.parties.join('\n')}
请求事项：确认申请人于${docDate(d.agreementOn)}经${d.issuer}主持调解达成的人民调解协议（${d.caseNumber}）有效。
事实和理由：申请人之间的纠纷经${d.issuer}调解，达成如下协议：${d.agreementTerms}
该协议系申请人自愿达成，不违反法律、行政法规的强制性规定，不损害国家利益、社会公共利益和他人合法权益。申请人依照《中华人民共和国人民调解法》第三十三条、《中华人民共和国民事诉讼法》第二百零五条的规定，自调解协议生效之日起三十日内（至${docDate(d.lastDay)}）共同向你院申请司法确认。
申请人保证出于解决纠纷的目的，申请确认的调解协议内容真实、合法；如有虚假，愿承担相应的法律责任。
申请日期：${docDate(d.appliedOn)}`,
});

export const outcomeTemplates = [
  agreementTemplate,
  oralAgreementRecordTemplate,
  failureNoticeTemplate,
  withdrawalNoticeTemplate,
  confirmationApplicationTemplate,
] as const;

export function registerOutcomeDocuments(kernel: Kernel) {
  for (const t of outcomeTemplates) if (!kernel.documentTemplates.get(t.id)) kernel.documentTemplates.register(t as never);
}

type Services = Parameters<typeof withDocument>[0] & Kernel;

/** Records the rendered document for the case; serves it to `serveTo` (null: not served). Returns the attachment id. */
export type RecordDocument = (c: CaseRow, serveTo: PartyRow[] | null) => Promise<string>;

/**
 * Renders the document before the transaction, then runs `work` in ONE transaction with a `record`
 * function; the stored file is discarded when anything fails (nothing half-written).
 */
export async function withOutcomeDocument<T>(
  k: Services,
  ctx: RequestContext,
  templateId: string,
  data: unknown,
  work: (trx: Trx, record: RecordDocument) => Promise<T>,
): Promise<T> {
  return withDocument(k, async (render) => {
    const rendered = await render(templateId, data);
    return k.db.transaction().execute((trx) =>
      work(trx, async (c, serveTo) => {
        const opts = serveTo ? { serve: true, parties: serveTo } : { serve: false };
        return (await recordCaseDocument(trx, k, ctx, c, rendered, opts)).attachment.id;
      }),
    );
  });
}

/** The committee issuing the documents (the case's organisation). */
export async function issuerOf(db: DbOrTrx, c: CaseRow): Promise<string> {
  const org = await db.selectFrom('organisations').select('name').where('id', '=', c.orgId).executeTakeFirst();
  return (org?.name ?? '人民调解委员会').slice(0, 60);
}

/** The addressees of a notice: the parties' names. */
export const recipientsOf = (parties: readonly PartyRow[]) =>
  parties
    .map((p) => p.name)
    .join('、')
    .slice(0, 200);
