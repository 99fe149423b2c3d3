import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCan, useStaff } from '../../../../../web/src/access/can';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { campaignStatusLabels, campaignStatuses, type CampaignStatus, type CampaignSummary } from '../../../contract/campaign';
import { useCampaigns, useCreateCampaign, type CampaignFilters } from '../../api/campaign';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { MedPage } from '../../components/MedPage';
import { useCampaignT } from '../../i18n/campaign';
import { campaignPath } from '../organisation/paths';

interface Values {
  title: string;
  regionCode: string;
  period: [Dayjs, Dayjs];
  focus?: string;
}

/** /workbench/mediation/campaigns — screening campaigns (矛盾纠纷排查) in the data scope. */
export default function CampaignListPage() {
  const tr = useCampaignT();
  const text = useLocalText();
  const fmt = useFormat();
  const can = useCan();
  const staff = useStaff();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = campaignStatuses.includes(params.get('status') as CampaignStatus) ? (params.get('status') as CampaignStatus) : undefined;
  const query: CampaignFilters = { status, page: Number(params.get('page')) || 1, pageSize: 20 };
  const list = useCampaigns(query);
  const create = useCreateCampaign();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<Values>();
  const orgId = staff.me.assignments.find((a) => a.id === staff.me.activeAssignmentId)?.orgId ?? '';

  return (
    <MedPage>
      <PageHeading
        title={tr('page.campaigns')}
        extra={
          can('mediation.campaign.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {tr('campaign.new')}
            </Button>
          )
        }
      />
      <div className="tp-stack">
        <Typography.Paragraph type="secondary">{tr('campaign.about')}</Typography.Paragraph>
        <Form layout="inline" name="campaign-filters" role="search">
          <Form.Item label={tr('campaign.status')} htmlFor="campaign-status">
            <Select
              id="campaign-status"
              style={{ width: 140 }}
              value={status ?? ''}
              onChange={(v) => setParams(v ? { status: v } : {})}
              options={[
                { value: '', label: tr('common.all') },
                ...campaignStatuses.map((s) => ({ value: s, label: text(campaignStatusLabels[s]) })),
              ]}
            />
          </Form.Item>
        </Form>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<CampaignSummary>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 960 }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (n) => tr('common.total', { n }),
            onChange: (page) => setParams({ ...(status ? { status } : {}), page: String(page) }),
          }}
          columns={[
            { key: 'title', title: tr('campaign.title'), width: 260, render: (_, c) => <Link to={campaignPath(c.id)}>{c.title}</Link> },
            { key: 'region', title: tr('campaign.region'), width: 120, render: (_, c) => c.regionName ?? c.regionCode },
            {
              key: 'period',
              title: tr('campaign.period'),
              width: 240,
              className: 'med-nowrap',
              render: (_, c) => `${fmt.date(c.periodStart)} – ${fmt.date(c.periodEnd)}`,
            },
            { key: 'org', title: tr('campaign.org'), width: 180, dataIndex: 'orgName' },
            { key: 'findings', title: tr('campaign.findings'), width: 90, dataIndex: 'findings' },
            { key: 'open', title: tr('campaign.open'), width: 90, dataIndex: 'open' },
            {
              key: 'high',
              title: tr('campaign.highRisk'),
              width: 90,
              render: (_, c) => (c.highRisk > 0 ? <Tag color="red">{c.highRisk}</Tag> : 0),
            },
            {
              key: 'status',
              title: tr('campaign.status'),
              width: 100,
              render: (_, c) => <Tag color={c.status === 'open' ? 'blue' : 'default'}>{text(campaignStatusLabels[c.status])}</Tag>,
            },
          ]}
        />
      </div>
      <FormModal<Values>
        open={adding}
        title={tr('campaign.new')}
        formName="campaign-create"
        form={form}
        busy={create.isPending}
        onClose={() => setAdding(false)}
        onSubmit={async (v) => {
          const c = await create.mutateAsync({
            orgId,
            title: v.title,
            regionCode: v.regionCode,
            periodStart: v.period[0].format('YYYY-MM-DD'),
            periodEnd: v.period[1].format('YYYY-MM-DD'),
            focus: v.focus || null,
          });
          void navigate(campaignPath(c.id));
        }}
      >
        <Form.Item name="title" label={tr('campaign.title')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={tr('campaign.region')}
          extra={tr('campaign.regionHint')}
          rules={[{ required: true, pattern: /^\d{6}(\d{3}(\d{3})?)?$/ }]}
        >
          <Input inputMode="numeric" />
        </Form.Item>
        <Form.Item name="period" label={tr('campaign.period')} rules={[{ required: true }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} aria-label={tr('campaign.period')} />
        </Form.Item>
        <Form.Item name="focus" label={tr('campaign.focus')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </MedPage>
  );
}
