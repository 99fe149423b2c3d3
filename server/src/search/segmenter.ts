import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { legalDictionary, queryStopWords } from './legal-dictionary';

/**
 * Chinese word segmentation for the search index. Neither SQLite's `unicode61` tokenizer nor
 * PostgreSQL's `simple` parser can split Chinese (a whole run becomes one token), so both index
 * text that jieba has already cut into space-separated words, and queries are cut the same way.
 *
 * jieba's search mode emits a compound and its parts (行政复议 → 行政 / 复议 / 行政复议), so a
 * query for 复议 finds 行政复议. `Intl.Segmenter` is only a fallback for a platform where the
 * native jieba binding cannot load: it splits legal words badly (复 / 议, 申请 / 人).
 */
interface Cutter {
  cut(text: string, hmm?: boolean): string[];
  cutForSearch(text: string, hmm?: boolean): string[];
}

export type SegmenterEngine = 'jieba' | 'intl';

let cutter: Cutter | null = null;
let engine: SegmenterEngine | null = null;

function loadJieba(): Cutter | null {
  try {
    // Loaded lazily (≈200 ms for the dictionary) and through require so that a missing native
    // binary degrades to the fallback instead of failing the import of this module.
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js');
    const jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(legalDictionary(), 'utf8'));
    return jieba;
  } catch {
    return null;
  }
}

function intlWords(text: string): string[] {
  const seg = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...seg.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}
const intlCutter: Cutter = { cut: intlWords, cutForSearch: intlWords };

function activeCutter(): Cutter {
  if (!cutter) {
    const jieba = loadJieba();
    cutter = jieba ?? intlCutter;
    engine = jieba ? 'jieba' : 'intl';
  }
  return cutter;
}

/** Which engine segments text in this process (loads it on first call). */
export function segmenterEngine(): SegmenterEngine {
  activeCutter();
  return engine!;
}

/**
 * Identifies how text is segmented: the engine and the legal dictionary. Stored with the
 * index; when it changes, stored documents are segmented again.
 */
export function segmenterVersion(): string {
  const hash = createHash('sha256').update(legalDictionary()).digest('hex').slice(0, 16);
  return `${segmenterEngine()}:${hash}`;
}

/** Characters that make up words; everything else (punctuation, symbols, spaces) separates them. */
const nonWord = /[^\p{L}\p{N}]+/u;
const wholeWord = /^[\p{L}\p{N}]+$/u;

/** Full-width letters and digits to ASCII, then lower case: ＡＢＣ１２ → abc12. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Cuts text into search tokens: jieba search mode, normalised, punctuation dropped. Repeats are
 * kept (term frequency matters for ranking).
 */
export function segment(text: string): string[] {
  return text ? words(activeCutter().cutForSearch(normaliseText(text), true)) : [];
}

/** Keeps the letters-and-digits parts of raw segments. */
function words(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of raw) {
    if (wholeWord.test(w)) out.push(w);
    else for (const part of w.split(nonWord)) if (part) out.push(part);
  }
  return out;
}

/** The space-separated token text stored in the index columns. */
export function segmentForIndex(text: string): string {
  return segment(text).join(' ');
}

/** Upper bound of words in a query (a pasted paragraph must not build a huge query). */
const maxQueryWords = 12;

/**
 * A word of a query and the smaller words jieba finds inside it (行政诉讼 → 行政, 诉讼). A document
 * matches the word when it has the word itself or all of its parts: the text may segment
 * differently around it (行政诉讼法 yields 行政 / 诉讼 / 诉讼法, not 行政诉讼).
 *
 * `phrase`: the word is a run of single characters jieba would not join (报到 cut as 报 / 到,
 * 自书 as 自 / 书); it matches the joined word or the characters next to each other.
 */
export interface QueryWord {
  word: string;
  parts: string[];
  phrase: boolean;
}

/**
 * The words of a query, in order, distinct, without function and question words. Consecutive
 * single characters form a phrase; a lone single character (受, 内) is dropped unless nothing
 * else is left: alone it matches nearly everything and says little.
 */
export function queryWords(q: string): QueryWord[] {
  const cutter = activeCutter();
  const out = new Map<string, QueryWord>();
  const singles: QueryWord[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 1) out.set(run.join(''), { word: run.join(''), parts: [...run], phrase: true });
    else if (run.length === 1) singles.push({ word: run[0]!, parts: [], phrase: false });
    run = [];
  };
  for (const raw of cutter.cut(normaliseText(q), true)) {
    const token = wholeWord.test(raw) ? raw : null;
    if (!token || queryStopWords.has(token)) {
      endRun();
      continue;
    }
    if ([...token].length === 1) {
      run.push(token);
      continue;
    }
    endRun();
    const parts = [...new Set(words(cutter.cutForSearch(token, true)))].filter((p) => p !== token);
    out.set(token, { word: token, parts, phrase: false });
  }
  endRun();
  const chosen = out.size ? [...out.values()] : singles;
  return chosen.slice(0, maxQueryWords);
}

/** Every term of a query (words and their parts), distinct: what the highlighter marks. */
export function queryTerms(q: string): string[] {
  return [...new Set(queryWords(q).flatMap((w) => [w.word, ...w.parts]))];
}
