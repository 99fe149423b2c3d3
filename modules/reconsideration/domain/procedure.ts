import type { ActKind, EnumLabel, Procedure } from '../contract/enums';

/**
 * Proposes the procedure of 行政复议法 第五十三条: the simplified procedure may be used for an act made
 * on the spot, a warning or 通报批评, an amount of 3,000 yuan or less, or a government-information
 * case (第一款), if the facts are clear, rights and duties clear and the dispute small — which the
 * handler confirms (`handlerMustConfirm`); any other case if all parties agree (第二款, which does
 * not repeat those conditions). This function only says which grounds the case data show.
 */

export interface ProcedureFacts {
  readonly actKind: ActKind;
  readonly onTheSpot: boolean;
  readonly warningOrCriticism: boolean;
  /** The amount the case concerns, in yuan; null when none. */
  readonly amountYuan?: number | null;
  readonly partiesAgreeSimplified: boolean;
}

export interface ProcedureProposal {
  readonly procedure: Procedure;
  /** The grounds found; for 'ordinary', why no ground applies. */
  readonly reasons: readonly EnumLabel[];
  /** What the handler must still confirm before using the simplified procedure (第一款 grounds only). */
  readonly handlerMustConfirm: EnumLabel | null;
}

/** 第五十三条第一款第（三）项: "三千元以下" includes 3,000 (民法典 第一千二百五十九条). */
export const SIMPLIFIED_AMOUNT_LIMIT_YUAN = 3000;

const article = (item: string) => `行政复议法 第五十三条第一款第（${item}）项`;

const grounds = {
  onTheSpot: { zh: '被申请的行政行为是当场作出', en: 'The act was made on the spot', article: article('一') },
  warningOrCriticism: {
    zh: '被申请的行政行为是警告或者通报批评',
    en: 'The act is a warning or a public criticism',
    article: article('二'),
  },
  amount: { zh: '案件涉及款额三千元以下', en: 'The amount concerned is 3,000 yuan or less', article: article('三') },
  informationDisclosure: { zh: '属于政府信息公开案件', en: 'A government-information disclosure case', article: article('四') },
  partiesAgree: {
    zh: '当事人各方同意适用简易程序',
    en: 'All parties agree to the simplified procedure',
    article: '行政复议法 第五十三条第二款',
  },
} as const satisfies Record<string, EnumLabel>;

const noGround: EnumLabel = {
  zh: '不属于第五十三条第一款所列情形，当事人各方也未同意适用简易程序',
  en: 'None of the grounds of Art. 53(1) applies and the parties have not all agreed to the simplified procedure',
  article: '行政复议法 第五十三条',
};

const conditions: EnumLabel = {
  zh: '承办人须确认事实清楚、权利义务关系明确、争议不大，方可适用简易程序',
  en: 'The handler must confirm that the facts are clear, rights and duties are clear and there is little dispute',
  article: '行政复议法 第五十三条第一款',
};

export function proposeProcedure(facts: ProcedureFacts): ProcedureProposal {
  const reasons: EnumLabel[] = [];
  if (facts.onTheSpot) reasons.push(grounds.onTheSpot);
  if (facts.warningOrCriticism) reasons.push(grounds.warningOrCriticism);
  const amount = facts.amountYuan;
  if (amount !== null && amount !== undefined && amount > 0 && amount <= SIMPLIFIED_AMOUNT_LIMIT_YUAN) reasons.push(grounds.amount);
  if (facts.actKind === 'informationDisclosure') reasons.push(grounds.informationDisclosure);
  // 第二款 applies to cases outside 第一款; where a 第一款 ground exists the parties' consent is not needed.
  // The conditions (事实清楚 …) are words of 第一款 only; 第二款 rests on the parties' consent.
  if (reasons.length > 0) return { procedure: 'simplified', reasons, handlerMustConfirm: conditions };
  if (facts.partiesAgreeSimplified) return { procedure: 'simplified', reasons: [grounds.partiesAgree], handlerMustConfirm: null };
  return { procedure: 'ordinary', reasons: [noGround], handlerMustConfirm: null };
}
