import { parseChineseNumeral } from '@tianping/common/text/chinese-numerals';

/**
 * Parses a statute in the Markdown of the law library (LawRefBook/Laws layout):
 *
 *   # 中华人民共和国行政复议法          ← title
 *   1999年4月29日 第九届…通过          ← history, one line each
 *   <!-- INFO END -->
 *   ## 第一章 总 则                    ← structure headings; the Markdown level varies by file
 *   ### 第一节 行政复议范围               (民法典: # 编, ## 分编/章, ### 章/节, #### 节)
 *   第一条 为了…                       ← an article starts with 第X条 (or 第X条之一) and a space
 *   （一）…                            ← further paragraphs of the same article
 *
 * Structure is recognised by the heading text (第X编 / 第X分编 / 第X章 / 第X节, or 一、管辖 in
 * judicial interpretations), never by its Markdown level. 序言 (the Constitution's preamble)
 * and 附件 (the Criminal Law's annexes) are kept apart from the articles.
 */
export interface ParsedArticle {
  number: number;
  /** 0, or n for 第X条之n (articles inserted by amendments, e.g. 刑法第一百三十三条之一). */
  suffix: number;
  /** As written in the text: 第二十条, 第一百三十三条之一. */
  label: string;
  partTitle: string | null;
  subpartTitle: string | null;
  chapterTitle: string | null;
  sectionTitle: string | null;
  /** Paragraphs separated by `\n`; the first without its 第X条 label. */
  text: string;
  /** 1-based position in the law. */
  ordinal: number;
}

export interface ParsedLaw {
  title: string;
  history: string[];
  /** Text before the first article (序言, an interpretation's enacting clause); null when none. */
  preamble: string | null;
  /** Text under 附件 headings; null when none. */
  appendix: string | null;
  articles: ParsedArticle[];
  /** Lines the parser could not place (text between a heading and the next article). */
  warnings: string[];
}

type Level = 'part' | 'subpart' | 'chapter' | 'section';

const numeral = '[零〇一二三四五六七八九十百千]+';
/**
 * 第X条 (or 第X条之Y) opening a line, followed by whitespace. A stray space before 条 is tolerated
 * (刑事诉讼法's source writes 第一百二十八 条侦查人员…); a line that merely starts with a
 * reference (第三十条规定的…) has no whitespace and is not an article.
 */
const articleStart = new RegExp(`^第(${numeral})([\\s\\u3000]*)条(?:之(${numeral}))?([\\s\\u3000]*)`);
const structural: [RegExp, Level][] = [
  [new RegExp(`^第${numeral}分编`), 'subpart'],
  [new RegExp(`^第${numeral}编`), 'part'],
  [new RegExp(`^第${numeral}章`), 'chapter'],
  [new RegExp(`^第${numeral}节`), 'section'],
  [new RegExp(`^${numeral}、`), 'chapter'],
];
const below: Record<Level, Level[]> = {
  part: ['subpart', 'chapter', 'section'],
  subpart: ['chapter', 'section'],
  chapter: ['section'],
  section: [],
};

/** Zero-width characters and no-break spaces left over from web copies. */
const invisible = /\u200b|\u200c|\u200d|\ufeff/g;

function clean(line: string): string {
  return line
    .replace(invisible, '')
    .replace(/\u00a0/g, ' ')
    .trim();
}

/** 第一章  总 则 → 第一章 总则; 第二节  监  护 → 第二节 监护 (spacing inside Chinese titles is typographic). */
export function normaliseHeading(text: string): string {
  const m = /^(第[^\s\u3000]+?(?:分编|编|章|节)|[零〇一二三四五六七八九十百千]+、)[\s\u3000]*(.*)$/.exec(text);
  if (!m) return text.replace(/[\s\u3000]+/g, '');
  const name = m[2]!.replace(/[\s\u3000]+/g, '');
  return m[1]!.endsWith('、') ? `${m[1]}${name}` : name ? `${m[1]} ${name}` : m[1]!;
}

/** Short text without sentence punctuation: the rest of a heading, not a paragraph. */
function isTitleContinuation(line: string): boolean {
  return [...line].length <= 30 && !/[。；：，]/.test(line);
}

export function parseLawMarkdown(markdown: string): ParsedLaw {
  const lines = markdown.split(/\r?\n/).map(clean);
  const titleLine = lines.findIndex((l) => l.startsWith('# '));
  if (titleLine < 0) throw new Error('law file has no "# title" line');
  const title = lines[titleLine]!.slice(2).trim();
  const infoEnd = lines.findIndex((l) => l.startsWith('<!-- INFO END'));
  const history = infoEnd > 0 ? lines.slice(titleLine + 1, infoEnd).filter((l) => l && !l.startsWith('<!--')) : [];

  const headings: Record<Level, string | null> = { part: null, subpart: null, chapter: null, section: null };
  /** Level each Markdown depth has meant so far in this file (for 附则 headings without a number). */
  const depthLevel = new Map<number, Level>();
  const preamble: string[] = [];
  const appendix: string[] = [];
  const articles: ParsedArticle[] = [];
  const warnings: string[] = [];
  let zone: 'body' | 'preamble' | 'appendix' = 'body';
  /** The heading just read, while no article or text has followed it yet. */
  let lastHeading: Level | null = null;
  let current: { head: Omit<ParsedArticle, 'text'>; paragraphs: string[] } | null = null;

  const flush = () => {
    if (current) articles.push({ ...current.head, text: current.paragraphs.join('\n') });
    current = null;
  };

  for (const line of lines.slice(infoEnd >= 0 ? infoEnd + 1 : titleLine + 1)) {
    if (!line || line.startsWith('<!--')) continue;
    const heading = /^(#+)\s*(.*)$/.exec(line);
    if (heading) {
      const depth = heading[1]!.length;
      const text = heading[2]!.trim();
      if (!text) continue;
      if (text === '序言') {
        flush();
        zone = 'preamble';
        continue;
      }
      if (text.startsWith('附件')) {
        flush();
        zone = 'appendix';
        appendix.push(text);
        continue;
      }
      zone = 'body';
      flush();
      const level = structural.find(([re]) => re.test(text))?.[1] ?? depthLevel.get(depth) ?? 'chapter';
      depthLevel.set(depth, level);
      headings[level] = normaliseHeading(text);
      for (const l of below[level]) headings[l] = null;
      lastHeading = level;
      continue;
    }
    const match = zone === 'body' ? articleStart.exec(line) : null;
    const start = match && (match[2] || match[4]) ? match : null;
    if (start) {
      flush();
      lastHeading = null;
      const number = parseChineseNumeral(start[1]!);
      const suffix = start[3] ? parseChineseNumeral(start[3]) : 0;
      if (!number || suffix === null) throw new Error(`unreadable article number in "${line.slice(0, 20)}"`);
      current = {
        head: {
          number,
          suffix,
          label: `第${start[1]}条${start[3] ? `之${start[3]}` : ''}`,
          partTitle: headings.part,
          subpartTitle: headings.subpart,
          chapterTitle: headings.chapter,
          sectionTitle: headings.section,
          ordinal: articles.length + 1,
        },
        paragraphs: [line.slice(start[0].length).trim()],
      };
      continue;
    }
    const headingLevel = lastHeading;
    lastHeading = null;
    if (headingLevel && articles.length && isTitleContinuation(line)) {
      // A long heading wrapped onto the next line (刑事诉讼法 第五编第四章).
      headings[headingLevel] += line;
      continue;
    }
    if (zone === 'appendix') appendix.push(line);
    else if (current && zone === 'body') (current as { paragraphs: string[] }).paragraphs.push(line);
    else if (zone === 'preamble' || !articles.length) preamble.push(line);
    else warnings.push(`text outside any article: ${line.slice(0, 40)}`);
  }
  flush();
  return {
    title,
    history,
    preamble: preamble.length ? preamble.join('\n') : null,
    appendix: appendix.length ? appendix.join('\n') : null,
    articles,
    warnings,
  };
}
