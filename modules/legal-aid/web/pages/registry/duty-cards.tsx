import { Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  dutyServiceKindLabels,
  dutyServiceKinds,
  dutyStageLabels,
  dutyStages,
  type DutyServiceKind,
  type StationView,
} from '../../../contract/duty';
import { useCan } from '../../../../../web/src/access/can';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useAidMutation } from '../../api/keys';
import { registryApi, type RosterList, type ServiceList, useRegistry } from '../../api/registry';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useLabel, useOptions } from '../../components/labels';
import { useAidT } from '../../i18n';
import { casePath } from '../../paths';
import { ForwardModal } from './ForwardModal';

type Stage = (typeof dutyStages)[number];
const recordable = dutyServiceKinds.filter((k): k is Exclude<DutyServiceKind, 'applicationForwarded'> => k !== 'applicationForwarded');

/** The lawyers who can be rostered: active providers of the station's centre. */
function useLawyers(orgId: string) {
  const q = { page: 1, pageSize: 200, active: 'true' as const, orgId };
  return useRegistry('providers', q, () => registryApi.providers(q));
}

/** 排班: who is on duty on which day of the month; add days, remove entries. */
export function RosterCard({ station, month }: { station: StationView; month: Dayjs }) {
  const tr = useAidT();
  const fmt = useFormat();
  const onError = useApiErrorHandler();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ dutyDate: Dayjs; providerId: string }>();
  const from = month.startOf('month').format('YYYY-MM-DD');
  const to = month.endOf('month').format('YYYY-MM-DD');
  const roster = useRegistry('roster', { id: station.id, from }, () => registryApi.roster(station.id, from, to));
  const lawyers = useLawyers(station.orgId);
  const add = useAidMutation((v: { dutyDate: Dayjs; providerId: string }) =>
    registryApi.addRoster(station.id, { entries: [{ dutyDate: v.dutyDate.format('YYYY-MM-DD'), providerId: v.providerId }] }),
  );
  const remove = useAidMutation((entryId: string) => registryApi.removeRoster(station.id, entryId));
  const manage = station.abilities.canManage;
  return (
    <Card size="small" title={tr('duty.roster')} extra={manage && <Button onClick={() => setOpen(true)}>{tr('duty.addRoster')}</Button>}>
      <Table<RosterList['items'][number]>
        rowKey="id"
        size="small"
        loading={roster.isFetching}
        dataSource={roster.data?.items}
        pagination={false}
        locale={{ emptyText: tr('work.empty') }}
        columns={[
          { key: 'date', title: tr('duty.dutyDate'), render: (_, e) => fmt.date(e.dutyDate) },
          { key: 'lawyer', title: tr('duty.provider'), dataIndex: 'providerName' },
          ...(manage
            ? [
                {
                  key: 'x',
                  title: tr('common.actions'),
                  render: (_: unknown, e: RosterList['items'][number]) => (
                    <Button size="small" type="link" danger onClick={() => remove.mutateAsync(e.id).catch((err: unknown) => onError(err))}>
                      {tr('duty.remove')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal
        open={open}
        title={tr('duty.addRoster')}
        formName="aid-roster"
        form={form}
        busy={add.isPending}
        onClose={() => setOpen(false)}
        initialValues={{ dutyDate: dayjs() }}
        onSubmit={(v) => add.mutateAsync(v)}
      >
        <Form.Item name="dutyDate" label={tr('duty.dutyDate')} rules={[{ required: true, message: tr('common.required') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="providerId" label={tr('duty.provider')} rules={[{ required: true, message: tr('common.required') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={lawyers.data?.items.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

interface ServiceValues {
  servedOn: Dayjs;
  providerId?: string;
  kinds: Exclude<DutyServiceKind, 'applicationForwarded'>[];
  personName: string;
  stage: Stage;
  summary: string;
}

/** 服务记录: each help given at the station (第三十条; presence at a guilty-plea signing). */
export function ServicesCard({ station, month }: { station: StationView; month: Dayjs }) {
  const tr = useAidT();
  const fmt = useFormat();
  const label = useLabel();
  const options = useOptions();
  const [open, setOpen] = useState(false);
  const [forwarding, setForwarding] = useState(false);
  const readsCases = useCan()('legalAid.application.read');
  const [form] = Form.useForm<ServiceValues>();
  const m = month.format('YYYY-MM');
  const services = useRegistry('services', { id: station.id, m }, () => registryApi.services(station.id, m));
  const lawyers = useLawyers(station.orgId);
  const add = useAidMutation((v: ServiceValues) =>
    registryApi.recordService({
      stationId: station.id,
      providerId: v.providerId,
      servedOn: v.servedOn.format('YYYY-MM-DD'),
      kinds: v.kinds,
      personName: v.personName.trim(),
      stage: v.stage,
      summary: v.summary.trim(),
    }),
  );
  return (
    <Card
      size="small"
      title={tr('duty.services')}
      extra={
        station.abilities.canRecordService && (
          <Space>
            <Button onClick={() => setOpen(true)}>{tr('duty.addService')}</Button>
            <Button onClick={() => setForwarding(true)}>{tr('forward.open')}</Button>
          </Space>
        )
      }
    >
      <Table<ServiceList['items'][number]>
        rowKey="id"
        size="small"
        loading={services.isFetching}
        dataSource={services.data?.items}
        pagination={{ pageSize: 10 }}
        locale={{ emptyText: tr('work.empty') }}
        scroll={{ x: 600 }}
        columns={[
          { key: 'on', title: tr('common.date'), width: 120, render: (_, s) => fmt.date(s.servedOn) },
          { key: 'kind', title: tr('duty.serviceKinds'), render: (_, s) => label(s.kindLabel) },
          { key: 'person', title: tr('duty.person'), dataIndex: 'personName', width: 100 },
          { key: 'lawyer', title: tr('duty.provider'), dataIndex: 'providerName', width: 100 },
          {
            key: 'case',
            title: tr('forward.case'),
            width: 110,
            render: (_, s) => (s.forwardedCaseId && readsCases ? <Link to={casePath(s.forwardedCaseId)}>{tr('common.view')}</Link> : '—'),
          },
        ]}
      />
      <ForwardModal
        station={station}
        lawyers={lawyers.data?.items.map((p) => ({ value: p.id, label: p.name }))}
        open={forwarding}
        onClose={() => setForwarding(false)}
      />
      <FormModal
        open={open}
        title={tr('duty.addService')}
        formName="aid-service"
        form={form}
        busy={add.isPending}
        onClose={() => setOpen(false)}
        initialValues={{ servedOn: dayjs(), kinds: ['consultation'], stage: 'investigation' }}
        onSubmit={(v) => add.mutateAsync(v)}
      >
        <Form.Item name="servedOn" label={tr('common.date')} rules={[{ required: true, message: tr('common.required') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="providerId" label={tr('duty.provider')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={lawyers.data?.items.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item
          name="kinds"
          label={tr('duty.serviceKinds')}
          rules={[{ required: true, type: 'array', min: 1, message: tr('common.required') }]}
        >
          <Checkbox.Group options={options(recordable, dutyServiceKindLabels)} />
        </Form.Item>
        <Form.Item
          name="personName"
          label={tr('duty.person')}
          rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="stage" label={tr('duty.stage')}>
          <Select options={options(dutyStages, dutyStageLabels)} />
        </Form.Item>
        <Form.Item name="summary" label={tr('duty.summary')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
