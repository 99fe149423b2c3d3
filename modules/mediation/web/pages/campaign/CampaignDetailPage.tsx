import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Form, Select, Skeleton, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { campaignStatusLabels, findingStatusLabels, findingStatuses, type Finding, type FindingStatus } from '../../../contract/campaign';
import { disputeKindLabels, riskLevelLabels, riskLevels, type RiskLevel } from '../../../contract/enums';
import { useCampaign, useCampaignActions, useFindings } from '../../api/campaign';
import { MedPage } from '../../components/MedPage';
import { useCampaignT } from '../../i18n/campaign';
import { campaignReportPath, medCasePath } from '../organisation/paths';
import { AssignModal, ConvertModal, FindingCreateModal, ResolveModal } from './FindingForms';

const riskColor: Record<RiskLevel, string> = { none: 'default', low: 'green', medium: 'orange', high: 'red' };

/** /workbench/mediation/campaigns/:id — the campaign and its findings, tracked to resolution. */
export default function CampaignDetailPage() {
  const { id = '' } = useParams();
  const tr = useCampaignT();
  const text = useLocalText();
  const fmt = useFormat();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const onError = useApiErrorHandler();
  const q = useCampaign(id);
  const [status, setStatus] = useState<FindingStatus | undefined>();
  const [risk, setRisk] = useState<RiskLevel | undefined>();
  const [page, setPage] = useState(1);
  const findings = useFindings(id, { status, riskLevel: risk, page, pageSize: 20 });
  const actions = useCampaignActions(id);
  const [adding, setAdding] = useState(false);
  const [assigning, setAssigning] = useState<Finding | null>(null);
  const [resolving, setResolving] = useState<Finding | null>(null);
  const [converting, setConverting] = useState<Finding | null>(null);
  const c = q.data;

  if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (!c) return <Skeleton active />;

  const close = () =>
    modal.confirm({
      title: tr('campaign.close'),
      content: tr('campaign.closeConfirm'),
      onOk: () => actions.close.mutateAsync(c.version).catch((e: unknown) => onError(e)),
    });

  return (
    <MedPage>
      <PageHeading
        title={c.title}
        extra={
          <Flex gap={8} wrap>
            <Button icon={<BarChartOutlined />} onClick={() => void navigate(campaignReportPath(c.id))}>
              {tr('campaign.report')}
            </Button>
            {c.abilities.close && <Button onClick={close}>{tr('campaign.close')}</Button>}
          </Flex>
        }
      />
      <div className="tp-stack">
        <Card>
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={tr('campaign.status')}>{text(campaignStatusLabels[c.status])}</Descriptions.Item>
            <Descriptions.Item label={tr('campaign.region')}>{c.regionName ?? c.regionCode}</Descriptions.Item>
            <Descriptions.Item label={tr('campaign.period')}>{`${fmt.date(c.periodStart)} – ${fmt.date(c.periodEnd)}`}</Descriptions.Item>
            <Descriptions.Item label={tr('campaign.org')}>{c.orgName}</Descriptions.Item>
            <Descriptions.Item label={tr('campaign.findings')}>{c.findings}</Descriptions.Item>
            <Descriptions.Item label={tr('campaign.open')}>{c.open}</Descriptions.Item>
            {c.focus && <Descriptions.Item label={tr('campaign.focus')}>{c.focus}</Descriptions.Item>}
          </Descriptions>
        </Card>
        <Card
          title={tr('finding.list')}
          extra={
            c.abilities.addFinding && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {tr('finding.add')}
              </Button>
            )
          }
        >
          <Form layout="inline" name="finding-filters" role="search" style={{ marginBottom: 12 }}>
            <Form.Item label={tr('finding.status')} htmlFor="finding-status">
              <Select
                id="finding-status"
                style={{ width: 170 }}
                value={status ?? ''}
                onChange={(v) => {
                  setStatus((v || undefined) as FindingStatus | undefined);
                  setPage(1);
                }}
                options={[
                  { value: '', label: tr('common.all') },
                  ...findingStatuses.map((s) => ({ value: s, label: text(findingStatusLabels[s]) })),
                ]}
              />
            </Form.Item>
            <Form.Item label={tr('finding.risk')} htmlFor="finding-risk">
              <Select
                id="finding-risk"
                style={{ width: 160 }}
                value={risk ?? ''}
                onChange={(v) => {
                  setRisk((v || undefined) as RiskLevel | undefined);
                  setPage(1);
                }}
                options={[
                  { value: '', label: tr('common.all') },
                  ...riskLevels.map((s) => ({ value: s, label: text(riskLevelLabels[s]) })),
                ]}
              />
            </Form.Item>
          </Form>
          {findings.isError && <QueryError error={findings.error} onRetry={() => void findings.refetch()} />}
          <Table<Finding>
            rowKey="id"
            size="small"
            loading={findings.isFetching}
            dataSource={findings.data?.items}
            scroll={{ x: 1100 }}
            pagination={{
              current: page,
              pageSize: 20,
              total: findings.data?.total ?? 0,
              onChange: setPage,
              showTotal: (n) => tr('common.total', { n }),
            }}
            columns={[
              {
                key: 'title',
                title: tr('finding.title'),
                width: 240,
                render: (_, f) => (
                  <>
                    <div>{f.title}</div>
                    <div className="med-meta">{f.description}</div>
                  </>
                ),
              },
              { key: 'kind', title: tr('finding.kind'), width: 120, render: (_, f) => text(disputeKindLabels[f.kind]) },
              {
                key: 'risk',
                title: tr('finding.risk'),
                width: 130,
                render: (_, f) => <Tag color={riskColor[f.riskLevel]}>{text(riskLevelLabels[f.riskLevel])}</Tag>,
              },
              {
                key: 'place',
                title: tr('finding.district'),
                width: 140,
                render: (_, f) => `${f.districtName ?? f.districtCode} ${f.regionName ?? ''}`,
              },
              { key: 'found', title: tr('finding.found'), width: 130, className: 'med-nowrap', render: (_, f) => fmt.date(f.foundOn) },
              {
                key: 'assignee',
                title: tr('finding.assignee'),
                width: 180,
                render: (_, f) =>
                  f.assignedOrgName
                    ? `${f.assignedOrgName}${f.assignedMediatorName ? ` · ${f.assignedMediatorName}` : ''}`
                    : tr('common.none'),
              },
              {
                key: 'status',
                title: tr('finding.status'),
                width: 150,
                render: (_, f) => (
                  <>
                    {text(findingStatusLabels[f.status])}
                    {f.resolvedOn && <div className="med-meta">{fmt.date(f.resolvedOn)}</div>}
                    {f.caseId && (
                      <div>
                        <Link to={medCasePath(f.caseId)}>{tr('finding.case')}</Link>
                      </div>
                    )}
                  </>
                ),
              },
              {
                key: 'actions',
                title: tr('finding.actions'),
                width: 230,
                render: (_, f) => (
                  <Flex gap={4} wrap>
                    {f.abilities.assign && (
                      <Button size="small" onClick={() => setAssigning(f)}>
                        {tr('finding.assign')}
                      </Button>
                    )}
                    {f.abilities.resolve && (
                      <Button size="small" onClick={() => setResolving(f)}>
                        {tr('finding.resolve')}
                      </Button>
                    )}
                    {f.abilities.convert && (
                      <Button size="small" onClick={() => setConverting(f)}>
                        {tr('finding.convert')}
                      </Button>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
      </div>
      <FindingCreateModal open={adding} regionCode={c.regionCode} actions={actions} onClose={() => setAdding(false)} />
      <AssignModal finding={assigning} actions={actions} onClose={() => setAssigning(null)} />
      <ResolveModal finding={resolving} actions={actions} onClose={() => setResolving(null)} />
      <ConvertModal finding={converting} actions={actions} onClose={() => setConverting(null)} />
    </MedPage>
  );
}
