import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Select, Table, Tag } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../../../../../web/src/access/can';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { type ArticleState, articleStateLabels, articleStates } from '../../../contract/knowledge';
import { type ArticleFilters, type ArticleListItem, useArticleList } from '../../api/knowledge';
import { CategorySelect } from '../../components/CategorySelect';
import { kbPaths } from '../../knowledge-paths';
import { useKnowledgeT } from '../../knowledge-i18n';

const stateColors: Record<ArticleState, string> = { draft: 'default', inReview: 'orange', published: 'green' };

function fromSearch(p: URLSearchParams): ArticleFilters {
  const state = p.get('state');
  return {
    page: Number(p.get('page') ?? 1) || 1,
    pageSize: Number(p.get('pageSize') ?? 20) || 20,
    q: p.get('q') || undefined,
    category: p.get('category') || undefined,
    state: (articleStates as readonly string[]).includes(state ?? '') ? (state as ArticleState) : undefined,
  };
}

function toSearch(q: ArticleFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(q)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  );
}

/** /workbench/hotline/knowledge — FAQ articles with category/state filters and a keyword search. */
export default function KnowledgeListPage() {
  const tr = useKnowledgeT();
  const lt = useLocalText();
  const { dateTime } = useFormat();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = fromSearch(params);
  const list = useArticleList(query);
  const setQuery = (q: ArticleFilters) => setParams(toSearch(q));
  const set = (patch: Partial<ArticleFilters>) => setQuery({ ...query, ...patch, page: 1 });

  return (
    <div className="hl-page">
      <PageHeading
        title={tr('page.knowledge')}
        extra={
          can('hotline.knowledge.edit') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(kbPaths.create)}>
              {tr('kb.new')}
            </Button>
          )
        }
      />
      <div className="tp-stack">
        <Alert type="info" showIcon title={tr('kb.humanNote')} />
        <Form layout="inline" name="hl-kb-filters" aria-label={tr('common.filters')} style={{ rowGap: 8 }}>
          <Form.Item label={tr('common.state')} htmlFor="hl-kb-state">
            <Select
              id="hl-kb-state"
              allowClear
              style={{ width: 150 }}
              value={query.state}
              options={articleStates.map((s) => ({ value: s, label: lt(articleStateLabels[s]) }))}
              onChange={(v?: ArticleState) => set({ state: v })}
            />
          </Form.Item>
          <Form.Item label={tr('common.category')} htmlFor="hl-kb-category">
            <CategorySelect id="hl-kb-category" value={query.category} onChange={(v) => set({ category: v })} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item label={tr('common.search')} htmlFor="hl-kb-q">
            <Input.Search
              id="hl-kb-q"
              allowClear
              defaultValue={query.q}
              onSearch={(v) => set({ q: v.trim() || undefined })}
              style={{ width: 240 }}
            />
          </Form.Item>
        </Form>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<ArticleListItem>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 800 }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (n) => tr('common.total', { n }),
            onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }),
          }}
          columns={[
            {
              title: tr('kb.title'),
              dataIndex: 'title',
              render: (_: unknown, a) => <Link to={kbPaths.article(a.id)}>{a.title}</Link>,
            },
            { title: tr('common.category'), dataIndex: 'category', width: 180, render: (_: unknown, a) => lt(a.categoryLabel) },
            {
              title: tr('common.state'),
              dataIndex: 'state',
              width: 110,
              render: (_: unknown, a) => <Tag color={stateColors[a.state]}>{lt(a.stateLabel)}</Tag>,
            },
            {
              title: tr('kb.version'),
              dataIndex: 'currentVersion',
              width: 200,
              render: (_: unknown, a) =>
                `${tr('kb.versionN', { n: a.currentVersion })} · ${
                  a.publishedVersion ? tr('kb.onlineN', { n: a.publishedVersion }) : tr('kb.notPublished')
                }`,
            },
            { title: tr('common.updatedAt'), dataIndex: 'updatedAt', width: 180, render: (v: string) => dateTime(v) },
          ]}
        />
      </div>
    </div>
  );
}
