/**
 * Jurisdiction (法律援助法 第三十八条): for litigation matters, the legal aid centre where the
 * case-handling authority sits; for non-litigation matters, the centre where the dispute-handling
 * authority sits or where the events happened. A city-level centre (region code `xx0000`) takes the
 * matters of city-level authorities (local rule: Tianjin's municipal centre handles the cases of the
 * city-level courts and agencies). Unknown places cannot be checked: the centre keeps the case.
 */
export interface JurisdictionInput {
  readonly litigation: boolean;
  readonly authorityRegionCode: string | null;
  readonly eventRegionCode: string | null;
}

export interface Centre {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
}

export interface JurisdictionResult {
  readonly competent: boolean;
  /** Region codes whose centre has jurisdiction (empty when the places are unknown). */
  readonly competentRegions: string[];
  /** Centres with jurisdiction, for the transfer (第三十八条). */
  readonly suggestedCentres: Centre[];
  readonly explanation: { readonly zh: string; readonly en: string };
  readonly article: string;
}

const article = '法律援助法 第三十八条';

export function competentRegions(input: JurisdictionInput): string[] {
  const codes = input.litigation ? [input.authorityRegionCode] : [input.authorityRegionCode, input.eventRegionCode];
  return [...new Set(codes.filter((c): c is string => !!c))];
}

export function checkJurisdiction(centreRegionCode: string, input: JurisdictionInput, centres: readonly Centre[]): JurisdictionResult {
  const regions = competentRegions(input);
  if (regions.length === 0) {
    return {
      competent: true,
      competentRegions: [],
      suggestedCentres: [],
      explanation: {
        zh: '未载明办案机关、争议处理机关所在地或事由发生地，无法核对管辖，由本中心受理。',
        en: 'The places of the authority and of the events are not given: jurisdiction cannot be checked, this centre keeps the case.',
      },
      article,
    };
  }
  const competent = regions.includes(centreRegionCode);
  const suggestedCentres = centres.filter((c) => regions.includes(c.regionCode) && c.regionCode !== centreRegionCode);
  const basis = input.litigation
    ? '诉讼事项由办案机关所在地的法律援助机构受理'
    : '非诉讼事项由争议处理机关所在地或者事由发生地的法律援助机构受理';
  const basisEn = input.litigation
    ? 'litigation matters go to the centre where the case-handling authority sits'
    : 'non-litigation matters go to the centre where the dispute-handling authority sits or the events happened';
  const names = suggestedCentres.map((c) => c.name).join('、');
  return {
    competent,
    competentRegions: regions,
    suggestedCentres,
    explanation: competent
      ? { zh: `${basis}，本中心有管辖权。`, en: `${basisEn[0]!.toUpperCase()}${basisEn.slice(1)}: this centre is competent.` }
      : {
          zh: `${basis}，本中心无管辖权，应移送${names || '有管辖权的法律援助机构'}并告知申请人。`,
          en: `${basisEn[0]!.toUpperCase()}${basisEn.slice(1)}: this centre is not competent; transfer to ${
            suggestedCentres.map((c) => c.name).join(', ') || 'the competent centre'
          } and tell the applicant.`,
        },
    article,
  };
}
