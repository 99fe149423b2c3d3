import { normaliseText } from './segmenter';

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c]!);
}

interface Range {
  start: number;
  end: number;
  term: string;
}

/**
 * Where the terms occur in the original text (UTF-16 offsets), longest term first at each
 * position. Matching runs on the normalised text (full-width folded, lower case), mapped back
 * to the original characters, so `ＰＯＳ` is found by `pos`.
 */
function findRanges(text: string, terms: readonly string[]): Range[] {
  const multiChar = terms.filter((t) => [...t].length > 1);
  // A single character (法, 日) would light up half the text; mark it only when it is all there is.
  const wanted = (multiChar.length ? multiChar : terms).filter(Boolean).sort((a, b) => b.length - a.length);
  if (!wanted.length) return [];
  let norm = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  let i = 0;
  for (const ch of text) {
    const n = normaliseText(ch);
    for (let k = 0; k < n.length; k++) {
      startOf.push(i);
      endOf.push(i + ch.length);
    }
    norm += n;
    i += ch.length;
  }
  const ranges: Range[] = [];
  let p = 0;
  while (p < norm.length) {
    const term = wanted.find((t) => norm.startsWith(t, p));
    if (term) {
      ranges.push({ start: startOf[p]!, end: endOf[p + term.length - 1]!, term });
      p += term.length;
    } else p++;
  }
  return ranges;
}

/** Adjacent matches (申请 + 期限) become one mark: <mark>申请期限</mark>. */
function mergeAdjacent(ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && last.end === r.start) out[out.length - 1] = { ...last, end: r.end };
    else out.push(r);
  }
  return out;
}

/** Escapes `text[from, to)` and wraps the given ranges (which lie inside it) in `<mark>`. */
function render(text: string, from: number, to: number, ranges: readonly Range[]): string {
  let out = '';
  let at = from;
  for (const r of mergeAdjacent(ranges)) {
    if (r.start < at || r.end > to) continue;
    out += escapeHtml(text.slice(at, r.start)) + '<mark>' + escapeHtml(text.slice(r.start, r.end)) + '</mark>';
    at = r.end;
  }
  return out + escapeHtml(text.slice(at, to));
}

/**
 * The whole text, HTML-escaped, with every occurrence of the terms wrapped in `<mark>`.
 * Escaping is applied to every piece of the input and only our own `<mark>` tags are added,
 * so the result never contains markup from the text (and `&lt;` is never split by a mark).
 */
export function highlight(text: string, terms: readonly string[]): string {
  return render(text, 0, text.length, findRanges(text, terms));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Context kept before the first match of the chosen excerpt. */
const leadingContext = 16;

/**
 * An excerpt of about `size` characters around the densest cluster of terms (most distinct
 * terms, then most occurrences), whitespace collapsed, escaped and highlighted.
 */
export function snippet(text: string, terms: readonly string[], size = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = findRanges(flat, terms);
  if (flat.length <= size) return render(flat, 0, flat.length, ranges);
  let best = { start: 0, distinct: 0, count: 0 };
  for (const r of ranges) {
    const start = Math.max(0, Math.min(r.start - leadingContext, flat.length - size));
    const inside = ranges.filter((x) => x.start >= start && x.end <= start + size);
    const distinct = new Set(inside.map((x) => x.term)).size;
    if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.count)) {
      best = { start, distinct, count: inside.length };
    }
  }
  // Never cut a character outside the Basic Multilingual Plane in half.
  if (isLowSurrogate(flat.charCodeAt(best.start))) best.start--;
  let end = Math.min(flat.length, best.start + size);
  if (isLowSurrogate(flat.charCodeAt(end))) end++;
  return (best.start > 0 ? '…' : '') + render(flat, best.start, end, ranges) + (end < flat.length ? '…' : '');
}
