import type { LocalDate } from '@tianping/common/calendar/local-date';

/**
 * The content of an official document (公文) in the elements of GB/T 9704-2012
 * 《党政机关公文格式》 §7: 版头 (issuing body, document number, red separator), 主体 (title,
 * addressee, body, signature, date, seal) — independent of DOCX or PDF.
 */
export interface OfficialDocument {
  /** 发文机关标志, e.g. `天津市河西区司法局`. */
  issuer: string;
  /** 发文字号, e.g. `津河西司复〔2025〕17号`. */
  docNumber?: string;
  /** 标题. */
  title: string;
  /** 主送机关 / addressee, written with a full-width colon after it. */
  recipient?: string;
  paragraphs: string[];
  /** 发文机关署名 (defaults to the issuer). */
  signature: string;
  /** 成文日期. */
  date: LocalDate;
  dateStyle: 'arabic' | 'chineseNumerals';
}

/** GB/T 9704-2012 §5.2.1–§5.2.2 and §7: A4 paper, margins, type sizes (points) and line pitch. */
export const gbt9704 = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  marginTopMm: 37,
  marginBottomMm: 35,
  marginLeftMm: 28,
  marginRightMm: 26,
  /** 3号 (16 pt) 仿宋 for the body. */
  bodySizePt: 16,
  /** 2号 (22 pt) 小标宋 for the title. */
  titleSizePt: 22,
  /** 发文机关标志: red 小标宋, larger than the title. */
  issuerSizePt: 26,
  /** 28 pt line pitch: 22 lines of 28 characters on the 156 × 225 mm type area. */
  lineSpacingPt: 28,
  red: 'C00000',
  /** The date ends four characters from the right margin (§7.3.5.1, 右空四字). */
  dateRightIndentChars: 4,
  fonts: {
    title: '方正小标宋简体',
    body: '仿宋_GB2312',
    /** What Linux hosts with fonts-noto-cjk have (PDF rendering and DOCX fallbacks). */
    fallbackSerif: 'Noto Serif CJK SC',
    fallbackSans: 'Noto Sans CJK SC',
  },
} as const;

/** Splits typed text into paragraphs (line breaks), dropping empty lines and leading full-width indents. */
export function toParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s\u3000]+/, '').trimEnd())
    .filter(Boolean);
}

export const sealPlaceholder = '（印章）';
