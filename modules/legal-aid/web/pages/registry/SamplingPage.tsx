import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { matterGroupLabels, matterGroups, type MatterGroup } from '../../../contract/enums';
import { useStaff } from '../../../../../web/src/access/can';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocale } from '../../../../../web/src/i18n/locale-context';
import { useCentres } from '../../api/cases';
import { useAidMutation } from '../../api/keys';
import { type DrawList, type DrawView, registryApi, useRegistry } from '../../api/registry';
import { AidPage } from '../../components/AidPage';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useLabel, useOptions } from '../../components/labels';
import { useAidT } from '../../i18n';
import { casePath } from '../../paths';

interface Values {
  orgId: string;
  periodFrom: Dayjs;
  periodTo: Dayjs;
  matterGroup?: MatterGroup;
  publishedValue: string;
  size: number;
}

/** /workbench/legal-aid/sampling — reproducible random draws of closed cases for 卷宗评查, with the recomputation. */
export default function SamplingPage() {
  const tr = useAidT();
  const fmt = useFormat();
  const options = useOptions();
  const centres = useCentres();
  const { me } = useStaff();
  const activeOrg = me.assignments.find((a) => a.id === me.activeAssignmentId)?.orgId;
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const q = { page: 1, pageSize: 50 };
  const list = useRegistry('draws', q, () => registryApi.draws(q));
  const draw = useRegistry('draw', { selected }, () => registryApi.draw(selected ?? ''), selected !== null);
  const create = useAidMutation((v: Values) =>
    registryApi.createDraw({
      orgId: v.orgId,
      periodFrom: v.periodFrom.format('YYYY-MM-DD'),
      periodTo: v.periodTo.format('YYYY-MM-DD'),
      matterGroup: v.matterGroup,
      publishedValue: v.publishedValue.trim(),
      size: v.size,
    }),
  );
  const orgName = (id: string) => centres.data?.items.find((c) => c.id === id)?.name ?? id;
  return (
    <AidPage>
      <PageHeading
        title={tr('page.sampling')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {tr('draw.add')}
          </Button>
        }
      />
      <div className="tp-stack">
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<DrawList['items'][number]>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.items}
          pagination={false}
          scroll={{ x: 800 }}
          columns={[
            {
              key: 'at',
              title: tr('common.date'),
              width: 180,
              render: (_, d) => (
                <Button type="link" onClick={() => setSelected(d.id)}>
                  {fmt.dateTime(d.drawnAt)}
                </Button>
              ),
            },
            { key: 'org', title: tr('draw.centre'), render: (_, d) => orgName(d.orgId) },
            { key: 'period', title: tr('draw.from'), render: (_, d) => `${fmt.date(d.periodFrom)} – ${fmt.date(d.periodTo)}` },
            { key: 'n', title: tr('draw.size'), render: (_, d) => tr('draw.population', { n: d.populationCount, k: d.sampleSize }) },
            { key: 'pub', title: tr('draw.published'), dataIndex: 'publishedValue' },
          ]}
        />
        {draw.data && <DrawDetail d={draw.data} />}
      </div>
      <FormModal
        open={open}
        title={tr('draw.add')}
        formName="aid-draw"
        form={form}
        busy={create.isPending}
        onClose={() => setOpen(false)}
        initialValues={{ orgId: activeOrg, size: 10 }}
        onSubmit={async (v) => setSelected((await create.mutateAsync(v)).id)}
      >
        <Form.Item name="orgId" label={tr('draw.centre')} rules={[{ required: true, message: tr('common.required') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={centres.data?.items.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="periodFrom" label={tr('draw.from')} rules={[{ required: true, message: tr('common.required') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="periodTo" label={tr('draw.to')} rules={[{ required: true, message: tr('common.required') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="matterGroup" label={tr('draw.group')}>
          <Select allowClear options={options(matterGroups, matterGroupLabels)} />
        </Form.Item>
        <Form.Item
          name="publishedValue"
          label={tr('draw.published')}
          rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="size" label={tr('draw.size')} rules={[{ required: true, message: tr('common.required') }]}>
          <InputNumber min={1} max={10000} precision={0} />
        </Form.Item>
      </FormModal>
    </AidPage>
  );
}

function DrawDetail({ d }: { d: DrawView }) {
  const tr = useAidT();
  const fmt = useFormat();
  const label = useLabel();
  const { locale } = useLocale();
  const lines = locale === 'en' ? d.recompute.en : d.recompute.zh;
  return (
    <Card
      size="small"
      title={`${fmt.dateTime(d.drawnAt)} · ${tr('draw.population', { n: d.populationCount, k: d.sampleSize })}`}
      extra={<Tag color={d.verified ? 'green' : 'red'}>{tr(d.verified ? 'draw.verified' : 'draw.notVerified')}</Tag>}
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={tr('draw.seed')}>
          <code>{d.seed}</code>
        </Descriptions.Item>
        <Descriptions.Item label={tr('draw.group')}>{label(d.populationQuery.description)}</Descriptions.Item>
      </Descriptions>
      <Alert
        type="info"
        title={tr('draw.recompute')}
        description={
          <ol className="aid-list">
            {lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ol>
        }
        style={{ marginBottom: 8 }}
      />
      <ul className="aid-list">
        {d.sample.map((s) => (
          <li key={s.caseId}>
            <Link to={casePath(s.caseId, 'quality')}>{s.caseNumber}</Link> {s.closedOn && fmt.date(s.closedOn)}{' '}
            <Tag color={s.reviewed ? 'green' : 'gold'}>{tr(s.reviewed ? 'draw.reviewed' : 'draw.notReviewed')}</Tag>
          </li>
        ))}
      </ul>
    </Card>
  );
}
