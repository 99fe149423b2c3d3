import { Alert, Checkbox, Form, Select, Table, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { type ConsultationState, consultationStateLabels, consultationStates } from '../../../contract/consultation';
import { type ConsultationFilters, type StaffConsultationListItem, useConsultationList } from '../../api/consultations';
import { kbPaths } from '../../knowledge-paths';
import { useKnowledgeT } from '../../knowledge-i18n';
import { DueTag } from './DueTag';

const stateColors: Record<ConsultationState, string> = { waiting: 'orange', claimed: 'blue', answered: 'green', rated: 'default' };

function fromSearch(p: URLSearchParams): ConsultationFilters {
  const state = p.get('state');
  return {
    page: Number(p.get('page') ?? 1) || 1,
    pageSize: Number(p.get('pageSize') ?? 20) || 20,
    state: (consultationStates as readonly string[]).includes(state ?? '') ? (state as ConsultationState) : undefined,
    overdue: p.get('overdue') === 'true' ? 'true' : undefined,
    mine: p.get('mine') === 'true' ? 'true' : undefined,
  };
}

/** /workbench/hotline/consultations — the on-duty queue of online questions with the answer due time. */
export default function ConsultationQueuePage() {
  const tr = useKnowledgeT();
  const lt = useLocalText();
  const { dateTime } = useFormat();
  const [params, setParams] = useSearchParams();
  const query = fromSearch(params);
  const list = useConsultationList(query);
  const setQuery = (q: ConsultationFilters) =>
    setParams(
      Object.fromEntries(
        Object.entries(q)
          .filter(([, v]) => v !== undefined && v !== '')
          .map(([k, v]) => [k, String(v)]),
      ),
    );
  const set = (patch: Partial<ConsultationFilters>) => setQuery({ ...query, ...patch, page: 1 });
  return (
    <div className="hl-page">
      <PageHeading title={tr('page.consultations')} />
      <div className="tp-stack">
        <Alert type="info" showIcon title={tr('cq.slaNote')} />
        <Form layout="inline" name="hl-cq-filters" aria-label={tr('common.filters')} style={{ rowGap: 8 }}>
          <Form.Item label={tr('common.state')} htmlFor="hl-cq-state">
            <Select
              id="hl-cq-state"
              allowClear
              style={{ width: 150 }}
              value={query.state}
              options={consultationStates.map((s) => ({ value: s, label: lt(consultationStateLabels[s]) }))}
              onChange={(v?: ConsultationState) => set({ state: v })}
            />
          </Form.Item>
          <Form.Item>
            <Checkbox checked={query.overdue === 'true'} onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}>
              {tr('cq.overdueOnly')}
            </Checkbox>
          </Form.Item>
          <Form.Item>
            <Checkbox checked={query.mine === 'true'} onChange={(e) => set({ mine: e.target.checked ? 'true' : undefined })}>
              {tr('cq.mineOnly')}
            </Checkbox>
          </Form.Item>
        </Form>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<StaffConsultationListItem>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 1000 }}
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
              title: tr('cq.number'),
              dataIndex: 'number',
              width: 240,
              render: (_: unknown, c) => <Link to={kbPaths.consultation(c.id)}>{c.number}</Link>,
            },
            { title: tr('common.category'), dataIndex: 'category', width: 150, render: (_: unknown, c) => lt(c.categoryLabel) },
            {
              title: tr('cq.question'),
              dataIndex: 'question',
              ellipsis: true,
            },
            {
              title: tr('common.state'),
              dataIndex: 'state',
              width: 100,
              render: (_: unknown, c) => <Tag color={stateColors[c.state]}>{lt(c.stateLabel)}</Tag>,
            },
            { title: tr('cq.submittedAt'), dataIndex: 'submittedAt', width: 170, render: (v: string) => dateTime(v) },
            {
              title: tr('cq.dueAt'),
              dataIndex: 'dueAt',
              width: 230,
              render: (_: unknown, c) => (
                <span className="hl-nowrap">
                  <DueTag dueAt={c.dueAt} overdue={c.overdue} answeredAt={c.answeredAt} /> {dateTime(c.dueAt)}
                </span>
              ),
            },
            {
              title: tr('cq.claimedBy'),
              dataIndex: 'claimedByName',
              width: 120,
              render: (_: unknown, c) => c.answeredByName ?? c.claimedByName ?? '—',
            },
          ]}
        />
      </div>
    </div>
  );
}
