import { z } from 'zod';
import type { Kernel } from '@tianping/server/core/module';
import { caseDocumentTemplate, docDate } from './case-documents';

/**
 * Documents of handling after acceptance (行政复议法 2023). Each names the case (`caseLabel`: 案号 or
 * 申请人诉被申请人) and cites the article it rests on.
 */

const caseFields = { caseLabel: z.string().min(1).max(200), applicantName: z.string().min(1).max(200) };
const date = z.iso.date();

/** 第四十八条、第五十四条: the copy of the application goes to the respondent, who replies within 10 (5) working days. */
export const replyNoticeTemplate = caseDocumentTemplate({
  id: 'reconsideration.replyNotice',
  version: 1,
  title: { zh: '行政复议申请书副本发送暨提出答复通知书', en: 'Copy of the application and notice to reply' },
  fields: z.object({ ...caseFields, receivedOn: date, replyDays: z.number().int().positive(), replyDueOn: date }),
  body: (d) => `申请人${d.applicantName}对你单位作出的行政行为不服，向本机关申请行政复议（${d.caseLabel}），本机关已依法受理。
根据《中华人民共和国行政复议法》第四十八条${d.replyDays === 5 ? '、第五十四条' : ''}的规定，现将行政复议申请书副本（申请笔录复印件）发送你单位。请你单位自收到之日（${docDate(d.receivedOn)}）起${d.replyDays}个工作日内，即${docDate(d.replyDueOn)}前，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。
被申请人不按照规定提出书面答复、提交作出行政行为的证据、依据和其他有关材料的，视为该行政行为没有证据、依据（《中华人民共和国行政复议法》第七十条）。`,
});

/** 第五十条、第五十一条: time, place and matters of the hearing, served at least 5 days before. */
export const hearingNoticeTemplate = caseDocumentTemplate({
  id: 'reconsideration.hearingNotice',
  version: 1,
  title: { zh: '行政复议听证通知书', en: 'Notice of hearing' },
  fields: z.object({
    ...caseFields,
    scheduledOn: date,
    place: z.string().min(1),
    matters: z.string().min(1),
    presiding: z.string().min(1),
  }),
  body: (d) => `${d.applicantName}：
你（单位）申请的行政复议案件（${d.caseLabel}），根据《中华人民共和国行政复议法》第五十条、第五十一条的规定，本机关决定举行听证。现将有关事项通知如下：
一、听证时间：${docDate(d.scheduledOn)}。
二、听证地点：${d.place}。
三、拟听证事项：${d.matters}。
四、听证主持人：${d.presiding}。
请准时参加。申请人无正当理由拒不参加听证的，视为放弃听证权利（第五十一条第二款）。`,
});

/** 第三十九条: suspension with its ground, notified in writing. */
export const suspensionNoticeTemplate = caseDocumentTemplate({
  id: 'reconsideration.suspensionNotice',
  version: 1,
  title: { zh: '行政复议中止通知书', en: 'Notice of suspension' },
  fields: z.object({ ...caseFields, ground: z.string().min(1), article: z.string().min(1), reason: z.string().min(1), suspendedOn: date }),
  body: (d) => `${d.applicantName}：
你（单位）申请的行政复议案件（${d.caseLabel}），因${d.ground}（${d.reason}），根据《${d.article.replace(/^行政复议法 /, '中华人民共和国行政复议法》')}的规定，本机关决定自${docDate(d.suspendedOn)}起中止行政复议。
中止的原因消除后，本机关将及时恢复审理，并书面告知你（单位）。`,
});

/** 第三十九条第二款: resumption once the cause of suspension is gone, notified in writing. */
export const resumptionNoticeTemplate = caseDocumentTemplate({
  id: 'reconsideration.resumptionNotice',
  version: 1,
  title: { zh: '行政复议恢复审理通知书', en: 'Notice of resumption' },
  fields: z.object({ ...caseFields, suspendedOn: date, resumedOn: date, reason: z.string().min(1) }),
  body: (d) => `${d.applicantName}：
你（单位）申请的行政复议案件（${d.caseLabel}），本机关于${docDate(d.suspendedOn)}决定中止审理。现中止的原因已经消除（${d.reason}），根据《中华人民共和国行政复议法》第三十九条第二款的规定，本机关决定自${docDate(d.resumedOn)}起恢复审理。`,
});

/** 第四十一条: termination with its ground. */
export const terminationNoticeTemplate = caseDocumentTemplate({
  id: 'reconsideration.terminationNotice',
  version: 1,
  title: { zh: '行政复议终止通知书', en: 'Notice of termination' },
  fields: z.object({ ...caseFields, ground: z.string().min(1), article: z.string().min(1), reason: z.string().min(1), on: date }),
  body: (d) => `${d.applicantName}：
你（单位）申请的行政复议案件（${d.caseLabel}），因${d.ground}（${d.reason}），根据《${d.article.replace(/^行政复议法 /, '中华人民共和国行政复议法》')}的规定，本机关决定自${docDate(d.on)}起终止行政复议。`,
});

/** 第七十四条: leave to withdraw; no new application on the same facts and reasons. */
export const withdrawalDecisionTemplate = caseDocumentTemplate({
  id: 'reconsideration.withdrawalDecision',
  version: 1,
  title: { zh: '准予撤回行政复议申请决定书', en: 'Decision granting withdrawal' },
  fields: z.object({ ...caseFields, reason: z.string().min(1), approvedOn: date }),
  body: (d) => `${d.applicantName}：
你（单位）申请的行政复议案件（${d.caseLabel}），你（单位）申请撤回行政复议申请（${d.reason}）。经审查，撤回申请系你（单位）的真实意思表示，根据《中华人民共和国行政复议法》第四十一条第（一）项、第七十四条的规定，本机关决定准予撤回，行政复议终止（${docDate(d.approvedOn)}）。
准予撤回行政复议申请后，申请人不得再以同一事实和理由提出行政复议申请；但是，申请人能够证明撤回行政复议申请违背其真实意愿的除外（第七十四条第二款）。`,
});

/** 第三十三条: after acceptance the application turns out not to meet 第三十条第一款. */
export const dismissalDecisionTemplate = caseDocumentTemplate({
  id: 'reconsideration.dismissalDecision',
  version: 1,
  title: { zh: '驳回行政复议申请决定书', en: 'Decision dismissing the application' },
  fields: z.object({ ...caseFields, reason: z.string().min(1) }),
  body: (d) => `${d.applicantName}：
你（单位）申请的行政复议案件（${d.caseLabel}），本机关受理后经审查发现，该申请不符合《中华人民共和国行政复议法》第三十条第一款规定的受理条件：${d.reason}。
根据《中华人民共和国行政复议法》第三十三条的规定，本机关决定驳回你（单位）的行政复议申请。`,
});

/** 第七十三条: the mediation agreement, signed by every party and sealed by the authority. */
export const mediationAgreementTemplate = caseDocumentTemplate({
  id: 'reconsideration.mediationAgreement',
  version: 1,
  title: { zh: '行政复议调解书', en: 'Mediation agreement' },
  fields: z.object({ ...caseFields, respondentName: z.string().min(1), agreement: z.string().min(1), signedOn: date }),
  body: (d) => `申请人：${d.applicantName}
被申请人：${d.respondentName}
申请人不服被申请人作出的行政行为，向本机关申请行政复议（${d.caseLabel}）。经本机关主持调解，双方当事人自愿达成如下协议：
${d.agreement}
本调解书经各方当事人于${docDate(d.signedOn)}签字或者签章，并加盖行政复议机关印章，即具有法律效力（《中华人民共和国行政复议法》第七十三条第一款）。`,
});

export function registerHandlingDocuments(kernel: Kernel) {
  const r = kernel.documentTemplates;
  r.register(replyNoticeTemplate);
  r.register(hearingNoticeTemplate);
  r.register(suspensionNoticeTemplate);
  r.register(resumptionNoticeTemplate);
  r.register(terminationNoticeTemplate);
  r.register(withdrawalDecisionTemplate);
  r.register(dismissalDecisionTemplate);
  r.register(mediationAgreementTemplate);
}
