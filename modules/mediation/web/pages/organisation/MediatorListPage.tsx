import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../../../../../web/src/access/can';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { disputeKindLabels, disputeKinds, type DisputeKind } from '../../../contract/enums';
import {
  employmentKinds,
  employmentLabels,
  mediatorStatusLabels,
  mediatorStatuses,
  type Employment,
  type MediatorStatus,
  type MediatorSummary,
} from '../../../contract/organisation';
import { useMediators, type MediatorFilters } from '../../api/organisation';
import { MedPage } from '../../components/MedPage';
import { useOrgT } from '../../i18n/organisation';
import { MediatorCreateModal } from './MediatorCreateModal';
import { committeePath, mediatorPath } from './paths';

function pick<T extends string>(list: readonly T[], v: string | null): T | undefined {
  return list.includes(v as T) ? (v as T) : undefined;
}

function filtersOf(p: URLSearchParams): MediatorFilters {
  return {
    q: p.get('q') || undefined,
    status: pick(mediatorStatuses, p.get('status')),
    employment: pick(employmentKinds, p.get('employment')),
    speciality: pick(disputeKinds, p.get('speciality')),
    page: Number(p.get('page')) || 1,
    pageSize: Number(p.get('pageSize')) || 20,
  };
}

function searchOf(f: MediatorFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '') out[k] = String(v);
  return out;
}

/** /workbench/mediation/mediators — mediators in the data scope with workload (open cases) and training hours. */
export default function MediatorListPage() {
  const tr = useOrgT();
  const text = useLocalText();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const query = filtersOf(params);
  const list = useMediators(query);
  const [adding, setAdding] = useState(false);
  const set = (patch: Partial<MediatorFilters>) => setParams(searchOf({ ...query, page: 1, ...patch }));
  const all = { value: '', label: tr('common.all') };

  return (
    <MedPage>
      <PageHeading
        title={tr('page.mediators')}
        extra={
          can('mediation.mediator.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {tr('mediator.register')}
            </Button>
          )
        }
      />
      <div className="tp-stack">
        <Form layout="inline" name="mediator-filters" role="search">
          <Form.Item label={tr('mediator.name')} htmlFor="mediator-q">
            <Input.Search
              id="mediator-q"
              allowClear
              defaultValue={query.q}
              onSearch={(q) => set({ q: q || undefined })}
              style={{ width: 180 }}
            />
          </Form.Item>
          <Form.Item label={tr('mediator.status')} htmlFor="mediator-status">
            <Select
              id="mediator-status"
              style={{ width: 150 }}
              value={query.status ?? ''}
              onChange={(v) => set({ status: (v || undefined) as MediatorStatus | undefined })}
              options={[all, ...mediatorStatuses.map((s) => ({ value: s, label: text(mediatorStatusLabels[s]) }))]}
            />
          </Form.Item>
          <Form.Item label={tr('mediator.employment')} htmlFor="mediator-employment">
            <Select
              id="mediator-employment"
              style={{ width: 110 }}
              value={query.employment ?? ''}
              onChange={(v) => set({ employment: (v || undefined) as Employment | undefined })}
              options={[all, ...employmentKinds.map((s) => ({ value: s, label: text(employmentLabels[s]) }))]}
            />
          </Form.Item>
          <Form.Item label={tr('mediator.specialities')} htmlFor="mediator-speciality">
            <Select
              id="mediator-speciality"
              style={{ width: 170 }}
              value={query.speciality ?? ''}
              onChange={(v) => set({ speciality: (v || undefined) as DisputeKind | undefined })}
              options={[all, ...disputeKinds.map((s) => ({ value: s, label: text(disputeKindLabels[s]) }))]}
            />
          </Form.Item>
        </Form>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<MediatorSummary>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 960 }}
          locale={{ emptyText: tr('common.empty') }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (n) => tr('common.total', { n }),
            onChange: (page, pageSize) => setParams(searchOf({ ...query, page, pageSize })),
          }}
          columns={[
            { key: 'name', title: tr('mediator.name'), width: 120, render: (_, m) => <Link to={mediatorPath(m.id)}>{m.name}</Link> },
            {
              key: 'committee',
              title: tr('mediator.committee'),
              width: 260,
              render: (_, m) => <Link to={committeePath(m.orgId)}>{m.orgName}</Link>,
            },
            { key: 'employment', title: tr('mediator.employment'), width: 90, render: (_, m) => text(employmentLabels[m.employment]) },
            {
              key: 'spec',
              title: tr('mediator.specialities'),
              width: 220,
              render: (_, m) => m.specialities.map((s) => text(disputeKindLabels[s])).join('、') || tr('common.none'),
            },
            { key: 'open', title: tr('mediator.openCases'), width: 100, dataIndex: 'openCases' },
            { key: 'hours', title: tr('mediator.trainingHours'), width: 100, dataIndex: 'trainingHours' },
            { key: 'status', title: tr('mediator.status'), width: 130, render: (_, m) => text(mediatorStatusLabels[m.status]) },
          ]}
        />
      </div>
      <MediatorCreateModal open={adding} onClose={() => setAdding(false)} />
    </MedPage>
  );
}
