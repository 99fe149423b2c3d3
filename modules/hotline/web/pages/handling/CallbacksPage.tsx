import { Alert, App, Button, Checkbox, Form, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import {
  type CallbackCompleteBody,
  callbackOutcomeLabels,
  callbackOutcomes,
  callbackStates,
  type CallbackView,
} from '../../../contract/callback';
import { callbackApi, type CallbackFilters, useCallbackList } from '../../api/callbacks';
import { useHlMutation } from '../../api/keys';
import { useDeskT } from '../../desk-i18n';
import { ticketPath } from '../../desk-paths';
import { CallbackDueTag } from './CallbackDueTag';
import '../../components/hotline.css';

/** /workbench/hotline/callbacks — the callback queue (回拨) with due tags; record the outcome. */
export default function CallbacksPage() {
  const tr = useDeskT();
  const fmt = useFormat();
  const [query, setQuery] = useState<CallbackFilters>({ page: 1, pageSize: 20, state: 'pending' });
  const list = useCallbackList(query);
  const [completing, setCompleting] = useState<CallbackView | null>(null);
  const set = (patch: Partial<CallbackFilters>) => setQuery({ ...query, ...patch, page: 1 });
  return (
    <div className="hl-page">
      <PageHeading title={tr('page.callbacks')} />
      <div className="tp-stack">
        <Alert type="info" showIcon title={tr('common.localRule')} />
        <Form layout="inline" name="hl-callback-filters" aria-label={tr('callback.filters')} style={{ rowGap: 8 }}>
          <Form.Item label={tr('common.state')} htmlFor="hl-c-state">
            <Select
              id="hl-c-state"
              allowClear
              style={{ width: 160 }}
              value={query.state}
              options={callbackStates.map((s) => ({ value: s, label: tr(`callback.state.${s}`) }))}
              onChange={(v) => set({ state: v })}
            />
          </Form.Item>
          <Form.Item>
            <Checkbox checked={query.overdue === 'true'} onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}>
              {tr('callback.onlyOverdue')}
            </Checkbox>
          </Form.Item>
          <Form.Item>
            <Checkbox checked={query.mine === 'true'} onChange={(e) => set({ mine: e.target.checked ? 'true' : undefined })}>
              {tr('callback.mine')}
            </Checkbox>
          </Form.Item>
        </Form>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<CallbackView>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 1000 }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (n) => tr('common.total', { n }),
            onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }),
          }}
          columns={[
            {
              key: 'ticket',
              width: 250,
              title: tr('transfer.ticket'),

              render: (_, c) => <Link to={ticketPath(c.ticketId)}>{c.ticketNumber}</Link>,
            },
            { key: 'due', title: tr('callback.dueAt'), className: 'hl-nowrap', render: (_, c) => fmt.dateTime(c.dueAt) },
            { key: 'tag', title: tr('common.state'), render: (_, c) => <CallbackDueTag callback={c} /> },
            { key: 'reason', title: tr('callback.reason'), dataIndex: 'reason', ellipsis: true },
            { key: 'assignee', title: tr('callback.assignee'), render: (_, c) => c.assigneeName ?? '—' },
            { key: 'note', title: tr('common.note'), render: (_, c) => c.note ?? '—' },
            {
              key: 'act',
              title: tr('common.actions'),
              render: (_, c) =>
                c.abilities.complete ? (
                  <Button size="small" onClick={() => setCompleting(c)} aria-label={`${tr('callback.complete')} ${c.ticketNumber}`}>
                    {tr('callback.complete')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </div>
      {completing && <CompleteCallbackModal callback={completing} onClose={() => setCompleting(null)} />}
    </div>
  );
}

function CompleteCallbackModal({ callback, onClose }: { callback: CallbackView; onClose(): void }) {
  const tr = useDeskT();
  const lt = useLocalText();
  const { message } = App.useApp();
  const [form] = Form.useForm<CallbackCompleteBody>();
  const complete = useHlMutation((v: CallbackCompleteBody) =>
    callbackApi.complete(callback.id, { outcome: v.outcome, note: v.note.trim() }),
  );
  return (
    <FormModal<CallbackCompleteBody>
      open
      title={`${tr('callback.complete')} · ${callback.ticketNumber}`}
      formName={`hl-callback-complete-${callback.id}`}
      form={form}
      busy={complete.isPending}
      okText={tr('common.save')}
      onSubmit={async (v) => {
        await complete.mutateAsync(v);
        message.success(tr('callback.done'));
      }}
      onClose={onClose}
    >
      <Form.Item name="outcome" label={tr('callback.outcome')} rules={[{ required: true, message: tr('common.required') }]}>
        <Select options={callbackOutcomes.map((o) => ({ value: o, label: lt(callbackOutcomeLabels[o]) }))} />
      </Form.Item>
      <Form.Item name="note" label={tr('common.note')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}
