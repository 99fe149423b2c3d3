import './laws.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Input, Pagination, Skeleton, Typography } from 'antd';
import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '../../../components/QueryError';
import { usePageTitle } from '../../../components/use-page-title';
import { useT } from '../../../i18n/use-t';
import { LawStatusTag } from './LawStatusTag';
import { useLawsBase } from './use-laws-base';
import { lawsApi, type LawSearchResult, type LawSummary } from './laws-api';

function SearchResults({ q, page, onPage }: { q: string; page: number; onPage: (p: number) => void }) {
  const t = useT();
  const { base, rebase } = useLawsBase();
  const result = useQuery({
    queryKey: ['laws', 'search', q, page],
    queryFn: () => lawsApi.search(q, page),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
  const data: LawSearchResult | undefined = result.data;

  return (
    <section aria-labelledby="law-results-title" className="tp-law-results">
      <Typography.Title level={2} id="law-results-title" className="tp-law-h2">
        {t('laws.results')}
      </Typography.Title>
      {result.isPending && <Skeleton active />}
      {result.isError && <QueryError error={result.error} onRetry={() => result.refetch()} />}
      {data && (
        <>
          <p role="status" aria-live="polite" className="tp-law-count">
            {t('laws.resultCount', { n: data.total })}
          </p>
          {data.mode === 'any' && data.total > 0 && (
            <Alert type="info" showIcon title={t('laws.partialMatch')} style={{ marginBottom: 12 }} />
          )}
          {data.cited && (
            <div className="tp-law-card tp-law-cited">
              <p className="tp-law-cited-title">
                {t('laws.cited')}：<Link to={`${base}/${data.cited.lawId}#article-${data.cited.id}`}>{data.cited.citation}</Link>
              </p>
              {data.cited.text.split('\n').map((p, i) => (
                <p key={i} className="tp-law-para">
                  {p}
                </p>
              ))}
            </div>
          )}
          {data.total === 0 && <p>{t('laws.noResults')}</p>}
          <ol className="tp-law-hits">
            {data.items.map((hit) => (
              <li key={hit.articleId} className="tp-law-card">
                <Link to={rebase(hit.url)} className="tp-law-hit-title">
                  {hit.lawTitle} {hit.label}
                </Link>
                {hit.lawStatus !== 'effective' && <LawStatusTag status={hit.lawStatus} />}
                {hit.chapterTitle && <div className="tp-law-muted">{hit.chapterTitle}</div>}
                {/*
                  Safe: snippetHtml is built by the server from the article text, which it HTML-escapes
                  first; the only markup it then adds is <mark> around matched terms (docs/core-api.md,
                  lawSearchHitSchema). No other field is ever rendered as HTML.
                */}
                <p className="tp-law-snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
              </li>
            ))}
          </ol>
          {data.total > data.pageSize && (
            <Pagination
              className="tp-law-pagination"
              current={data.page}
              pageSize={data.pageSize}
              total={Math.min(data.total, data.pageSize * 500)}
              showSizeChanger={false}
              showLessItems
              onChange={onPage}
              aria-label={t('laws.pagination')}
            />
          )}
        </>
      )}
    </section>
  );
}

function Catalogue() {
  const t = useT();
  const { base } = useLawsBase();
  const categories = useQuery({ queryKey: ['laws', 'categories'], queryFn: lawsApi.categories, staleTime: 10 * 60_000 });
  const laws = useQuery({ queryKey: ['laws', 'catalogue'], queryFn: lawsApi.catalogue, staleTime: 10 * 60_000 });
  const groups = useMemo(() => {
    const byCategory = new Map<string, LawSummary[]>();
    for (const c of categories.data ?? []) byCategory.set(c.category, []);
    for (const law of laws.data?.items ?? []) {
      if (!byCategory.has(law.category)) byCategory.set(law.category, []);
      byCategory.get(law.category)!.push(law);
    }
    return [...byCategory].filter(([, items]) => items.length > 0);
  }, [categories.data, laws.data]);

  if (categories.isPending || laws.isPending) return <Skeleton active />;
  if (laws.isError) return <QueryError error={laws.error} onRetry={() => laws.refetch()} />;
  return (
    <>
      {groups.map(([category, items], gi) => (
        <section key={category} aria-labelledby={`law-cat-${gi}`} className="tp-law-category">
          <Typography.Title level={2} id={`law-cat-${gi}`} className="tp-law-h2">
            {category} <span className="tp-law-muted">（{items.length}）</span>
          </Typography.Title>
          <ul className="tp-law-list">
            {items.map((law) => (
              <li key={law.id} className="tp-law-card">
                <Link to={`${base}/${law.id}`} className="tp-law-hit-title">
                  {law.title}
                </Link>{' '}
                <LawStatusTag status={law.status} />
                <div className="tp-law-muted">
                  {[
                    law.effectiveOn && t('laws.effectiveOnShort', { date: law.effectiveOn }),
                    t('laws.articleCount', { n: law.articleCount }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** 法律法规库: full-text search of the articles (?q&page in the address) and, without a query, the catalogue. */
export default function LawsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const page = Math.max(1, Math.min(500, Number(params.get('page')) || 1));
  const [text, setText] = useState(q);
  const inputId = useId();
  const resultsTop = useRef<HTMLDivElement>(null);
  usePageTitle(q ? `${q} · ${t('laws.title')}` : t('laws.title'));

  // Back/forward changes ?q: keep the box in step with the address (adjusted while rendering).
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    setText(q);
  }

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const next = text.trim();
    setParams(next ? { q: next } : {});
  };
  const goToPage = (p: number) => {
    setParams({ q, page: String(p) });
    resultsTop.current?.scrollIntoView({ block: 'start' });
  };

  return (
    <>
      <section className="tp-portal-hero" aria-labelledby="laws-title">
        <h1 id="laws-title">{t('laws.title')}</h1>
        <Typography.Paragraph>{t('laws.intro')}</Typography.Paragraph>
        <form role="search" onSubmit={submit} className="tp-law-search">
          <label htmlFor={inputId} className="tp-law-search-label">
            {t('laws.searchLabel')}
          </label>
          <div className="tp-law-search-row">
            <Input
              id={inputId}
              type="search"
              value={text}
              maxLength={100}
              allowClear
              placeholder={t('laws.searchPlaceholder')}
              onChange={(e) => setText(e.target.value)}
              enterKeyHint="search"
            />
            <Button type="primary" htmlType="submit">
              {t('laws.searchButton')}
            </Button>
          </div>
        </form>
      </section>
      <div ref={resultsTop} />
      {q ? <SearchResults q={q} page={page} onPage={goToPage} /> : <Catalogue />}
    </>
  );
}
