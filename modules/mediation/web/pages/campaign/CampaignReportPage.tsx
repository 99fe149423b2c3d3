import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Skeleton, Table, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { apiBase } from '../../../../../web/src/api/client';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { useCan } from '../../../../../web/src/access/can';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import type { ReportLine } from '../../../contract/campaign';
import { riskLevelLabels, riskLevels } from '../../../contract/enums';
import { useCampaignActions, useCampaignReport } from '../../api/campaign';
import { MedPage } from '../../components/MedPage';
import { useCampaignT } from '../../i18n/campaign';
import { campaignPath } from '../organisation/paths';

type Row = ReportLine & { key: string; label: string };

/** /workbench/mediation/campaigns/:id/report — counts by risk level and status, in total and per district; the document. */
export default function CampaignReportPage() {
  const { id = '' } = useParams();
  const tr = useCampaignT();
  const text = useLocalText();
  const fmt = useFormat();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const q = useCampaignReport(id);
  const actions = useCampaignActions(id);
  const r = q.data;

  if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (!r) return <Skeleton active />;

  const rows: Row[] = [
    ...r.districts.map((d) => ({ ...d, key: d.districtCode, label: d.districtName ?? d.districtCode })),
    { ...r.totals, key: 'total', label: tr('report.totals') },
  ];

  const download = async () => {
    try {
      const doc = await actions.document.mutateAsync();
      message.success(tr('report.generatedDoc', { name: doc.fileName }));
      window.location.assign(`${apiBase}/attachments/${doc.attachmentId}`);
    } catch (e) {
      onError(e);
    }
  };

  return (
    <MedPage>
      <PageHeading
        title={`${tr('page.report')}：${r.campaign.title}`}
        extra={
          <Flex gap={8} wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(campaignPath(id))}>
              {tr('report.back')}
            </Button>
            {can('mediation.campaign.manage') && (
              <Button type="primary" icon={<DownloadOutlined />} loading={actions.document.isPending} onClick={() => void download()}>
                {tr('report.download')}
              </Button>
            )}
          </Flex>
        }
      />
      <div className="tp-stack">
        <Typography.Paragraph type="secondary">
          {`${r.campaign.orgName} · ${r.campaign.regionName ?? r.campaign.regionCode} · ${fmt.date(r.campaign.periodStart)} – ${fmt.date(r.campaign.periodEnd)} · ${tr('report.generated', { date: fmt.date(r.generatedOn) })}`}
        </Typography.Paragraph>
        <Card title={tr('report.byDistrict')}>
          <Table<Row>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={rows}
            scroll={{ x: 900 }}
            rowClassName={(row) => (row.key === 'total' ? 'med-total-row' : '')}
            columns={[
              {
                key: 'label',
                title: tr('report.district'),
                render: (_, row) => (row.key === 'total' ? <strong>{row.label}</strong> : row.label),
              },
              { key: 'findings', title: tr('report.findings'), dataIndex: 'findings' },
              ...riskLevels.map((level) => ({
                key: level,
                title: text(riskLevelLabels[level]),
                render: (_: unknown, row: Row) => row.byRisk[level],
              })),
              { key: 'resolved', title: tr('report.resolved'), dataIndex: 'resolved' },
              { key: 'converted', title: tr('report.converted'), dataIndex: 'converted' },
              { key: 'assigned', title: tr('report.assigned'), dataIndex: 'assigned' },
              { key: 'open', title: tr('report.open'), dataIndex: 'open' },
            ]}
          />
        </Card>
      </div>
    </MedPage>
  );
}
