import { z } from 'zod';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { disputeKindLabels, type DisputeKind } from '../contract/enums';
import { caseDocumentTemplate, docDate } from './case-documents';
import type { CaseRow, PartyRow } from './case.repository';

/**
 * Notices of intake and consent, served to the parties: a party's clear refusal ends the case
 * (人民调解法 第十七条) and the committee tells the parties of the other channels (第二十六条); a
 * request the committee declines (not a 民间纠纷 it may mediate, 第二条) is answered with the channels
 * that can take it (第三条: mediation never blocks arbitration, administrative or judicial channels).
 */

const caseFields = z.object({
  caseNumber: z.string().min(1),
  partiesLine: z.string().min(1),
  disputeKind: z.string().min(1),
  title: z.string().min(1),
  receivedOn: z.iso.date(),
});

/** The standard list of other channels (第二十六条): arbitration, administrative channels, the courts. */
export const otherChannelsText =
  '当事人可以依法通过仲裁、行政、司法等途径维护自己的权利：属于劳动争议的，可以向劳动人事争议仲裁委员会申请仲裁；依法可以由行政机关处理的，可以申请有关行政机关处理；也可以依法向人民法院提起诉讼。';

export const refusalNoticeTemplate = caseDocumentTemplate({
  id: 'mediation.refusalNotice',
  version: 1,
  title: { zh: '不予调解告知书', en: 'Notice: mediation not held (a party refused)' },
  fields: caseFields.extend({ refusingParty: z.string().min(1), refusedOn: z.iso.date(), reason: z.string().optional() }),
  body: (d) =>
    [
      `${d.partiesLine}：`,
      `你们之间的${d.disputeKind}（${d.title}，案号${d.caseNumber}），本委员会于${docDate(d.receivedOn)}登记。${d.refusingParty}于${docDate(d.refusedOn)}明确表示拒绝调解${d.reason ? `（${d.reason}）` : ''}。`,
      '依照《中华人民共和国人民调解法》第十七条“当事人一方明确拒绝调解的，不得调解”的规定，本委员会不予调解，本案终结。',
      `依照《中华人民共和国人民调解法》第二十六条的规定，告知如下：${otherChannelsText}`,
      '特此告知。',
    ].join('\n'),
});

export const declineNoticeTemplate = caseDocumentTemplate({
  id: 'mediation.declineNotice',
  version: 1,
  title: { zh: '不予受理调解申请告知书', en: 'Notice: request for mediation declined' },
  fields: caseFields.extend({ reason: z.string().min(1), otherChannels: z.string().optional() }),
  body: (d) =>
    [
      `${d.partiesLine}：`,
      `${docDate(d.receivedOn)}登记的${d.disputeKind}（${d.title}，案号${d.caseNumber}），经审查，${d.reason}，本委员会不予受理。`,
      d.otherChannels
        ? `你们可以通过以下途径解决：${d.otherChannels}。`
        : `依照《中华人民共和国人民调解法》第三条、第二十六条的规定，告知如下：${otherChannelsText}`,
      '特此告知。',
    ].join('\n'),
});

export function registerConsentDocuments(kernel: Pick<Kernel, 'documentTemplates'>) {
  kernel.documentTemplates.register(refusalNoticeTemplate);
  kernel.documentTemplates.register(declineNoticeTemplate);
}

/** The fields every notice of a case names. */
export async function noticeBase(trx: Trx, c: CaseRow, parties: PartyRow[], today: string) {
  const org = await trx.selectFrom('organisations').select('name').where('id', '=', c.orgId).executeTakeFirst();
  const names = parties.filter((p) => p.role !== 'third').map((p) => p.name);
  return {
    issuer: (org?.name ?? '人民调解委员会').slice(0, 60),
    recipient: names.join('、').slice(0, 200),
    date: today,
    caseNumber: c.caseNumber,
    partiesLine: parties.map((p) => p.name).join('、'),
    disputeKind: disputeKindLabels[c.kind as DisputeKind]?.zh ?? '纠纷',
    title: c.title,
    receivedOn: c.receivedOn,
  };
}
