import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Pagination, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import {
  caseStageLabels,
  caseStages,
  subsidyCaseKindLabels,
  subsidyCaseKinds,
  subsidyStatuses,
  subsidyStatusLabels,
  type CaseStage,
  type scheduleEntryViewSchema,
  type SubsidyCaseKind,
} from '../../../contract/subsidy';
import { useCan } from '../../../../../web/src/access/can';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useAidMutation } from '../../api/keys';
import { registryApi, useRegistry } from '../../api/registry';
import { AidPage } from '../../components/AidPage';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useLabel, useOptions } from '../../components/labels';
import { useAidT } from '../../i18n';
import { casePath } from '../../paths';
import { SubsidyCard } from '../workbench/casework/SubsidyCard';

type Entry = z.infer<typeof scheduleEntryViewSchema>;
interface Values {
  caseKind: SubsidyCaseKind;
  stage: CaseStage;
  amountYuan: number;
  effectiveFrom: Dayjs;
  note?: string;
}

/** /workbench/legal-aid/subsidies — the schedule per case kind and stage (第五十二条, example figures labelled) and the subsidies to approve and pay. */
export default function SubsidiesPage() {
  const tr = useAidT();
  const fmt = useFormat();
  const label = useLabel();
  const options = useOptions();
  const can = useCan();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState<{ status?: string; page: number; pageSize: number }>({ status: 'pending', page: 1, pageSize: 10 });
  const schedule = useRegistry('schedule', {}, registryApi.schedule);
  const subsidies = useRegistry('subsidies', q, () => registryApi.subsidies(q));
  const add = useAidMutation((v: Values) =>
    registryApi.addSchedule({
      caseKind: v.caseKind,
      stage: v.stage,
      amountYuan: v.amountYuan,
      effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
      note: v.note?.trim() || undefined,
    }),
  );
  return (
    <AidPage>
      <PageHeading title={tr('page.subsidies')} />
      <div className="tp-stack">
        <Card
          size="small"
          title={tr('ss.schedule')}
          extra={
            can('legalAid.subsidy.manage') && (
              <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
                {tr('ss.add')}
              </Button>
            )
          }
        >
          {schedule.data?.exampleNotice && (
            <Alert type="warning" showIcon title={label(schedule.data.exampleNotice, true)} style={{ marginBottom: 8 }} />
          )}
          {schedule.isError && <QueryError error={schedule.error} onRetry={() => void schedule.refetch()} />}
          <Table<Entry>
            rowKey="id"
            size="small"
            loading={schedule.isFetching}
            dataSource={schedule.data?.items}
            pagination={false}
            scroll={{ x: 760 }}
            columns={[
              { key: 'kind', title: tr('ss.caseKind'), render: (_, e) => label(e.caseKindLabel) },
              { key: 'stage', title: tr('ss.stage'), render: (_, e) => label(e.stageLabel) },
              {
                key: 'amount',
                title: tr('ss.amount'),
                render: (_, e) => (
                  <>
                    {tr('common.yuan', { n: e.amountYuan })} {e.example && <Tag color="orange">{tr('common.example')}</Tag>}
                  </>
                ),
              },
              {
                key: 'from',
                title: tr('hs.from'),
                render: (_, e) => `${fmt.date(e.effectiveFrom)}${e.effectiveTo ? ` – ${fmt.date(e.effectiveTo)}` : ''}`,
              },
              {
                key: 'force',
                title: tr('common.status'),
                render: (_, e) => (e.inForce ? <Tag color="green">{tr('common.inForce')}</Tag> : null),
              },
            ]}
          />
        </Card>
        <Card size="small" title={tr('ss.subsidies')}>
          <Form layout="inline" name="aid-sub-filter" style={{ marginBottom: 8 }}>
            <Form.Item label={tr('common.status')} htmlFor="aid-sub-status">
              <Select
                id="aid-sub-status"
                allowClear
                style={{ width: 180 }}
                value={q.status}
                options={options(subsidyStatuses, subsidyStatusLabels)}
                onChange={(v) => setQ({ ...q, status: v, page: 1 })}
              />
            </Form.Item>
          </Form>
          {subsidies.isError && <QueryError error={subsidies.error} onRetry={() => void subsidies.refetch()} />}
          {subsidies.data?.items.map((s) => (
            <SubsidyCard key={s.id} subsidy={s} title={<Link to={casePath(s.caseId, 'casework')}>{s.caseNumber ?? s.caseId}</Link>} />
          ))}
          {subsidies.data?.items.length === 0 && <p>{tr('work.empty')}</p>}
          <Pagination
            current={q.page}
            pageSize={q.pageSize}
            total={subsidies.data?.total ?? 0}
            onChange={(page, pageSize) => setQ({ ...q, page, pageSize })}
          />
        </Card>
      </div>
      <FormModal
        open={open}
        title={tr('ss.add')}
        formName="aid-ss"
        form={form}
        busy={add.isPending}
        onClose={() => setOpen(false)}
        onSubmit={(v) => add.mutateAsync(v)}
      >
        <Form.Item name="caseKind" label={tr('ss.caseKind')} rules={[{ required: true, message: tr('common.required') }]}>
          <Select options={options(subsidyCaseKinds, subsidyCaseKindLabels)} />
        </Form.Item>
        <Form.Item name="stage" label={tr('ss.stage')} rules={[{ required: true, message: tr('common.required') }]}>
          <Select options={options(caseStages, caseStageLabels)} />
        </Form.Item>
        <Form.Item name="amountYuan" label={tr('ss.amount')} rules={[{ required: true, message: tr('common.required') }]}>
          <InputNumber min={0} max={100000} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={tr('hs.from')} rules={[{ required: true, message: tr('common.required') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="note" label={tr('common.note')}>
          <Input maxLength={500} />
        </Form.Item>
      </FormModal>
    </AidPage>
  );
}
