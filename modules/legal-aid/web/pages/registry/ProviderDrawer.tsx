import { App, Button, DatePicker, Descriptions, Drawer, Form, Input, Radio, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ProviderDetail } from '../../../contract/provider';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useAidMutation } from '../../api/keys';
import { registryApi, useRegistry } from '../../api/registry';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useLabel } from '../../components/labels';
import { useAidT } from '../../i18n';
import { ProviderModal } from './ProviderModal';

type History = ProviderDetail['history'][number];
interface HistoryValues {
  side: 'client' | 'opponent';
  name: string;
  idNumber?: string;
  matter?: string;
  date?: Dayjs;
}

/** A provider: details, earlier clients and opponents (what the conflict check reads), edit, activate / deactivate. */
export function ProviderDrawer({ id, onClose }: { id: string | null; onClose(): void }) {
  const tr = useAidT();
  const fmt = useFormat();
  const label = useLabel();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<HistoryValues>();
  const detail = useRegistry('provider', { id }, () => registryApi.provider(id ?? ''), id !== null);
  const p = detail.data && detail.data.id === id ? detail.data : undefined;
  const toggle = useAidMutation((d: ProviderDetail) => registryApi.patchProvider(d.id, { active: !d.active, version: d.version }));
  const addHistory = useAidMutation((v: HistoryValues) =>
    registryApi.addHistory(id ?? '', {
      side: v.side,
      name: v.name.trim(),
      idNumber: v.idNumber?.trim() || undefined,
      matter: v.matter?.trim() || undefined,
      date: v.date?.format('YYYY-MM-DD'),
    }),
  );
  return (
    <Drawer open={id !== null} onClose={onClose} size="large" title={p?.name ?? ''} loading={!p}>
      {p && (
        <div className="tp-stack">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={tr('prov.kind')}>{label(p.kindLabel, true)}</Descriptions.Item>
            <Descriptions.Item label={tr('prov.firm')}>{p.firmName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={tr('detail.centre')}>{p.orgName}</Descriptions.Item>
            <Descriptions.Item label={tr('prov.specialities')}>
              {p.specialityLabels.map((s) => label(s)).join('、') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={tr('prov.since')}>{p.practiceSince ? fmt.date(p.practiceSince) : '—'}</Descriptions.Item>
            <Descriptions.Item label={tr('prov.criminalYears')}>{p.relevantCriminalYears}</Descriptions.Item>
            <Descriptions.Item label={tr('prov.phone')}>{p.contactPhone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={tr('intake.idNumber')}>{p.idNumberMasked ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={tr('prov.open')}>{p.openCases}</Descriptions.Item>
          </Descriptions>
          <Space>
            {p.abilities.canEdit && <Button onClick={() => setEditing(true)}>{tr('prov.edit')}</Button>}
            {p.abilities.canEdit && (
              <Button
                danger={p.active}
                onClick={() =>
                  toggle.mutateAsync(p).then(
                    () => message.success(tr('common.done')),
                    (e: unknown) => onError(e),
                  )
                }
              >
                {tr(p.active ? 'prov.deactivate' : 'prov.activate')}
              </Button>
            )}
            {p.abilities.canAddHistory && <Button onClick={() => setAdding(true)}>{tr('prov.addHistory')}</Button>}
          </Space>
          <h2 style={{ fontSize: 16 }}>{tr('prov.history')}</h2>
          <Table<History>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={p.history}
            locale={{ emptyText: tr('work.empty') }}
            columns={[
              {
                key: 'side',
                title: tr('prov.side'),
                width: 130,
                render: (_, h) => <Tag color={h.side === 'opponent' ? 'orange' : 'blue'}>{tr(`prov.side.${h.side}`)}</Tag>,
              },
              {
                key: 'name',
                title: tr('prov.name'),
                render: (_, h) => (
                  <>
                    {h.name} {h.hasIdNumber && <Tag>{tr('intake.idNumber')}</Tag>}
                  </>
                ),
              },
              { key: 'matter', title: tr('prov.matter'), render: (_, h) => h.matter ?? '—' },
              { key: 'date', title: tr('common.date'), width: 130, render: (_, h) => (h.date ? fmt.date(h.date) : '—') },
            ]}
          />
        </div>
      )}
      {p && <ProviderModal open={editing} onClose={() => setEditing(false)} provider={p} />}
      <FormModal
        open={adding}
        title={tr('prov.addHistory')}
        formName="aid-prov-history"
        form={form}
        busy={addHistory.isPending}
        onClose={() => setAdding(false)}
        initialValues={{ side: 'client' }}
        onSubmit={(v) => addHistory.mutateAsync(v)}
      >
        <Form.Item name="side" label={tr('prov.side')}>
          <Radio.Group
            options={[
              { value: 'client', label: tr('prov.side.client') },
              { value: 'opponent', label: tr('prov.side.opponent') },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" label={tr('prov.name')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="idNumber" label={tr('intake.idNumber')}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="matter" label={tr('prov.matter')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="date" label={tr('common.date')}>
          <DatePicker />
        </Form.Item>
      </FormModal>
    </Drawer>
  );
}
