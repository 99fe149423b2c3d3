import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { providerKindLabels, providerKinds, type ProviderKind } from '../../../contract/enums';
import type { ProviderView } from '../../../contract/provider';
import { useCan } from '../../../../../web/src/access/can';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { type ProviderFilters, registryApi, useRegistry } from '../../api/registry';
import { AidPage } from '../../components/AidPage';
import { useLabel, useOptions } from '../../components/labels';
import { useAidT } from '../../i18n';
import { ProviderDrawer } from './ProviderDrawer';
import { ProviderModal } from './ProviderModal';

/** /workbench/legal-aid/providers — lawyers, firms, grassroots workers and volunteers (第十二、十三、十六、十七条). */
export default function ProvidersPage() {
  const tr = useAidT();
  const label = useLabel();
  const options = useOptions();
  const can = useCan();
  const [q, setQ] = useState<ProviderFilters>({ page: 1, pageSize: 20, active: 'true' });
  const [adding, setAdding] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const list = useRegistry('providers', q, () => registryApi.providers(q));
  const set = (patch: Partial<ProviderFilters>) => setQ({ ...q, ...patch, page: 1 });
  return (
    <AidPage>
      <PageHeading
        title={tr('page.providers')}
        extra={
          can('legalAid.provider.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {tr('prov.add')}
            </Button>
          )
        }
      />
      <div className="tp-stack">
        <Form layout="inline" name="aid-prov-filter" style={{ rowGap: 8 }}>
          <Form.Item label={tr('prov.kind')} htmlFor="aid-prov-kind">
            <Select
              id="aid-prov-kind"
              allowClear
              style={{ width: 180 }}
              value={q.kind}
              options={options(providerKinds, providerKindLabels)}
              onChange={(v: ProviderKind | undefined) => set({ kind: v })}
            />
          </Form.Item>
          <Form.Item label={tr('common.status')} htmlFor="aid-prov-active">
            <Select
              id="aid-prov-active"
              allowClear
              style={{ width: 120 }}
              value={q.active}
              options={[
                { value: 'true', label: tr('prov.active') },
                { value: 'false', label: tr('prov.inactive') },
              ]}
              onChange={(v: 'true' | 'false' | undefined) => set({ active: v })}
            />
          </Form.Item>
          <Form.Item label={tr('filter.q')} htmlFor="aid-prov-q">
            <Input.Search id="aid-prov-q" allowClear onSearch={(v) => set({ q: v.trim() || undefined })} style={{ width: 220 }} />
          </Form.Item>
        </Form>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<ProviderView>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 1000 }}
          pagination={{
            current: q.page,
            pageSize: q.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (n) => tr('common.total', { n }),
            onChange: (page, pageSize) => setQ({ ...q, page, pageSize }),
          }}
          columns={[
            {
              key: 'name',
              title: tr('prov.name'),
              width: 160,
              render: (_, p) => (
                <Button type="link" style={{ padding: 0 }} onClick={() => setSelected(p.id)}>
                  {p.name}
                </Button>
              ),
            },
            { key: 'kind', title: tr('prov.kind'), width: 140, render: (_, p) => label(p.kindLabel) },
            { key: 'firm', title: tr('prov.firm'), width: 180, render: (_, p) => p.firmName ?? '—' },
            { key: 'org', title: tr('detail.centre'), width: 180, dataIndex: 'orgName' },
            {
              key: 'spec',
              title: tr('prov.specialities'),
              render: (_, p) => p.specialityLabels.map((s) => <Tag key={s.zh}>{label(s)}</Tag>),
            },
            { key: 'years', title: tr('prov.criminalYears'), width: 110, dataIndex: 'relevantCriminalYears' },
            { key: 'open', title: tr('prov.open'), width: 80, dataIndex: 'openCases' },
            {
              key: 'active',
              title: tr('common.status'),
              width: 90,
              render: (_, p) => <Tag color={p.active ? 'green' : 'default'}>{tr(p.active ? 'prov.active' : 'prov.inactive')}</Tag>,
            },
          ]}
        />
      </div>
      <ProviderModal open={adding} onClose={() => setAdding(false)} />
      <ProviderDrawer id={selected} onClose={() => setSelected(null)} />
    </AidPage>
  );
}
