import './laws.css';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, Skeleton, Typography } from 'antd';
import { Fragment, useEffect, useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { QueryError } from '../../../components/QueryError';
import { usePageTitle } from '../../../components/use-page-title';
import { useT } from '../../../i18n/use-t';
import { LawStatusTag } from './LawStatusTag';
import { useLawsBase } from './use-laws-base';
import { articleAnchor, type LawArticle, type LawDetail, type LawOutlineNode, lawsApi } from './laws-api';

/** What the address's hash points at: `#a20` / `#a133-1` (article number) or `#article-<articleId>` (search hits). */
type Target = { number: number; suffix: number } | { id: string } | null;

function parseHash(hash: string): Target {
  const h = decodeURIComponent(hash.replace(/^#/, ''));
  const byNumber = /^a(\d+)(?:-(\d+))?$/.exec(h);
  if (byNumber) return { number: Number(byNumber[1]), suffix: Number(byNumber[2] ?? 0) };
  if (h.startsWith('article-') && h.length > 8) return { id: h.slice(8) };
  return null;
}

function matches(a: LawArticle, target: NonNullable<Target>): boolean {
  return 'id' in target ? a.id === target.id : a.number === target.number && a.suffix === target.suffix;
}

function Outline({ nodes }: { nodes: LawOutlineNode[] }) {
  return (
    <ul>
      {nodes.map((n) => (
        <li key={`${n.level}-${n.from}-${n.title}`}>
          <Link to={{ hash: `a${n.from}` }} preventScrollReset>
            {n.title}
          </Link>
          {n.children.length > 0 && <Outline nodes={n.children} />}
        </li>
      ))}
    </ul>
  );
}

function Meta({ law }: { law: LawDetail }) {
  const t = useT();
  const rows: [string, string][] = [
    [t('laws.issuingBody'), law.issuingBody],
    [t('laws.promulgatedOn'), law.promulgatedOn ?? ''],
    [t('laws.amendedOn'), law.amendedOn ?? ''],
    [
      t('laws.effectiveOn'),
      law.effectiveOn ? (law.effectiveDateBasis === 'editor' ? `${law.effectiveOn}${t('laws.editorDate')}` : law.effectiveOn) : '',
    ],
    [t('laws.category'), law.category],
    [t('laws.articles'), t('laws.articleCount', { n: law.articleCount })],
  ];
  return (
    <dl className="tp-law-meta">
      {rows
        .filter(([, v]) => v)
        .map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}

/** Headings for the 编 / 分编 / 章 / 节 an article opens, compared with the article before it. */
function structureHeadings(a: LawArticle, prev: LawArticle | undefined) {
  const levels = [
    ['part', a.partTitle, prev?.partTitle],
    ['subpart', a.subpartTitle, prev?.subpartTitle],
    ['chapter', a.chapterTitle, prev?.chapterTitle],
    ['section', a.sectionTitle, prev?.sectionTitle],
  ] as const;
  const out: { level: string; title: string }[] = [];
  let changed = !prev;
  for (const [level, title, before] of levels) {
    changed = changed || title !== before;
    if (changed && title) out.push({ level, title });
  }
  return out;
}

function Articles({ law }: { law: LawDetail }) {
  const t = useT();
  const { hash } = useLocation();
  const target = useMemo(() => parseHash(hash), [hash]);
  const articles = useInfiniteQuery({
    queryKey: ['laws', 'articles', law.id],
    queryFn: ({ pageParam }) => lawsApi.articles(law.id, pageParam),
    initialPageParam: 1,
    getNextPageParam: (last) => last.nextFrom ?? undefined,
    staleTime: 30 * 60_000,
  });
  const items = useMemo(() => articles.data?.pages.flatMap((p) => p.items) ?? [], [articles.data]);
  const found = target ? items.find((a) => matches(a, target)) : undefined;

  // A deep link (#a20, #article-…) or an outline click past what is loaded: load on until it is there.
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = articles;
  useEffect(() => {
    if (target && !found && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [target, found, hasNextPage, isFetchingNextPage, fetchNextPage]);

  // Then bring it into view and move focus there, so keyboard and screen-reader users land on it too.
  useEffect(() => {
    if (!found) return;
    const el = document.getElementById(articleAnchor(found));
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }, [found]);

  // Structure titles are h2; articles are one level below the deepest structure the law has.
  const hasChapters = law.outline.length > 0;
  if (articles.isPending) return <Skeleton active />;
  if (articles.isError) return <QueryError error={articles.error} onRetry={() => articles.refetch()} />;
  return (
    <section aria-label={t('laws.text')} className="tp-law-text">
      {items.map((a, i) => {
        const ArticleHeading = a.sectionTitle ? 'h4' : hasChapters ? 'h3' : 'h2';
        return (
          <Fragment key={a.id}>
            {structureHeadings(a, items[i - 1]).map((s) =>
              s.level === 'section' ? (
                <h3 key={s.level} className="tp-law-structure tp-law-section">
                  {s.title}
                </h3>
              ) : (
                <h2 key={s.level} className="tp-law-structure">
                  {s.title}
                </h2>
              ),
            )}
            <article
              id={articleAnchor(a)}
              tabIndex={-1}
              aria-labelledby={`article-${a.id}`}
              className={`tp-law-article${found?.id === a.id ? ' tp-law-article-target' : ''}`}
            >
              <ArticleHeading id={`article-${a.id}`} className="tp-law-article-label">
                {a.label}
              </ArticleHeading>
              {a.text.split('\n').map((p, pi) => (
                <p key={pi} className="tp-law-para">
                  {p}
                </p>
              ))}
            </article>
          </Fragment>
        );
      })}
      {articles.hasNextPage && (
        <Button block size="large" loading={articles.isFetchingNextPage} onClick={() => void articles.fetchNextPage()}>
          {t('laws.loadMore', { n: articles.data.pages.at(-1)?.nextFrom ?? '' })}
        </Button>
      )}
    </section>
  );
}

/** One law: title, dates and status, outline (编 › 章 › 节) and the text, loaded 100 articles at a time. */
export default function LawPage() {
  const t = useT();
  const { base } = useLawsBase();
  const { id = '' } = useParams();
  const law = useQuery({ queryKey: ['laws', 'detail', id], queryFn: () => lawsApi.detail(id), staleTime: 30 * 60_000 });
  usePageTitle(law.data?.title ?? t('laws.title'));

  if (law.isPending) return <Skeleton active />;
  if (law.isError) return <QueryError error={law.error} onRetry={() => law.refetch()} />;
  const d = law.data;
  return (
    <>
      <nav aria-label={t('laws.breadcrumb')} className="tp-law-back">
        <Link to={base}>← {t('laws.backToLibrary')}</Link>
      </nav>
      <section className="tp-portal-hero" aria-labelledby="law-title">
        <h1 id="law-title">{d.officialTitle}</h1>
        <p>
          <LawStatusTag status={d.status} />
          {d.title !== d.officialTitle && <span className="tp-law-muted">{t('laws.shortTitle', { title: d.title })}</span>}
        </p>
        {d.statusNote && <p className="tp-law-muted">{t('laws.statusNote', { note: d.statusNote })}</p>}
        <Meta law={d} />
        {d.history.length > 0 && (
          <details className="tp-law-details">
            <summary>{t('laws.history')}</summary>
            <ul>
              {d.history.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
          </details>
        )}
        {d.outline.length > 0 && (
          <details className="tp-law-details tp-law-outline">
            <summary>{t('laws.outline')}</summary>
            <nav aria-label={t('laws.outline')}>
              <Outline nodes={d.outline} />
            </nav>
          </details>
        )}
      </section>
      {d.preamble && (
        <section aria-label={t('laws.preamble')} className="tp-law-text">
          {d.preamble.split('\n').map((p, i) => (
            <p key={i} className="tp-law-para">
              {p}
            </p>
          ))}
        </section>
      )}
      <Articles law={d} />
      {d.appendix && (
        <section aria-labelledby="law-appendix" className="tp-law-text">
          <Typography.Title level={2} id="law-appendix" className="tp-law-structure">
            {t('laws.appendix')}
          </Typography.Title>
          {d.appendix.split('\n').map((p, i) => (
            <p key={i} className="tp-law-para">
              {p}
            </p>
          ))}
        </section>
      )}
    </>
  );
}
