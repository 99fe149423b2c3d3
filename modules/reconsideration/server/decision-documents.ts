import { z } from 'zod';
import { decisionTypeSchema, type DecisionType } from '../contract/decision-enums';
import { actKindLabels, type ActKind } from '../contract/enums';
import { caseDocumentTemplate, docDate } from './case-documents';
import type { CaseRow } from './case.repository';

/**
 * Documents of the decision stage: 行政复议决定书 (第七十五条) with the operative wording of its type
 * (第六十三条至第七十二条), 延期审理通知书 (第六十二条第一款), 行政复议意见书 (第七十六条) and
 * 行政复议建议书. Registered by decision.routes.ts.
 */

const lawName = '《中华人民共和国行政复议法》';

/** The challenged act as named in documents: `行政处罚（津西市监罚〔2025〕17号）`. */
export function actDescription(c: Pick<CaseRow, 'actKind' | 'actDocumentNo'>): string {
  const kind = actKindLabels[c.actKind as ActKind]?.zh ?? '行政行为';
  return c.actDocumentNo ? `${kind}决定（${c.actDocumentNo}）` : `${kind}行为`;
}

/**
 * The operative part (决定主文) of a decision type, with the article it applies. `details` is what
 * the draft adds (the altered content, the period to redo or to perform).
 */
export function operativeWording(type: DecisionType, act: string, withCompensation: boolean, details?: string | null): string {
  const extra = details ? `${details.replace(/[。；;.]+$/u, '')}。` : '';
  const basis = (article: string) => `根据${lawName}${article}的规定，本机关决定：`;
  const core: Record<DecisionType, string> = {
    alter: `${basis('第六十三条')}变更被申请人作出的${act}。${extra}`,
    revoke: `${basis('第六十四条')}撤销被申请人作出的${act}。${extra}`,
    revokePartly: `${basis('第六十四条')}部分撤销被申请人作出的${act}。${extra}`,
    revokeAndRedo: `${basis('第六十四条')}撤销被申请人作出的${act}，责令被申请人在法定期限内重新作出行政行为；被申请人不得以同一事实和理由作出与原行政行为相同或者基本相同的行政行为。${extra}`,
    confirmIllegal: `${basis('第六十五条')}确认被申请人作出的${act}违法。${extra}`,
    orderPerformance: `${basis('第六十六条')}责令被申请人在一定期限内履行法定职责。${extra}`,
    confirmInvalid: `${basis('第六十七条')}确认被申请人作出的${act}无效。${extra}`,
    uphold: `${basis('第六十八条')}维持被申请人作出的${act}。${extra}`,
    dismissRequest: `${basis('第六十九条')}驳回申请人的行政复议请求。${extra}`,
    agreementPerformance: `${basis('第七十一条')}被申请人依法承担继续履行、采取补救措施或者赔偿损失等责任。${extra}`,
  };
  const compensation = withCompensation
    ? `根据${lawName}第七十二条的规定，同时决定被申请人依法给予赔偿（或者返还财产、解除对财产的查封、扣押、冻结措施）。`
    : '';
  return core[type] + compensation;
}

/** 行政诉讼法 第四十五条: the applicant may sue within 15 days of receiving the decision. */
export const rightToSue =
  '申请人如不服本决定，可以自收到本决定书之日起十五日内，依照《中华人民共和国行政诉讼法》第四十五条的规定向人民法院提起行政诉讼。';

export const decisionTemplate = caseDocumentTemplate({
  id: 'reconsideration.decision',
  version: 1,
  title: { zh: '行政复议决定书', en: 'Administrative reconsideration decision' },
  fields: z.object({
    applicant: z.string().min(1),
    respondent: z.string().min(1),
    act: z.string().min(1),
    acceptedOn: z.iso.date(),
    requests: z.string().min(1),
    facts: z.string(),
    reasoning: z.string().min(1),
    decisionType: decisionTypeSchema,
    withCompensation: z.boolean(),
    operativeDetails: z.string().nullish(),
    hearingHeld: z.boolean(),
  }),
  body: (d) =>
    [
      `申请人：${d.applicant}`,
      `被申请人：${d.respondent}`,
      `申请人不服被申请人作出的${d.act}，于${docDate(d.acceptedOn)}向本机关申请行政复议，本机关依法予以受理。${d.hearingHeld ? '本案依法举行了听证，本决定根据听证笔录、审查认定的事实和证据作出（第六十一条第二款）。' : ''}本案现已审查终结。`,
      `申请人请求：${d.requests}`,
      d.facts ? `申请人称：${d.facts}` : '',
      `本机关认为：${d.reasoning}`,
      operativeWording(d.decisionType, d.act, d.withCompensation, d.operativeDetails),
      rightToSue,
      `本决定书一经送达，即发生法律效力（${lawName}第七十五条第二款）。`,
    ]
      .filter(Boolean)
      .join('\n'),
});

export const extensionNoticeTemplate = caseDocumentTemplate({
  id: 'reconsideration.extensionNotice',
  version: 1,
  title: { zh: '延期审理通知书', en: 'Notice of extension of the decision period' },
  fields: z.object({
    applicant: z.string().min(1),
    respondent: z.string().min(1),
    act: z.string().min(1),
    acceptedOn: z.iso.date(),
    days: z.number().int().min(1),
    dueOn: z.iso.date(),
    reason: z.string().min(1),
  }),
  body: (d) =>
    [
      `${d.applicant}：`,
      `你（单位）不服${d.respondent}作出的${d.act}，向本机关申请行政复议，本机关已于${docDate(d.acceptedOn)}依法受理。`,
      `因${d.reason.replace(/[。.]+$/u, '')}，本案不能在规定期限内作出行政复议决定。经本机关行政复议机构负责人批准，根据${lawName}第六十二条第一款的规定，审理期限延长${d.days}日，本机关将于${docDate(d.dueOn)}前作出行政复议决定。`,
      '特此通知。',
    ].join('\n'),
});

export const opinionLetterTemplate = caseDocumentTemplate({
  id: 'reconsideration.opinionLetter',
  version: 1,
  title: { zh: '行政复议意见书', en: 'Administrative reconsideration opinion letter' },
  fields: z.object({ caseRef: z.string().min(1), content: z.string().min(1), reportDueOn: z.iso.date() }),
  body: (d) =>
    [
      `本机关在办理${d.caseRef}过程中，发现你单位有关行政行为存在以下违法或者不当情形：`,
      d.content,
      `根据${lawName}第七十六条的规定，请你单位自收到本意见书之日起六十日内（${docDate(d.reportDueOn)}前），将纠正相关违法或者不当行政行为的情况报送本机关。`,
    ].join('\n'),
});

export const suggestionLetterTemplate = caseDocumentTemplate({
  id: 'reconsideration.suggestionLetter',
  version: 1,
  title: { zh: '行政复议建议书', en: 'Administrative reconsideration suggestion letter' },
  fields: z.object({ caseRef: z.string().min(1), content: z.string().min(1) }),
  body: (d) =>
    [
      `本机关在办理${d.caseRef}过程中，发现有关行政管理工作需要完善，现提出如下建议：`,
      d.content,
      '请研究采纳，并将采纳情况告知本机关。',
    ].join('\n'),
});

/** `张三不服天津市河西区市场监督管理局行政处罚决定一案（津河西复〔2025〕17号）` */
export function caseReference(c: CaseRow): string {
  return `${c.applicantName}不服${c.respondentName}${actDescription(c)}一案${c.caseNumber ? `（${c.caseNumber}）` : ''}`;
}
