import { Alert, App, Button, Form, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { ReasonModal } from '../../../../../web/src/components/ReasonModal';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { publicQaStateLabels, publicQaStates } from '../../../contract/consultation';
import { type PublicQaState, type StaffPublicQa, useReviewPublicQa, useStaffPublicQa } from '../../api/public-qa';
import { kbPaths } from '../../knowledge-paths';
import { useKnowledgeT } from '../../knowledge-i18n';
import '../knowledge/knowledge.css';

const stateColors: Record<PublicQaState, string> = { proposed: 'orange', published: 'green', rejected: 'default' };

/** /workbench/hotline/public-qa — proposed anonymised questions and answers: publish or reject. */
export default function PublicQaReviewPage() {
  const tr = useKnowledgeT();
  const lt = useLocalText();
  const { dateTime } = useFormat();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [params, setParams] = useSearchParams();
  const rawState = params.get('state') ?? 'proposed';
  const state = (publicQaStates as readonly string[]).includes(rawState) ? (rawState as PublicQaState) : undefined;
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const list = useStaffPublicQa({ page, pageSize, state });
  const review = useReviewPublicQa();
  const [rejecting, setRejecting] = useState<StaffPublicQa | null>(null);
  const setQuery = (q: Record<string, string | number | undefined>) =>
    setParams(Object.fromEntries(Object.entries({ state: state ?? 'all', page, pageSize, ...q }).map(([k, v]) => [k, String(v ?? '')])));

  return (
    <div className="hl-page">
      <PageHeading title={tr('page.publicQa')} />
      <div className="tp-stack">
        <Alert type="info" showIcon title={tr('qa.review.note')} />
        <Form layout="inline" name="hl-qa-filters" aria-label={tr('common.filters')}>
          <Form.Item label={tr('qa.review.state')} htmlFor="hl-qa-state">
            <Select
              id="hl-qa-state"
              allowClear
              style={{ width: 160 }}
              value={state}
              options={publicQaStates.map((s) => ({ value: s, label: lt(publicQaStateLabels[s]) }))}
              onChange={(v?: PublicQaState) => setQuery({ state: v ?? 'all', page: 1 })}
            />
          </Form.Item>
        </Form>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<StaffPublicQa>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 1000 }}
          expandable={{
            expandedRowRender: (qa) => (
              <div>
                <Typography.Title level={2} style={{ fontSize: 15 }}>
                  {tr('qa.review.question')}
                </Typography.Title>
                <Typography.Paragraph className="hl-kb-text">{qa.question}</Typography.Paragraph>
                <Typography.Title level={2} style={{ fontSize: 15 }}>
                  {tr('qa.review.answer')}
                </Typography.Title>
                <Typography.Paragraph className="hl-kb-text">{qa.answer}</Typography.Paragraph>
                {qa.reviewComment && (
                  <Typography.Paragraph type="secondary">
                    {tr('qa.review.comment')}
                    {tr('common.colon')}
                    {qa.reviewComment}
                  </Typography.Paragraph>
                )}
              </div>
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (n) => tr('common.total', { n }),
            onChange: (p, ps) => setQuery({ page: p, pageSize: ps }),
          }}
          columns={[
            { title: tr('qa.review.question'), dataIndex: 'question', ellipsis: true },
            { title: tr('common.category'), dataIndex: 'category', width: 150, render: (_: unknown, qa) => lt(qa.categoryLabel) },
            {
              title: tr('qa.review.state'),
              dataIndex: 'state',
              width: 100,
              render: (_: unknown, qa) => <Tag color={stateColors[qa.state]}>{lt(qa.stateLabel)}</Tag>,
            },
            { title: tr('qa.review.proposedAt'), dataIndex: 'proposedAt', width: 170, render: (v: string) => dateTime(v) },
            {
              title: tr('qa.review.source'),
              dataIndex: 'consultationId',
              width: 110,
              render: (id: string | null) => (id ? <Link to={kbPaths.consultation(id)}>{tr('common.open')}</Link> : '—'),
            },
            {
              title: tr('common.actions'),
              key: 'actions',
              width: 200,
              render: (_: unknown, qa) =>
                qa.abilities.review ? (
                  <Space>
                    <Popconfirm
                      title={tr('qa.review.publishConfirm')}
                      onConfirm={() =>
                        review
                          .mutateAsync({ id: qa.id, body: { decision: 'publish' } })
                          .then(() => void message.success(tr('qa.review.published')), onError)
                      }
                    >
                      <Button size="small" type="primary">
                        {tr('qa.review.publish')}
                      </Button>
                    </Popconfirm>
                    <Button size="small" danger onClick={() => setRejecting(qa)}>
                      {tr('qa.review.reject')}
                    </Button>
                  </Space>
                ) : null,
            },
          ]}
        />
      </div>
      <ReasonModal
        open={Boolean(rejecting)}
        title={tr('qa.review.rejectTitle')}
        formName="hl-qa-reject"
        okText={tr('qa.review.reject')}
        danger
        onSubmit={(comment) =>
          review
            .mutateAsync({ id: rejecting!.id, body: { decision: 'reject', comment } })
            .then(() => void message.success(tr('qa.review.rejected')))
        }
        onClose={() => setRejecting(null)}
      />
    </div>
  );
}
