import type { LawOutlineNode } from '@tianping/common/contract/laws';

export interface ArticleHeading {
  id: string;
  number: number;
  label: string;
  partTitle: string | null;
  subpartTitle: string | null;
  chapterTitle: string | null;
  sectionTitle: string | null;
}

const levels = ['part', 'subpart', 'chapter', 'section'] as const;

function titleAt(a: ArticleHeading, i: number): string | null {
  return [a.partTitle, a.subpartTitle, a.chapterTitle, a.sectionTitle][i] ?? null;
}

/**
 * The table of contents of a law (编 › 分编 › 章 › 节) from its articles in order: a node spans
 * the consecutive articles under the same heading. When a higher heading changes, every lower
 * one starts afresh even if its title repeats (each chapter of 民法典 may have a 一般规定 section).
 */
export function buildOutline(articles: readonly ArticleHeading[]): LawOutlineNode[] {
  const roots: LawOutlineNode[] = [];
  const open: (LawOutlineNode | null)[] = [null, null, null, null];
  for (const a of articles) {
    let changed = false;
    for (let i = 0; i < levels.length; i++) {
      const title = titleAt(a, i);
      const current = open[i] ?? null;
      if (!changed && (current?.title ?? null) === title) {
        if (current) {
          current.to = a.number;
          current.toLabel = a.label;
          current.articleCount++;
        }
        continue;
      }
      changed = true;
      if (title === null) {
        open[i] = null;
        continue;
      }
      const node: LawOutlineNode = {
        level: levels[i]!,
        title,
        firstArticleId: a.id,
        from: a.number,
        to: a.number,
        fromLabel: a.label,
        toLabel: a.label,
        articleCount: 1,
        children: [],
      };
      const parent =
        open
          .slice(0, i)
          .reverse()
          .find((n) => n) ?? null;
      (parent ? parent.children : roots).push(node);
      open[i] = node;
    }
  }
  return roots;
}
