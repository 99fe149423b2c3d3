import { DatePicker, Form, Input, Select, Table } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { categoryLabels, channelLabels, channels, ticketStateLabels, ticketStates } from '../../../contract/enums';
import type { TicketListItem } from '../../../contract/tickets';
import { useCentreOptions } from '../../api/centres';
import { type TicketFilters, useTicketList } from '../../api/tickets';
import { CategorySelect } from '../../components/CategorySelect';
import { durationParts } from '../../components/format';
import { useDeskT } from '../../desk-i18n';
import { ticketPath } from '../../desk-paths';
import { TicketStateTag } from './TicketStateTag';
import '../../components/hotline.css';

const keys = ['state', 'channel', 'category', 'orgId', 'q', 'from', 'to'] as const;

function fromSearch(p: URLSearchParams): TicketFilters {
  const f: Record<string, string | number> = { page: Number(p.get('page') ?? 1) || 1, pageSize: Number(p.get('pageSize') ?? 20) || 20 };
  for (const k of keys) {
    const v = p.get(k);
    if (v) f[k] = v;
  }
  return f as TicketFilters;
}

function toSearch(q: TicketFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(q)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  );
}

/** /workbench/hotline/tickets — contacts of the centres in the user's scope (已重开 for supervisors too). */
export default function TicketListPage() {
  const tr = useDeskT();
  const lt = useLocalText();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const query = fromSearch(params);
  const list = useTicketList(query);
  const centres = useCentreOptions(list.data?.items);
  const setQuery = (q: TicketFilters) => setParams(toSearch(q));
  const set = (patch: Partial<TicketFilters>) => setQuery({ ...query, ...patch, page: 1 });
  const dur = (s: number | null) => {
    if (s == null) return '—';
    const { m, s: sec } = durationParts(s);
    return tr('common.minutesSeconds', { m, s: sec });
  };

  return (
    <div className="hl-page">
      <PageHeading title={tr('page.tickets')} />
      <div className="tp-stack">
        <Form layout="inline" name="hl-ticket-filters" aria-label={tr('tickets.filters')} style={{ rowGap: 8 }}>
          <Form.Item label={tr('common.state')} htmlFor="hl-f-state">
            <Select
              id="hl-f-state"
              allowClear
              style={{ width: 190 }}
              value={query.state}
              options={ticketStates.map((s) => ({ value: s, label: lt(ticketStateLabels[s]) }))}
              onChange={(v) => set({ state: v })}
            />
          </Form.Item>
          <Form.Item label={tr('field.channel')} htmlFor="hl-f-channel">
            <Select
              id="hl-f-channel"
              allowClear
              style={{ width: 190 }}
              value={query.channel}
              options={channels.map((c) => ({ value: c, label: lt(channelLabels[c]) }))}
              onChange={(v) => set({ channel: v })}
            />
          </Form.Item>
          <Form.Item label={tr('field.category')} htmlFor="hl-f-category">
            <CategorySelect id="hl-f-category" value={query.category} onChange={(v) => set({ category: v })} style={{ width: 190 }} />
          </Form.Item>
          {(centres.length > 1 || !!query.orgId) && (
            <Form.Item label={tr('field.centre')} htmlFor="hl-f-centre">
              <Select
                id="hl-f-centre"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 220 }}
                value={query.orgId}
                options={centres}
                onChange={(v) => set({ orgId: v })}
              />
            </Form.Item>
          )}
          <Form.Item label={tr('field.from')} htmlFor="hl-f-from">
            <DatePicker
              id="hl-f-from"
              value={query.from ? dayjs(query.from) : null}
              onChange={(d) => set({ from: d ? d.format('YYYY-MM-DD') : undefined })}
            />
          </Form.Item>
          <Form.Item label={tr('field.to')} htmlFor="hl-f-to">
            <DatePicker
              id="hl-f-to"
              value={query.to ? dayjs(query.to) : null}
              onChange={(d) => set({ to: d ? d.format('YYYY-MM-DD') : undefined })}
            />
          </Form.Item>
          <Form.Item label={tr('field.q')} htmlFor="hl-f-q">
            <Input.Search
              id="hl-f-q"
              allowClear
              defaultValue={query.q}
              onSearch={(v) => set({ q: v.trim() || undefined })}
              style={{ width: 220 }}
            />
          </Form.Item>
        </Form>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<TicketListItem>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 1400 }}
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
              key: 'no',
              width: 250,
              title: tr('field.number'),

              render: (_, t) => <Link to={ticketPath(t.id)}>{t.number}</Link>,
            },
            {
              key: 'created',
              title: tr('common.createdAt'),
              width: 170,
              className: 'hl-nowrap',
              render: (_, t) => fmt.dateTime(t.createdAt),
            },
            { key: 'channel', title: tr('field.channel'), width: 150, render: (_, t) => lt(channelLabels[t.channel]) },
            {
              key: 'category',
              title: tr('field.category'),
              width: 160,
              render: (_, t) => (categoryLabels[t.category] ? lt(categoryLabels[t.category]!) : t.categoryZh),
            },
            { key: 'question', title: tr('field.question'), ellipsis: true, dataIndex: 'question' },
            { key: 'caller', title: tr('field.callerPhone'), width: 130, render: (_, t) => t.callerPhoneMasked ?? '—' },
            { key: 'by', title: tr('field.answeredBy'), width: 110, render: (_, t) => t.answeredByName ?? '—' },
            { key: 'dur', title: tr('field.duration'), width: 110, render: (_, t) => dur(t.durationSeconds) },
            { key: 'state', title: tr('common.state'), width: 150, render: (_, t) => <TicketStateTag state={t.state} /> },
            { key: 'centre', title: tr('field.centre'), width: 180, dataIndex: 'orgName' },
          ]}
        />
      </div>
    </div>
  );
}
