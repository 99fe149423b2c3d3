import { Alert, Form, Input, Pagination, Skeleton } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { type PublicQaFilters, usePublicQaSearch } from '../../api/public-qa';
import { CategorySelect } from '../../components/CategorySelect';
import { useHotlinePortalT } from '../../portal-i18n';
import { hotlinePortalPaths, LinkButton, PortalTitle } from './portal-parts';

const pageSize = 10;

/** /portal/hotline/qa — search the published, anonymised questions and answers (no login). */
export default function QaListPage() {
  const t = useHotlinePortalT();
  const text = useLocalText();
  usePageTitle(t('title.qa'));
  const [params, setParams] = useSearchParams();
  const query: PublicQaFilters = {
    page: Number(params.get('page') ?? 1) || 1,
    pageSize,
    q: params.get('q') || undefined,
    category: params.get('category') || undefined,
  };
  const set = (patch: Partial<PublicQaFilters>) => {
    const next = { ...query, page: 1, ...patch };
    setParams(
      Object.fromEntries(
        Object.entries({ q: next.q, category: next.category, page: next.page > 1 ? next.page : undefined })
          .filter(([, v]) => v !== undefined && v !== '')
          .map(([k, v]) => [k, String(v)]),
      ),
    );
  };
  const list = usePublicQaSearch(query);
  return (
    <>
      <PortalTitle back={{ to: hotlinePortalPaths.home, label: t('title.landing') }}>{t('title.qa')}</PortalTitle>
      <Alert type="info" showIcon title={t('qa.intro')} style={{ marginBottom: 12 }} />
      <Form layout="vertical" name="hl-qa-search" role="search" aria-label={t('qa.search')}>
        <Form.Item label={t('qa.search')} htmlFor="hl-qa-q" style={{ marginBottom: 8 }}>
          <Input.Search
            id="hl-qa-q"
            key={query.q ?? ''}
            defaultValue={query.q}
            placeholder={t('qa.searchPlaceholder')}
            enterButton={t('qa.search')}
            size="large"
            allowClear
            onSearch={(v) => set({ q: v.trim() || undefined })}
          />
        </Form.Item>
        <Form.Item label={t('qa.category')} htmlFor="hl-qa-category">
          <CategorySelect
            id="hl-qa-category"
            topLevelOnly
            value={query.category}
            placeholder={t('qa.all')}
            onChange={(v) => set({ category: v })}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
      {list.isPending ? (
        <Skeleton active />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <>
          <p>{t('qa.empty')}</p>
          <LinkButton to={hotlinePortalPaths.ask} type="primary" size="large" block>
            {t('qa.ask')}
          </LinkButton>
        </>
      ) : (
        <>
          <p>{t('qa.total', { n: list.data.total })}</p>
          <ul className="hl-portal-list" aria-label={t('title.qa')}>
            {list.data.items.map((qa) => (
              <li key={qa.id} className="hl-portal-card">
                <div style={{ color: 'rgba(0,0,0,0.65)', fontSize: '0.9em' }}>{text(qa.categoryLabel)}</div>
                <Link to={hotlinePortalPaths.qaArticle(qa.id)} style={{ fontSize: '1.05em', fontWeight: 600 }}>
                  {qa.question.length > 80 ? `${qa.question.slice(0, 80)}…` : qa.question}
                </Link>
                <p style={{ margin: '6px 0 0', color: 'rgba(0,0,0,0.75)' }}>
                  {qa.answer.length > 90 ? `${qa.answer.slice(0, 90)}…` : qa.answer}
                </p>
              </li>
            ))}
          </ul>
          <Pagination
            current={query.page}
            pageSize={pageSize}
            total={list.data.total}
            onChange={(page) => set({ page })}
            showSizeChanger={false}
            simple
            style={{ textAlign: 'center' }}
          />
        </>
      )}
    </>
  );
}
