import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, Select, Table, Tag } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CaseListItem } from '../../../../contract/case';
import {
  caseOrigins,
  caseOriginLabels,
  caseStates,
  caseStateLabels,
  matterKinds,
  matterKindLabels,
  type CaseOrigin,
} from '../../../../contract/enums';
import { useCan } from '../../../../../../web/src/access/can';
import { PageHeading } from '../../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { type CaseListFilters, useCaseList } from '../../../api/cases';
import { AidPage } from '../../../components/AidPage';
import { ExplainedDeadlineTag as DeadlineTag } from '../../../../../../web/src/components/ExplainedDeadline';
import { useLabel, useOptions } from '../../../components/labels';
import { type AidMessageKey, useAidT } from '../../../i18n';
import { casePath, intakePath } from '../../../paths';
import { CaseStateTag } from './CaseStateTag';

const keys = ['state', 'origin', 'matterKind', 'deadline', 'urgent', 'q'] as const;

function fromSearch(p: URLSearchParams, origin?: CaseOrigin): CaseListFilters {
  const f: Record<string, string | number> = { page: Number(p.get('page') ?? 1) || 1, pageSize: Number(p.get('pageSize') ?? 20) || 20 };
  for (const k of keys) {
    const v = p.get(k);
    if (v) f[k] = v;
  }
  if (origin) f.origin = origin;
  return f as CaseListFilters;
}

function toSearch(q: CaseListFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(q)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  );
}

/** The review queue (or, with `origin`, the notices) of the centres in the user's scope, paged on the server. */
export function CaseQueue({ title, origin }: { title: AidMessageKey; origin?: CaseOrigin }) {
  const tr = useAidT();
  const fmt = useFormat();
  const label = useLabel();
  const options = useOptions();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = fromSearch(params, origin);
  const list = useCaseList(query);
  const setQuery = (q: CaseListFilters) => setParams(toSearch({ ...q, origin: origin ? undefined : q.origin }));
  const set = (patch: Partial<CaseListFilters>) => setQuery({ ...query, ...patch, page: 1 });

  return (
    <AidPage>
      <PageHeading
        title={tr(title)}
        extra={
          can('legalAid.application.intake') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(intakePath)}>
              {tr('list.register')}
            </Button>
          )
        }
      />
      <div className="tp-stack">
        <Form layout="inline" name="aid-queue-filters" aria-label={tr('filter.title')} style={{ rowGap: 8 }}>
          <Form.Item label={tr('filter.state')} htmlFor="aid-f-state">
            <Select
              id="aid-f-state"
              allowClear
              style={{ width: 180 }}
              value={query.state}
              options={options(caseStates, caseStateLabels)}
              onChange={(v) => set({ state: v })}
            />
          </Form.Item>
          {!origin && (
            <Form.Item label={tr('filter.origin')} htmlFor="aid-f-origin">
              <Select
                id="aid-f-origin"
                allowClear
                style={{ width: 150 }}
                value={query.origin}
                options={options(caseOrigins, caseOriginLabels)}
                onChange={(v) => set({ origin: v })}
              />
            </Form.Item>
          )}
          <Form.Item label={tr('filter.matter')} htmlFor="aid-f-matter">
            <Select
              id="aid-f-matter"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 240 }}
              value={query.matterKind}
              options={options(matterKinds, matterKindLabels)}
              onChange={(v) => set({ matterKind: v })}
            />
          </Form.Item>
          <Form.Item label={tr('filter.deadline')} htmlFor="aid-f-deadline">
            <Select
              id="aid-f-deadline"
              allowClear
              style={{ width: 120 }}
              value={query.deadline}
              options={[
                { value: 'overdue', label: tr('filter.overdue') },
                { value: 'dueSoon', label: tr('filter.dueSoon') },
              ]}
              onChange={(v) => set({ deadline: v })}
            />
          </Form.Item>
          <Form.Item>
            <Checkbox checked={query.urgent === 'true'} onChange={(e) => set({ urgent: e.target.checked ? 'true' : undefined })}>
              {tr('filter.urgent')}
            </Checkbox>
          </Form.Item>
          <Form.Item label={tr('filter.q')} htmlFor="aid-f-q">
            <Input.Search
              id="aid-f-q"
              allowClear
              placeholder={tr('filter.qPlaceholder')}
              defaultValue={query.q}
              onSearch={(v) => set({ q: v.trim() || undefined })}
              style={{ width: 220 }}
            />
          </Form.Item>
        </Form>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<CaseListItem>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 1100 }}
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
              key: 'no',
              title: tr('list.caseNumber'),
              width: 230,
              className: 'aid-nowrap',
              render: (_, c) => <Link to={casePath(c.id)}>{c.caseNumber}</Link>,
            },
            { key: 'applicant', title: tr('list.applicant'), dataIndex: 'applicantName', width: 120 },
            { key: 'origin', title: tr('list.origin'), width: 120, render: (_, c) => label(c.originLabel) },
            { key: 'matter', title: tr('list.matter'), width: 220, render: (_, c) => label(c.matterKindLabel) },
            { key: 'state', title: tr('list.state'), width: 150, render: (_, c) => <CaseStateTag state={c.state} label={c.stateLabel} /> },
            { key: 'received', title: tr('list.received'), width: 130, className: 'aid-nowrap', render: (_, c) => fmt.date(c.receivedOn) },
            {
              key: 'due',
              title: tr('list.due'),
              width: 150,
              render: (_, c) =>
                c.dueOn ? (
                  <>
                    <div className="aid-nowrap">{fmt.date(c.dueOn)}</div>
                    <DeadlineTag deadline={c.deadline} compact />
                  </>
                ) : (
                  '—'
                ),
            },
            {
              key: 'flags',
              title: tr('list.urgent'),
              width: 110,
              render: (_, c) => (
                <Flex vertical gap={4} align="start">
                  {c.urgent && <Tag color="red">{tr('list.urgent')}</Tag>}
                  {c.forwardedLate && <Tag color="red">{tr('list.forwardedLate')}</Tag>}
                </Flex>
              ),
            },
          ]}
        />
      </div>
    </AidPage>
  );
}
