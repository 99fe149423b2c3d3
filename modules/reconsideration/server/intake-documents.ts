import { z } from 'zod';
import type { Kernel } from '@tianping/server/core/module';
import { caseDocumentTemplate, docDate } from './case-documents';

/** Documents of the acceptance review (行政复议法 第三十条、第三十一条), served to the applicant. */

const caseFields = z.object({
  applicantName: z.string().min(1),
  respondentName: z.string().min(1),
  actDescription: z.string().min(1),
  receivedOn: z.iso.date(),
});

export const acceptanceNoticeTemplate = caseDocumentTemplate({
  id: 'reconsideration.acceptanceNotice',
  version: 1,
  title: { zh: '行政复议受理通知书', en: 'Notice of acceptance' },
  fields: caseFields.extend({
    caseNumber: z.string().min(1),
    procedureZh: z.string().min(1),
    decisionDueOn: z.iso.date(),
    deemed: z.boolean(),
  }),
  body: (d) =>
    [
      `${d.applicantName}：`,
      `你（单位）不服${d.respondentName}${d.actDescription}，于${docDate(d.receivedOn)}提出的行政复议申请，` +
        (d.deemed
          ? '本机关在法定审查期限内未作出是否受理的决定，依照《中华人民共和国行政复议法》第三十条第三款的规定，自审查期限届满之日起视为受理。'
          : '经审查，符合《中华人民共和国行政复议法》第三十条第一款规定的受理条件，本机关决定予以受理。'),
      `本案案号为${d.caseNumber}，适用${d.procedureZh}。本机关将依照《中华人民共和国行政复议法》第六十二条的规定，于${docDate(d.decisionDueOn)}前作出行政复议决定；情况复杂需要延长的，将另行书面告知。`,
      '特此通知。',
    ].join('\n'),
});

export const correctionNoticeTemplate = caseDocumentTemplate({
  id: 'reconsideration.correctionNotice',
  version: 1,
  title: { zh: '行政复议申请补正通知书', en: 'Notice to correct the application' },
  fields: caseFields.extend({ items: z.array(z.string().min(1)).min(1), dueOn: z.iso.date() }),
  body: (d) =>
    [
      `${d.applicantName}：`,
      `你（单位）不服${d.respondentName}${d.actDescription}，于${docDate(d.receivedOn)}提出的行政复议申请，材料不齐全或者表述不清楚，无法判断是否符合受理条件。依照《中华人民共和国行政复议法》第三十一条第一款的规定，请补正以下事项：`,
      ...d.items.map((item, i) => `${i + 1}. ${item}`),
      `请于${docDate(d.dueOn)}前（自收到本通知之日起十个工作日内）提交补正材料。无正当理由逾期不补正的，视为放弃行政复议申请，并记录在案（第三十一条第二款）。有正当理由不能按期补正的，可以申请延长补正期限。`,
      '特此通知。',
    ].join('\n'),
});

export const rejectionDecisionTemplate = caseDocumentTemplate({
  id: 'reconsideration.rejectionDecision',
  version: 1,
  title: { zh: '不予受理行政复议申请决定书', en: 'Decision not to accept the application' },
  fields: caseFields.extend({ reason: z.string().min(1) }),
  body: (d) =>
    [
      `申请人：${d.applicantName}`,
      `被申请人：${d.respondentName}`,
      `申请人不服被申请人${d.actDescription}，于${docDate(d.receivedOn)}向本机关提出行政复议申请。`,
      `经审查，${d.reason}。依照《中华人民共和国行政复议法》第三十条第二款的规定，本机关决定不予受理。`,
      '申请人如不服本决定，可以自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼。',
    ].join('\n'),
});

export const jurisdictionNoticeTemplate = caseDocumentTemplate({
  id: 'reconsideration.jurisdictionNotice',
  version: 1,
  title: { zh: '行政复议告知书', en: 'Notice of the competent reconsideration body' },
  fields: caseFields.extend({ reason: z.string().min(1), competentBody: z.string().min(1) }),
  body: (d) =>
    [
      `${d.applicantName}：`,
      `你（单位）不服${d.respondentName}${d.actDescription}，于${docDate(d.receivedOn)}提出的行政复议申请，经审查，${d.reason}，不属于本机关管辖。`,
      `依照《中华人民共和国行政复议法》第三十条第二款的规定，请你（单位）向${d.competentBody}提出行政复议申请。`,
      '特此告知。',
    ].join('\n'),
});

export function registerIntakeDocuments(kernel: Pick<Kernel, 'documentTemplates'>) {
  kernel.documentTemplates.register(acceptanceNoticeTemplate);
  kernel.documentTemplates.register(correctionNoticeTemplate);
  kernel.documentTemplates.register(rejectionDecisionTemplate);
  kernel.documentTemplates.register(jurisdictionNoticeTemplate);
}
