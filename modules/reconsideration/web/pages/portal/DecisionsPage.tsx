import { Input, Pagination, Skeleton } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { usePublished } from '../../api/portal';
import { useReconPortalT } from '../../portal-i18n';
import { PortalTitle } from './CitizenGate';
import { PlainList } from './PlainList';
import { Pill } from './case/case-status';

/** /portal/reconsideration/decisions — the published decisions (第七十九条), public, names masked by the server. */
export default function DecisionsPage() {
  const t = useReconPortalT();
  const sep = t('common.colon');
  const text = useLocalText();
  const { date } = useFormat();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const published = usePublished(q, page);
  usePageTitle(t('title.decisions'));
  const go = (next: { q?: string; page?: number }) => {
    const p = new URLSearchParams();
    const nq = next.q ?? q;
    if (nq) p.set('q', nq);
    if ((next.page ?? 1) > 1) p.set('page', String(next.page));
    setParams(p);
  };
  return (
    <>
      <PortalTitle back={{ to: '/portal/reconsideration', label: t('title.landing') }}>{t('title.decisions')}</PortalTitle>
      <p>{t('decisions.intro')}</p>
      <search>
        <Input.Search
          aria-label={t('decisions.search')}
          placeholder={t('decisions.searchPlaceholder')}
          defaultValue={q}
          allowClear
          enterButton
          size="large"
          onSearch={(v) => go({ q: v.trim(), page: 1 })}
          style={{ marginBottom: 16 }}
        />
      </search>
      {published.isError && <QueryError error={published.error} onRetry={() => published.refetch()} />}
      {published.isPending && <Skeleton active />}
      {published.data && (
        <section className="tp-portal-hero" aria-label={t('title.decisions')}>
          <PlainList
            items={published.data.items}
            empty={t('decisions.empty')}
            rowKey={(d) => d.id}
            render={(d) => (
              <>
                <div style={{ fontWeight: 600 }}>
                  <Link to={`/portal/reconsideration/decisions/${d.id}`}>{d.caseNumber ?? `${d.applicant} / ${d.respondentName}`}</Link>
                </div>
                <div style={{ margin: '4px 0' }}>
                  <Pill tone="blue">{text(d.decisionTypeLabel)}</Pill> {text(d.actKindLabel)}
                </div>
                <div>
                  {t('decisions.applicant')}
                  {sep}
                  {d.applicant} · {t('decisions.respondent')}
                  {sep}
                  {d.respondentName}
                </div>
                <div>
                  {t('decisions.issuedOn')}
                  {sep}
                  {date(d.issuedOn)} · {t('decisions.publishedOn')}
                  {sep}
                  {date(d.publishedOn)}
                </div>
              </>
            )}
          />
          {published.data.total > published.data.pageSize && (
            <Pagination
              style={{ marginTop: 12 }}
              simple
              current={page}
              pageSize={published.data.pageSize}
              total={published.data.total}
              showSizeChanger={false}
              onChange={(p) => go({ page: p })}
            />
          )}
        </section>
      )}
    </>
  );
}
