import { parseChineseNumeral as parseNumeral } from '../text/chinese-numerals';
/** A text in Chinese (authoritative) and English. */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

export type Lang = 'zh' | 'en';

/**
 * Where a rule comes from. `law` is the short title as in the law library (`../laws/<law>.md`,
 * e.g. 行政复议法); `article` is the Chinese citation (第三十条、第八十八条第二款).
 */
export interface LegalBasis {
  readonly law: string;
  readonly article: string;
  /** English title when the law is not in `lawTitlesEn`. */
  readonly lawEn?: string;
  /** The wording of the article (optional; the law library holds the full text). */
  readonly textZh?: string;
}

/** English titles of the laws the calendar and the period catalogue cite. */
export const lawTitlesEn: Readonly<Record<string, string>> = {
  民法典: 'Civil Code',
  民事诉讼法: 'Civil Procedure Law',
  刑事诉讼法: 'Criminal Procedure Law',
  刑法: 'Criminal Law',
  行政复议法: 'Administrative Reconsideration Law',
  行政复议法实施条例: 'Regulation on the Implementation of the Administrative Reconsideration Law',
  行政诉讼法: 'Administrative Litigation Law',
  行政处罚法: 'Administrative Penalty Law',
  行政许可法: 'Administrative Licensing Law',
  行政强制法: 'Administrative Coercion Law',
  法律援助法: 'Legal Aid Law',
  人民调解法: 'People’s Mediation Law',
  劳动争议调解仲裁法: 'Labour Dispute Mediation and Arbitration Law',
  社区矫正法: 'Community Correction Law',
  律师法: 'Lawyers Law',
  公证法: 'Notarization Law',
  司法鉴定程序通则: 'General Rules on Forensic Appraisal Procedure',
  全国年节及纪念日放假办法: 'Measures on National Holidays and Memorial Days',
  '最高人民法院关于适用《民事诉讼法》的解释': 'SPC Interpretation on Applying the Civil Procedure Law',
  最高人民法院关于人民调解协议司法确认程序的若干规定: 'SPC Provisions on Judicial Confirmation of People’s Mediation Agreements',
};

/** Parses a Chinese numeral (二百零一 → 201, 十五 → 15); undefined when it is not one. */
export function parseChineseNumeral(text: string): number | undefined {
  return parseNumeral(text) ?? undefined;
}

const NUM = '[零〇一二两三四五六七八九十百千]+';
const PIECE = new RegExp(`^第?(${NUM})(?:至(${NUM}))?条?(?:第(${NUM})款)?(?:第(${NUM})项)?$`);
/** A paragraph of the article named just before it: 第二十一条第二款、第三款. */
const PARAGRAPH_PIECE = new RegExp(`^第(${NUM})款(?:第(${NUM})项)?$`);

/**
 * Renders a Chinese article citation in English: 第八十八条第二款 → Art. 88(2);
 * 第二、六、七条 → Arts. 2, 6, 7; 第三十二至三十四条 → Arts. 32–34. Unknown shapes are returned unchanged.
 */
export function articleToEnglish(article: string): string {
  const pieces = article.split('、');
  const rendered: string[] = [];
  let plural = pieces.length > 1;
  let previous: number | undefined;
  for (const piece of pieces) {
    const paragraphOnly = PARAGRAPH_PIECE.exec(piece);
    if (paragraphOnly && previous !== undefined) {
      const paragraph = parseChineseNumeral(paragraphOnly[1] ?? '');
      const item = paragraphOnly[2] === undefined ? undefined : parseChineseNumeral(paragraphOnly[2]);
      if (paragraph === undefined) return article;
      rendered.push(`${previous}(${paragraph})${item === undefined ? '' : `(${item})`}`);
      continue;
    }
    const match = PIECE.exec(piece);
    if (!match) return article;
    const from = parseChineseNumeral(match[1] ?? '');
    const to = match[2] === undefined ? undefined : parseChineseNumeral(match[2]);
    const paragraph = match[3] === undefined ? undefined : parseChineseNumeral(match[3]);
    const item = match[4] === undefined ? undefined : parseChineseNumeral(match[4]);
    if (from === undefined || (match[2] !== undefined && to === undefined)) return article;
    if (to !== undefined) plural = true;
    previous = to ?? from;
    rendered.push(
      `${from}${to === undefined ? '' : `–${to}`}${paragraph === undefined ? '' : `(${paragraph})`}${item === undefined ? '' : `(${item})`}`,
    );
  }
  return `${plural ? 'Arts.' : 'Art.'} ${rendered.join(', ')}`;
}

/** 《行政复议法》第三十条 / Administrative Reconsideration Law, Art. 30. */
export function formatLegalBasis(basis: LegalBasis, lang: Lang): string {
  if (lang === 'zh') return `《${basis.law}》${basis.article}`;
  return `${basis.lawEn ?? lawTitlesEn[basis.law] ?? basis.law}, ${articleToEnglish(basis.article)}`;
}

export function formatLegalBases(bases: readonly LegalBasis[], lang: Lang): string {
  return bases.map((basis) => formatLegalBasis(basis, lang)).join(lang === 'zh' ? '；' : '; ');
}
