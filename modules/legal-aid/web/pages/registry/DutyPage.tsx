import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Empty, Form, Input, Row, Select, Space, Statistic, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { stationHostKindLabels, stationHostKinds, type StationHostKind } from '../../../contract/duty';
import { useCan } from '../../../../../web/src/access/can';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useAidMutation } from '../../api/keys';
import { registryApi, useRegistry } from '../../api/registry';
import { AidPage } from '../../components/AidPage';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useLabel, useOptions } from '../../components/labels';
import { useAidT } from '../../i18n';
import { RosterCard, ServicesCard } from './duty-cards';
import { StationEditModal } from './StationEditModal';

interface StationValues {
  name: string;
  hostKind: StationHostKind;
  hostName: string;
  address?: string;
}

/** /workbench/legal-aid/duty — duty-lawyer stations (第十四条), rosters, services (第三十条) and monthly statistics. */
export default function DutyPage() {
  const tr = useAidT();
  const label = useLabel();
  const options = useOptions();
  const can = useCan();
  const [stationId, setStationId] = useState<string | undefined>();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<StationValues>();
  const stations = useRegistry('stations', {}, registryApi.stations);
  const current = stationId ?? stations.data?.items[0]?.id;
  const station = stations.data?.items.find((s) => s.id === current);
  const m = month.format('YYYY-MM');
  const monthly = useRegistry('monthly', { current, m }, () => registryApi.monthly(current ?? '', m), current !== undefined);
  const create = useAidMutation((v: StationValues) =>
    registryApi.createStation({
      name: v.name.trim(),
      hostKind: v.hostKind,
      hostName: v.hostName.trim(),
      address: v.address?.trim() || undefined,
    }),
  );
  const s = monthly.data;
  return (
    <AidPage>
      <PageHeading
        title={tr('page.duty')}
        extra={
          can('legalAid.duty.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {tr('duty.addStation')}
            </Button>
          )
        }
      />
      <div className="tp-stack">
        {stations.isError && <QueryError error={stations.error} onRetry={() => void stations.refetch()} />}
        <Form layout="inline" name="aid-duty-filter" style={{ rowGap: 8 }}>
          <Form.Item label={tr('duty.stations')} htmlFor="aid-duty-station">
            <Select
              id="aid-duty-station"
              style={{ width: 320 }}
              value={current}
              placeholder={tr('duty.pick')}
              options={stations.data?.items.map((x) => ({ value: x.id, label: `${x.name}（${label(x.hostKindLabel)}）` }))}
              onChange={setStationId}
            />
          </Form.Item>
          <Form.Item label={tr('duty.month')} htmlFor="aid-duty-month">
            <DatePicker id="aid-duty-month" picker="month" allowClear={false} value={month} onChange={(v) => v && setMonth(v)} />
          </Form.Item>
        </Form>
        {!station ? (
          <Empty description={tr('duty.pick')} />
        ) : (
          <>
            <Space wrap>
              <Tag color={station.active ? 'green' : 'default'}>{tr(station.active ? 'station.active' : 'station.inactive')}</Tag>
              <span>
                {station.hostName}
                {station.address ? ` · ${station.address}` : ''}
              </span>
              {station.abilities.canManage && <Button onClick={() => setEditing(true)}>{tr('station.edit')}</Button>}
            </Space>
            <Card size="small" title={`${tr('duty.monthly')} · ${station.name} · ${m}`}>
              {monthly.isError && <QueryError error={monthly.error} onRetry={() => void monthly.refetch()} />}
              <Row gutter={16}>
                <Col xs={12} md={4}>
                  <Statistic title={tr('duty.visits')} value={s?.visits ?? 0} />
                </Col>
                <Col xs={12} md={4}>
                  <Statistic title={tr('duty.serviceCount')} value={s?.services ?? 0} />
                </Col>
                <Col xs={12} md={4}>
                  <Statistic title={tr('duty.dutyDays')} value={s?.dutyDays ?? 0} />
                </Col>
                <Col xs={12} md={4}>
                  <Statistic title={tr('duty.lawyers')} value={s?.lawyers ?? 0} />
                </Col>
                <Col xs={12} md={4}>
                  <Statistic title={tr('duty.forwarded')} value={s?.forwardedApplications ?? 0} />
                </Col>
              </Row>
              {s && s.byKind.length > 0 && (
                <ul className="aid-list" style={{ marginTop: 8 }}>
                  {s.byKind.map((k) => (
                    <li key={k.kind}>
                      {label(k.label)}：{k.count}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Row gutter={16}>
              <Col xs={24} lg={10}>
                <RosterCard station={station} month={month} />
              </Col>
              <Col xs={24} lg={14}>
                <ServicesCard station={station} month={month} />
              </Col>
            </Row>
          </>
        )}
      </div>
      {station && <StationEditModal station={station} open={editing} onClose={() => setEditing(false)} />}
      <FormModal
        open={adding}
        title={tr('duty.addStation')}
        formName="aid-station"
        form={form}
        busy={create.isPending}
        onClose={() => setAdding(false)}
        initialValues={{ hostKind: 'court' }}
        onSubmit={(v) => create.mutateAsync(v)}
      >
        <Form.Item name="name" label={tr('prov.name')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="hostKind" label={tr('duty.host')}>
          <Select options={options(stationHostKinds, stationHostKindLabels)} />
        </Form.Item>
        <Form.Item
          name="hostName"
          label={tr('duty.hostName')}
          rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="address" label={tr('duty.address')}>
          <Input maxLength={300} />
        </Form.Item>
      </FormModal>
    </AidPage>
  );
}
