import { matterKindLabels, type Exemption, type MatterKind } from '../contract/enums';

/**
 * The materials a centre asks for, by matter (local practice of the centres, not a list in the law:
 * 第四十一条 needs the hardship statement, 第四十二条 the proof of an exemption, 第四十条 the authority of
 * a person applying on behalf). Keys are stable; labels are shown in the wizard and in 补充材料通知.
 */
export interface Material {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly article?: string;
}

const m = (key: string, zh: string, en: string, article?: string): Material => ({ key, zh, en, ...(article ? { article } : {}) });

const identity = m('identity', '申请人身份证件', 'The applicant’s identity document');
const agentAuthority = m(
  'agentAuthority',
  '代为申请人的身份证件及与受援人关系的证明',
  'ID and proof of relation of the person applying on behalf',
  '法律援助法 第四十条',
);
const hardshipStatement = m(
  'hardshipStatement',
  '经济困难状况说明表（如实说明家庭人口和收入）或个人诚信承诺书',
  'Statement of financial hardship (household and income) or the signed pledge',
  '法律援助法 第四十一条',
);
const exemptionProof = m(
  'exemptionProof',
  '属于免予核查经济困难状况人员的证明材料',
  'Proof of the status that waives the hardship check',
  '法律援助法 第四十二条',
);
const art32Proof = m(
  'art32Proof',
  '属于不受经济困难条件限制情形的材料',
  'Material showing the case is free of the hardship condition',
  '法律援助法 第三十二条',
);

const byMatter: Partial<Record<MatterKind, readonly Material[]>> = {
  criminalDefence: [
    m(
      'caseDocuments',
      '办案机关的法律文书（拘留、逮捕通知书或起诉书等）',
      'Documents of the case authority (detention or arrest notice, indictment)',
    ),
  ],
  criminalVictim: [m('caseDocuments', '报案、立案或起诉材料', 'The report, case-filing or prosecution documents')],
  privateProsecutor: [m('complaint', '自诉状及相关证据', 'The private complaint and its evidence')],
  incidentalCivilPlaintiff: [m('caseDocuments', '刑事案件的起诉书及损失证明', 'The indictment and proof of the loss')],
  stateCompensation: [m('compensationDocuments', '赔偿请求及赔偿义务机关的决定或有关裁判', 'The claim and the decision or judgment on it')],
  socialInsurance: [m('benefitDocuments', '社会保险或社会救助的申请及答复材料', 'The benefit application and the answer to it')],
  pension: [m('pensionDocuments', '抚恤金发放条件的证明材料', 'Proof of the conditions for the pension')],
  maintenance: [
    m('kinship', '亲属关系证明（户口簿、出生证明、结婚证等）', 'Proof of kinship (household register, birth or marriage certificate)'),
  ],
  wages: [
    m('employment', '劳动合同、工作证、考勤记录等证明劳动关系的材料', 'Proof of employment (contract, work pass, attendance)'),
    m('wagesOwed', '工资欠条、工资单、转账记录等证明欠薪的材料', 'Proof of the unpaid wages (IOU, payslips, transfers)'),
  ],
  legalCapacity: [m('medical', '医疗机构的诊断证明或鉴定意见', 'A medical diagnosis or expert opinion')],
  personalInjury: [
    m('injuryDocuments', '事故认定书、工伤认定书、病历及费用票据', 'Accident or work-injury finding, medical records and bills'),
  ],
  environmental: [m('damageEvidence', '污染或生态破坏及损害的证据', 'Evidence of the pollution and of the harm')],
  otherByRegulation: [
    m('legalBasis', '可以申请法律援助的法律、法规、规章依据及相关证据', 'The provision allowing legal aid, with evidence'),
  ],
  appealRetrial: [
    m('judgment', '生效裁判文书', 'The effective judgment or ruling'),
    m('retrialDecision', '人民法院再审决定、裁定或人民检察院抗诉书', 'The retrial decision or ruling, or the protest'),
  ],
};

export interface MaterialsInput {
  readonly matterKind: MatterKind;
  readonly exemption: Exemption;
  /** Someone applies on behalf of the recipient (第四十条). */
  readonly onBehalf?: boolean;
}

/** The materials needed for this matter, in the order the wizard lists them. */
export function materialsFor(input: MaterialsInput): Material[] {
  const list: Material[] = [identity];
  if (input.onBehalf) list.push(agentAuthority);
  if (matterKindLabels[input.matterKind].notice) return list;
  list.push(...(byMatter[input.matterKind] ?? []));
  if (input.exemption === 'none') list.push(hardshipStatement);
  else if (input.exemption.startsWith('art42:')) list.push(exemptionProof);
  else list.push(art32Proof);
  return list;
}
