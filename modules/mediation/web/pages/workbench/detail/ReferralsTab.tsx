import { Button, Card, Descriptions, Empty, Form, Input, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../../contract/case';
import { caseStateLabels } from '../../../../contract/enums';
import type { CaseLinkBody, CaseReferrals, DuplicateCandidateView } from '../../../../contract/referral';
import { useCan } from '../../../../../../web/src/access/can';
import { QueryError } from '../../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { useCaseDuplicates, useCaseReferrals, useLinkCase } from '../../../api/referrals';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { useMedT } from '../../../i18n';
import { casePath } from '../../../paths';

type Referral = CaseReferrals['referrals'][number];
const webhookColor = { none: 'default', pending: 'processing', delivered: 'success', failed: 'error' } as const;

/**
 * 转介与关联: who referred the case (诉调、公调、访调、检调对接), when the result is due back and whether it
 * went back on time, the webhook delivery log; the cases linked as the same dispute and the suspected
 * duplicates (local rules), with the manual link for intake and handling staff.
 */
export function ReferralsTab({ c }: { c: CaseDetail }) {
  const tr = useMedT();
  const can = useCan();
  const referrals = useCaseReferrals(c.id);
  const duplicates = useCaseDuplicates(c.id);
  const [linking, setLinking] = useState(false);
  // POST /cases/:id/links is open to intake and handling staff; the case view carries no link ability.
  const canLink = can({ anyOf: ['mediation.case.intake', 'mediation.case.handle'] });

  if (referrals.isError) return <QueryError error={referrals.error} onRetry={() => void referrals.refetch()} />;
  if (!referrals.data) return <Skeleton active />;
  const r = referrals.data;

  return (
    <div className="tp-stack">
      <Card size="small" title={<h2 className="tp-card-title">{tr('ref.title')}</h2>}>
        {r.referrals.length === 0 ? (
          <Empty description={tr('ref.none')} />
        ) : (
          r.referrals.map((ref) => <ReferralCard key={ref.id} c={c} r={ref} />)
        )}
      </Card>
      <Card
        size="small"
        title={<h2 className="tp-card-title">{tr('link.title')}</h2>}
        extra={
          canLink && (
            <Button onClick={() => setLinking(true)} disabled={!duplicates.data?.items.length}>
              {tr('link.add')}
            </Button>
          )
        }
      >
        <LinksTable r={r} />
      </Card>
      <Card size="small" title={<h2 className="tp-card-title">{tr('dup.title')}</h2>}>
        <Typography.Paragraph type="secondary">{tr('dup.rulesNote')}</Typography.Paragraph>
        {duplicates.isError ? (
          <QueryError error={duplicates.error} onRetry={() => void duplicates.refetch()} />
        ) : (
          <DuplicatesTable items={duplicates.data?.items} />
        )}
      </Card>
      {canLink && <LinkModal c={c} open={linking} onClose={() => setLinking(false)} options={duplicates.data?.items ?? []} />}
    </div>
  );
}

function ReferralCard({ c, r }: { c: CaseDetail; r: Referral }) {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  const onTime = r.returnedOnTime == null ? tr('ref.pending') : r.returnedOnTime ? tr('ref.onTime') : tr('ref.late');
  return (
    <div style={{ marginBottom: 16 }}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'referrer', label: tr('ref.referrer'), children: r.referrerName },
          { key: 'ref', label: tr('ref.externalRef'), children: r.externalRef },
          {
            key: 'channel',
            label: tr('ref.channel'),
            children: (
              <Space wrap>
                {r.channel === 'api' ? tr('ref.channel.api') : tr('ref.channel.staff')}
                {r.linked && <Tag>{tr('ref.linkedIntake')}</Tag>}
              </Space>
            ),
          },
          { key: 'received', label: tr('ref.received'), children: fmt.dateTime(r.receivedAt) },
          { key: 'returnBy', label: tr('ref.returnBy'), children: r.returnBy ? fmt.date(r.returnBy) : tr('common.none') },
          {
            key: 'onTime',
            label: tr('ref.returnedOnTime'),
            children: <Tag color={r.returnedOnTime === false ? 'error' : r.returnedOnTime ? 'success' : 'default'}>{onTime}</Tag>,
          },
          {
            key: 'outcome',
            label: tr('ref.outcome'),
            children: r.closedOn
              ? `${c.outcomeLabel ? text(c.outcomeLabel) : text(caseStateLabels[c.state as keyof typeof caseStateLabels] ?? { zh: c.state, en: c.state })}（${fmt.date(r.closedOn)}）`
              : tr('ref.notClosed'),
          },
          {
            key: 'webhook',
            label: tr('ref.webhook'),
            children: <Tag color={webhookColor[r.webhookStatus]}>{tr(`ref.webhook.${r.webhookStatus}`)}</Tag>,
          },
        ]}
      />
      {r.webhookStatus !== 'none' && (
        <Table
          size="small"
          rowKey="attempt"
          pagination={false}
          scroll={{ x: true }}
          dataSource={r.deliveries}
          locale={{ emptyText: tr('ref.noDeliveries') }}
          columns={[
            { title: tr('ref.webhook'), dataIndex: 'attempt', render: (n: number) => tr('ref.attempt', { n }) },
            { title: tr('ref.attemptedAt'), dataIndex: 'attemptedAt', render: (v: string) => fmt.dateTime(v) },
            {
              title: tr('ref.status'),
              key: 'status',
              render: (_: unknown, d) => <Tag color={d.ok ? 'success' : 'error'}>{d.statusCode ?? '—'}</Tag>,
            },
            { title: tr('ref.error'), dataIndex: 'error', render: (v: string | null) => v ?? tr('common.none') },
          ]}
        />
      )}
    </div>
  );
}

function LinksTable({ r }: { r: CaseReferrals }) {
  const tr = useMedT();
  const fmt = useFormat();
  if (r.links.length === 0) return <Empty description={tr('link.none')} />;
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      scroll={{ x: true }}
      dataSource={r.links}
      columns={[
        { title: tr('link.case'), key: 'case', render: (_: unknown, l) => <Link to={casePath(l.caseId)}>{l.caseNumber}</Link> },
        {
          title: tr('link.linked'),
          key: 'linked',
          render: (_: unknown, l) => <Link to={casePath(l.linkedCaseId)}>{l.linkedCaseNumber}</Link>,
        },
        { title: tr('link.reason'), dataIndex: 'reason' },
        { title: tr('link.at'), dataIndex: 'createdAt', render: (v: string) => fmt.dateTime(v) },
      ]}
    />
  );
}

function DuplicatesTable({ items }: { items: DuplicateCandidateView[] | undefined }) {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  if (!items) return <Skeleton active />;
  if (items.length === 0) return <Empty description={tr('dup.none')} />;
  return (
    <Table
      size="small"
      rowKey="caseId"
      pagination={false}
      scroll={{ x: true }}
      dataSource={items}
      columns={[
        { title: tr('list.caseNumber'), key: 'no', render: (_: unknown, d) => <Link to={casePath(d.caseId)}>{d.caseNumber}</Link> },
        { title: tr('dup.committee'), dataIndex: 'committeeName' },
        { title: tr('list.state'), key: 'state', render: (_: unknown, d) => text(caseStateLabels[d.state]) },
        { title: tr('list.received'), dataIndex: 'receivedOn', render: (v: string) => fmt.date(v) },
        {
          title: tr('dup.level'),
          key: 'level',
          render: (_: unknown, d) => (
            <Tag color={d.level === 'likely' ? 'error' : 'warning'}>{d.level === 'likely' ? tr('dup.likely') : tr('dup.possible')}</Tag>
          ),
        },
        { title: tr('dup.reasons'), key: 'reasons', render: (_: unknown, d) => d.reasons.map((x) => text(x)).join('；') },
      ]}
    />
  );
}

function LinkModal({
  c,
  open,
  options,
  onClose,
}: {
  c: CaseDetail;
  open: boolean;
  options: { caseId: string; caseNumber: string }[];
  onClose(): void;
}) {
  const tr = useMedT();
  const [form] = Form.useForm<CaseLinkBody>();
  const link = useLinkCase(c.id);
  return (
    <FormModal<CaseLinkBody>
      open={open}
      title={tr('link.addFor', { number: c.caseNumber })}
      formName="med-case-link"
      form={form}
      busy={link.isPending}
      onClose={onClose}
      onSubmit={(v) => link.mutateAsync({ linkedCaseId: v.linkedCaseId, reason: v.reason.trim() })}
    >
      <Form.Item
        name="linkedCaseId"
        label={tr('link.target')}
        extra={tr('link.targetHint')}
        rules={[{ required: true, message: tr('common.required') }]}
      >
        <Select options={options.map((o) => ({ value: o.caseId, label: o.caseNumber }))} />
      </Form.Item>
      <Form.Item name="reason" label={tr('link.reason')} rules={[{ required: true, whitespace: true, max: 500 }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
