import { exemptionLabels, matterKindLabels, type DenialReason, type Exemption, type MatterGroup, type MatterKind } from '../contract/enums';
import { assessHardship, checkHousehold, standardInForce, type HardshipAssessment, type HardshipStandard } from './hardship';
import { LegalAidError } from './legal-aid-error';
import { materialsFor, type Material } from './materials';

/**
 * Eligibility for legal aid on application (法律援助法 2022), as a pure function with reasons:
 * 1. scope — 第二十四条 (criminal defence), 第二十九条 (victims, private prosecutors, incidental civil
 *    plaintiffs), 第三十一条 (nine civil and administrative matters, `wages` among them), 第三十三条
 *    (appeals and retrials once a retrial is ordered or a protest lodged), or a 第三十二条 case; anything
 *    else is out of scope — explained, never silently refused;
 * 2. hardship — none at all under 第三十二条; presumed under 第四十二条 with proof; otherwise the
 *    per-capita monthly income (household income / household size) must not exceed the standard in
 *    force on the application date (第三十四条; boundary inclusive);
 * 3. no lawyer or agent already engaged (第二十四、二十九、三十一、三十三条 "没有委托…");
 * 4. the materials needed for the matter.
 * Notice grounds (第二十五、二十八条) never come through here: notices skip the review (第三十六条).
 */
export interface EligibilityInput {
  readonly matterKind: MatterKind;
  readonly exemption: Exemption;
  /** Proof of the exemption was described or uploaded (第四十二条 "有材料证明"). */
  readonly exemptionProof: boolean;
  readonly householdSize: number | null;
  readonly monthlyIncomeYuan: number | null;
  /** `YYYY-MM-DD`: the standard in force on this day applies. */
  readonly applicationDate: string;
  /** Region of the centre: its own standard first, else the city-wide one. */
  readonly regionCode: string;
  readonly hasCounsel: boolean;
  /** 第三十三条: the court decided a retrial or the procuratorate protested. */
  readonly retrialOrdered: boolean | null;
  readonly onBehalf: boolean;
}

export type EligibilityOutcome = 'eligible' | 'ineligible' | 'outOfScope' | 'discretion';
export type HardshipMode = 'notRequired' | 'presumed' | 'assessed';

export interface Reason {
  readonly zh: string;
  readonly en: string;
  readonly article?: string;
}

export interface EligibilityResult {
  readonly outcome: EligibilityOutcome;
  readonly matterGroup: MatterGroup;
  readonly inScope: boolean;
  readonly scopeBasis: string | null;
  readonly hardshipMode: HardshipMode;
  readonly hardship: HardshipAssessment | null;
  /** 第四十二条: the exemption still needs its proof. */
  readonly needsProof: boolean;
  readonly materials: Material[];
  readonly reasons: Reason[];
  /** The denial reason the facts point to (the reviewer decides). */
  readonly suggestedDenial: DenialReason | null;
}

const law = (a: string) => `法律援助法 ${a}`;
/** 第四十二条第（三）项: the migrant-worker exemption covers wage claims and work-injury damages only. */
const migrantWorkerMatters: readonly MatterKind[] = ['wages', 'personalInjury'];

/** Validates the combination of answers (400 with the field at fault); nothing else throws. */
function validate(input: EligibilityInput): void {
  const label = matterKindLabels[input.matterKind];
  if (label.notice) throw new LegalAidError('AID_MATTER_NOT_APPLICATION', 'matterKind');
  if (input.exemption === 'art42:migrantWorker' && !migrantWorkerMatters.includes(input.matterKind))
    throw new LegalAidError('AID_EXEMPTION_NOT_APPLICABLE', 'exemption');
  if (input.exemption === 'none') {
    if (input.householdSize === null) throw new LegalAidError('AID_HARDSHIP_FACTS_REQUIRED', 'householdSize');
    if (input.monthlyIncomeYuan === null) throw new LegalAidError('AID_HARDSHIP_FACTS_REQUIRED', 'monthlyIncomeYuan');
  }
  if (input.householdSize !== null || input.monthlyIncomeYuan !== null)
    checkHousehold(input.householdSize ?? 1, input.monthlyIncomeYuan ?? 0);
}

function scopeOf(input: EligibilityInput): { inScope: boolean; basis: string | null; reason: Reason } {
  const label = matterKindLabels[input.matterKind];
  if (input.exemption.startsWith('art32:')) {
    const ex = exemptionLabels[input.exemption];
    return {
      inScope: true,
      basis: ex.article ?? law('第三十二条'),
      reason: { zh: `属于“${ex.zh}”，可以申请法律援助。`, en: `${ex.en}: legal aid may be requested.`, article: ex.article },
    };
  }
  if (input.matterKind === 'other') {
    return {
      inScope: false,
      basis: null,
      reason: {
        zh: '所述事项不属于法律援助法第二十四条、第二十九条、第三十一条、第三十三条规定的法律援助事项，也不属于第三十二条规定的情形。您仍可获得免费法律咨询（第二十二条），或咨询是否属于法律、法规、规章规定的其他情形。',
        en: 'The matter is not one of Arts. 24, 29, 31 or 33, nor a case of Art. 32. Free legal advice is still available (Art. 22), and you may ask whether another provision covers it.',
        article: law('第二十二条、第二十四条、第二十九条、第三十一条、第三十三条'),
      },
    };
  }
  if (input.matterKind === 'appealRetrial' && input.retrialOrdered !== true) {
    return {
      inScope: false,
      basis: null,
      reason: {
        zh: '申诉、再审案件须人民法院已决定、裁定再审或者人民检察院已提出抗诉，方可申请法律援助（第三十三条）。',
        en: 'For an appeal or retrial, legal aid is available once the court has ordered a retrial or the procuratorate has protested (Art. 33).',
        article: law('第三十三条'),
      },
    };
  }
  return {
    inScope: true,
    basis: label.article ?? null,
    reason: { zh: `申请事项属于“${label.zh}”。`, en: `The matter is: ${label.en}.`, article: label.article },
  };
}

/** The eligibility result with its reasons; throws LegalAidError only for invalid answers or a missing standard. */
export function checkEligibility(input: EligibilityInput, standards: readonly HardshipStandard[]): EligibilityResult {
  validate(input);
  const group = matterKindLabels[input.matterKind].group;
  const materials = materialsFor(input);
  const scope = scopeOf(input);
  const reasons: Reason[] = [scope.reason];
  const base = { matterGroup: group, inScope: scope.inScope, scopeBasis: scope.basis, materials };
  if (!scope.inScope) {
    return {
      ...base,
      outcome: 'outOfScope',
      hardshipMode: 'notRequired',
      hardship: null,
      needsProof: false,
      reasons,
      suggestedDenial: 'outOfScope',
    };
  }

  let hardshipMode: HardshipMode = 'assessed';
  let hardship: HardshipAssessment | null = null;
  let needsProof = false;
  let meets = true;
  const ex = exemptionLabels[input.exemption];
  if (input.exemption.startsWith('art32:')) {
    hardshipMode = 'notRequired';
    reasons.push({
      zh: '不受经济困难条件的限制，无需审查经济状况。',
      en: 'No financial hardship condition applies.',
      article: law('第三十二条'),
    });
  } else if (input.exemption.startsWith('art42:')) {
    hardshipMode = 'presumed';
    needsProof = !input.exemptionProof;
    reasons.push({
      zh: `属于“${ex.zh}”，有材料证明的免予核查经济困难状况${needsProof ? '；请提交证明材料' : ''}。`,
      en: `${ex.en}: the hardship check is waived with proof${needsProof ? '; please provide the proof' : ''}.`,
      article: ex.article,
    });
  } else {
    const standard = standardInForce(standards, input.applicationDate, input.regionCode);
    if (!standard) throw new LegalAidError('AID_NO_HARDSHIP_STANDARD', 'applicationDate', input.applicationDate);
    hardship = assessHardship(standard, input.householdSize!, input.monthlyIncomeYuan!);
    meets = hardship.meets;
    const example = standard.example ? '（示例值，须按天津市人民政府公布的标准核实）' : '';
    reasons.push({
      zh: `家庭人均月收入 ${hardship.perCapitaYuan} 元（${input.monthlyIncomeYuan} 元 ÷ ${input.householdSize} 人），${
        meets ? '不高于' : '高于'
      }申请日适用的经济困难标准 ${hardship.thresholdYuan} 元${example}。`,
      en: `Per-capita monthly income ${hardship.perCapitaYuan} yuan (${input.monthlyIncomeYuan} ÷ ${input.householdSize}) is ${
        meets ? 'within' : 'above'
      } the hardship standard of ${hardship.thresholdYuan} yuan in force on the application date${standard.example ? ' (example value, to be verified)' : ''}.`,
      article: law('第三十四条、第四十一条'),
    });
  }

  if (input.hasCounsel) {
    reasons.push({
      zh: '已委托律师或其他代理人的，不属于“没有委托代理人”的法律援助条件。',
      en: 'A lawyer or agent is already engaged: legal aid requires that none is.',
      article: law('第二十四条、第二十九条、第三十一条、第三十三条'),
    });
    return { ...base, outcome: 'ineligible', hardshipMode, hardship, needsProof, reasons, suggestedDenial: 'hasCounsel' };
  }
  if (!meets && input.matterKind === 'criminalDefence') {
    reasons.push({
      zh: '刑事辩护可以因经济困难或者其他原因申请，是否存在其他原因由法律援助机构审查决定。',
      en: 'Criminal defence may be granted for hardship or other reasons; the centre decides on the other reasons.',
      article: law('第二十四条'),
    });
    return { ...base, outcome: 'discretion', hardshipMode, hardship, needsProof, reasons, suggestedDenial: null };
  }
  if (!meets) return { ...base, outcome: 'ineligible', hardshipMode, hardship, needsProof, reasons, suggestedDenial: 'notHardship' };
  return { ...base, outcome: 'eligible', hardshipMode, hardship, needsProof, reasons, suggestedDenial: needsProof ? 'noProof' : null };
}
