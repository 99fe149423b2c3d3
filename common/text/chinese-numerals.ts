/**
 * Chinese numerals as written in article numbers of Chinese statutes (第一千二百六十条,
 * 第一百零五条, 第十条). Legal drafting writes 十 (not 一十) at the start, 一百一十 inside a
 * number, and one 零 for any run of missing places (一千零一 for 1001, 一千零一十 for 1010).
 */
const digits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const smallUnits: Record<string, number> = { 万: 10_000 };
const digitChars = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Largest value handled (99 999 999 = 九千九百九十九万九千九百九十九). */
export const maxChineseNumeral = 99_999_999;

function parseBelowTenThousand(text: string): number | null {
  if (!text) return 0;
  let total = 0;
  let pending: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in digits) {
      if (pending !== null && pending !== 0) return null; // two digits in a row: 二三
      pending = digits[ch]!;
    } else if (ch in units) {
      const unit = units[ch]!;
      if (unit >= lastUnit) return null; // units must fall: 十百 is not a number
      // 十 alone at the start means 一十; 零 is not a multiplier (零十 is invalid).
      if (pending === 0) return null;
      total += (pending ?? (total === 0 && unit === 10 ? 1 : NaN)) * unit;
      if (Number.isNaN(total)) return null;
      pending = null;
      lastUnit = unit;
    } else return null;
  }
  return total + (pending ?? 0);
}

/**
 * Parses a Chinese numeral (一千二百六十 → 1260, 十 → 10, 一百零五 → 105) or ASCII / full-width
 * digits (1260, １２６０). Returns null for anything that is not a well-formed number.
 */
export function parseChineseNumeral(input: string): number | null {
  const text = input.normalize('NFKC').trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n <= maxChineseNumeral ? n : null;
  }
  const wan = text.indexOf('万');
  if (wan >= 0) {
    const high = parseBelowTenThousand(text.slice(0, wan) || '一');
    const low = parseBelowTenThousand(text.slice(wan + 1));
    if (high === null || low === null || high === 0) return null;
    return high * smallUnits['万']! + low;
  }
  return parseBelowTenThousand(text);
}

function formatBelowTenThousand(n: number, leadingTen: boolean): string {
  const places = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ] as const;
  let out = '';
  let zeroPending = false;
  let rest = n;
  for (const [value, unit] of places) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d === 0) {
      if (out) zeroPending = true;
      continue;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    out += d === 1 && value === 10 && !out && leadingTen ? unit : digitChars[d] + unit;
  }
  if (rest) out += (zeroPending ? '零' : '') + digitChars[rest];
  return out;
}

/** 1260 → 一千二百六十, 10 → 十, 110 → 一百一十, 1001 → 一千零一, 0 → 零. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > maxChineseNumeral) throw new RangeError(`Cannot write ${n} as a Chinese numeral`);
  if (n === 0) return '零';
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  if (!high) return formatBelowTenThousand(low, true);
  const lowText = low === 0 ? '' : (low < 1000 ? '零' : '') + formatBelowTenThousand(low, false);
  return `${formatBelowTenThousand(high, true)}万${lowText}`;
}

/** Article label: (20) → 第二十条; (133, 1) → 第一百三十三条之一. */
export function articleLabel(number: number, suffix = 0): string {
  return `第${toChineseNumeral(number)}条${suffix ? `之${toChineseNumeral(suffix)}` : ''}`;
}

const articleRef = /^第?([零〇一二三四五六七八九十百千万两\d０-９]+)条?(?:之([一二三四五六七八九十\d]+))?$/;

/**
 * Reads an article reference as people write it: 第二十条, 二十, 20, 第20条, 133之一.
 * Returns null when it is not one.
 */
export function parseArticleRef(input: string): { number: number; suffix: number } | null {
  const m = articleRef.exec(input.normalize('NFKC').replace(/\s+/g, ''));
  if (!m) return null;
  const number = parseChineseNumeral(m[1]!);
  const suffix = m[2] ? parseChineseNumeral(m[2]) : 0;
  if (!number || suffix === null) return null;
  return { number, suffix };
}
