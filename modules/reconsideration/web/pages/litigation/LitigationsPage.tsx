import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Litigation, litigationResultLabels, litigationResults } from '../../../contract/litigation';
import { pagedTableProps } from '../../../../../web/src/admin/components/paged-table';
import { useCan } from '../../../../../web/src/access/can';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { type LitigationFilters, useLitigations } from '../../api/litigation';
import { useStageT } from '../../i18n/stages';
import { DateText, useLabel, ToneTag } from '../case-handling/parts';

export const resultColours = { pending: 'blue', won: 'green', lost: 'red', withdrawn: 'default', mediated: 'cyan' } as const;

/** /workbench/reconsideration/litigations — lawsuits against bodies in scope, filtered by result and head appearance. */
export default function LitigationsPage() {
  const st = useStageT();
  const label = useLabel();
  const can = useCan();
  const [form] = Form.useForm<{ result?: LitigationFilters['result']; headAppeared?: 'true' | 'false'; court?: string }>();
  const [query, setQuery] = useState<LitigationFilters>({ page: 1, pageSize: 20 });
  const list = useLitigations(query);
  return (
    <>
      <PageHeading
        title={st('l.title')}
        extra={
          can('reconsideration.litigation.manage') ? (
            <Link to="/workbench/reconsideration/litigations/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {st('l.new')}
              </Button>
            </Link>
          ) : null
        }
      />
      <div className="tp-stack">
        <Form
          form={form}
          name="litigation-filters"
          layout="inline"
          onFinish={(v) =>
            setQuery({ ...query, result: v.result, headAppeared: v.headAppeared, court: v.court?.trim() || undefined, page: 1 })
          }
        >
          <Form.Item name="result" label={st('l.result')}>
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={st('common.all')}
              options={litigationResults.map((r) => ({ value: r, label: label(litigationResultLabels[r]) }))}
            />
          </Form.Item>
          <Form.Item name="headAppeared" label={st('l.headAppeared')}>
            <Select
              allowClear
              style={{ width: 120 }}
              placeholder={st('common.all')}
              options={[
                { value: 'true', label: st('common.yes') },
                { value: 'false', label: st('common.no') },
              ]}
            />
          </Form.Item>
          <Form.Item name="court" label={st('l.court')}>
            <Input allowClear maxLength={100} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {st('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setQuery({ page: 1, pageSize: query.pageSize });
              }}
            >
              {st('common.reset')}
            </Button>
          </Space>
        </Form>
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<Litigation>
          rowKey="id"
          size="small"
          {...pagedTableProps(list, query, setQuery, (n) => st('l.total', { n }))}
          locale={{ emptyText: st('l.empty') }}
          scroll={{ x: 1100 }}
          columns={[
            {
              key: 'number',
              title: st('l.courtCaseNumber'),
              render: (_, l) => <Link to={`/workbench/reconsideration/litigations/${l.id}`}>{l.courtCaseNumber}</Link>,
            },
            { key: 'court', title: st('l.court'), dataIndex: 'court' },
            { key: 'plaintiff', title: st('l.plaintiff'), dataIndex: 'plaintiff' },
            {
              key: 'defendant',
              title: st('l.defendant'),
              render: (_, l) => (
                <>
                  {l.defendant}
                  {l.coDefendant ? <Tag style={{ marginInlineStart: 4 }}>{st('l.coDefendantShort')}</Tag> : null}
                </>
              ),
            },
            { key: 'cause', title: st('l.cause'), dataIndex: 'cause' },
            {
              key: 'due',
              title: st('l.defenceDueOn'),
              render: (_, l) => (
                <>
                  <DateText value={l.defenceDueOn} />
                  {l.defenceOverdue ? (
                    <ToneTag color="red" style={{ marginInlineStart: 4 }}>
                      {st('l.defenceOverdue')}
                    </ToneTag>
                  ) : null}
                </>
              ),
            },
            {
              key: 'head',
              title: st('l.headAppeared'),
              render: (_, l) => (l.headAppeared === null ? st('l.unknown') : l.headAppeared ? st('common.yes') : st('common.no')),
            },
            {
              key: 'result',
              title: st('l.result'),
              render: (_, l) => <ToneTag color={resultColours[l.result]}>{label(l.resultLabel)}</ToneTag>,
            },
          ]}
        />
      </div>
    </>
  );
}
