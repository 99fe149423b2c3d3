import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { z } from 'zod';
import type { hardshipStandardViewSchema } from '../../../contract/hardship';
import { useCan } from '../../../../../web/src/access/can';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useAidMutation } from '../../api/keys';
import { registryApi, useRegistry } from '../../api/registry';
import { AidPage } from '../../components/AidPage';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useAidT } from '../../i18n';

type Standard = z.infer<typeof hardshipStandardViewSchema>;
interface Values {
  regionCode: string;
  monthlyPerCapitaYuan: number;
  effectiveFrom: Dayjs;
  effectiveTo?: Dayjs | null;
  source: string;
}

/** /workbench/legal-aid/hardship-standards — 经济困难标准 with effective dates (第三十四条); example values labelled. */
export default function HardshipPage() {
  const tr = useAidT();
  const fmt = useFormat();
  const can = useCan();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const list = useRegistry('standards', {}, registryApi.standards);
  const add = useAidMutation((v: Values) =>
    registryApi.addStandard({
      regionCode: v.regionCode.trim(),
      monthlyPerCapitaYuan: v.monthlyPerCapitaYuan,
      effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
      effectiveTo: v.effectiveTo ? v.effectiveTo.format('YYYY-MM-DD') : null,
      source: v.source.trim(),
    }),
  );
  return (
    <AidPage>
      <PageHeading
        title={tr('page.hardship')}
        extra={
          can('legalAid.settings.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {tr('hs.add')}
            </Button>
          )
        }
      />
      <div className="tp-stack">
        <Alert type="warning" showIcon title={tr('hs.note')} />
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<Standard>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          pagination={false}
          scroll={{ x: 800 }}
          columns={[
            { key: 'region', title: tr('hs.region'), dataIndex: 'regionCode', width: 120 },
            {
              key: 'amount',
              title: tr('hs.amount'),
              width: 220,
              render: (_, s) => (
                <>
                  {tr('common.yuan', { n: s.monthlyPerCapitaYuan })}{' '}
                  {s.example && (
                    <Tag color="orange" title={tr('common.exampleNote')}>
                      {tr('common.example')}
                    </Tag>
                  )}
                  {s.inForceToday && <Tag color="green">{tr('common.inForce')}</Tag>}
                </>
              ),
            },
            { key: 'from', title: tr('hs.from'), width: 140, render: (_, s) => fmt.date(s.effectiveFrom) },
            { key: 'to', title: tr('hs.to'), width: 140, render: (_, s) => (s.effectiveTo ? fmt.date(s.effectiveTo) : '—') },
            { key: 'source', title: tr('hs.source'), dataIndex: 'source' },
          ]}
        />
      </div>
      <FormModal
        open={open}
        title={tr('hs.add')}
        formName="aid-hs"
        form={form}
        busy={add.isPending}
        onClose={() => setOpen(false)}
        initialValues={{ regionCode: '120000' }}
        onSubmit={(v) => add.mutateAsync(v)}
      >
        <Form.Item name="regionCode" label={tr('hs.region')} rules={[{ required: true, message: tr('common.required') }]}>
          <Input maxLength={6} />
        </Form.Item>
        <Form.Item name="monthlyPerCapitaYuan" label={tr('hs.amount')} rules={[{ required: true, message: tr('common.required') }]}>
          <InputNumber min={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={tr('hs.from')} rules={[{ required: true, message: tr('common.required') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="effectiveTo" label={tr('hs.to')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="source" label={tr('hs.source')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
          <Input maxLength={500} />
        </Form.Item>
      </FormModal>
    </AidPage>
  );
}
