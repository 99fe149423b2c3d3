import { DeleteOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useCan } from '../../../../../web/src/access/can';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { type Shift, seatRoleLabels, shiftLabels, shifts } from '../../../contract/enums';
import type { RosterView } from '../../../contract/rosters';
import { useCentreOptions } from '../../api/centres';
import { useHlMutation } from '../../api/keys';
import { rosterApi, useRosters, useWorkload } from '../../api/rosters';
import { usePeopleOptions } from '../../api/people';
import { useFocusableScroll } from '../../components/use-focusable-scroll';
import { useDeskT } from '../../desk-i18n';
import { AddRosterModal } from './AddRosterModal';
import { WorkloadTable } from './WorkloadTable';
import '../../components/hotline.css';

/** Monday of the week of `d`. */
function weekStart(d: Dayjs): Dayjs {
  return d.subtract((d.day() + 6) % 7, 'day').startOf('day');
}

/** /workbench/hotline/rosters — the week's duty rota (值班排班) of the seats, add/remove, and the workload. */
export default function RostersPage() {
  const tr = useDeskT();
  const lt = useLocalText();
  const fmt = useFormat();
  const can = useCan();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const supervise = can('hotline.ticket.supervise');
  const [monday, setMonday] = useState(() => weekStart(dayjs()));
  const range = { from: monday.format('YYYY-MM-DD'), to: monday.add(6, 'day').format('YYYY-MM-DD') };
  const rosters = useRosters(range);
  const workload = useWorkload(range, can({ anyOf: ['hotline.ticket.supervise', 'hotline.ticket.read'] }));
  const centres = useCentreOptions(rosters.data?.items);
  const people = usePeopleOptions(supervise);
  const [adding, setAdding] = useState<{ dutyDate?: Dayjs; shift?: Shift } | null>(null);
  const remove = useHlMutation((id: string) => rosterApi.remove(id));
  const tableRef = useFocusableScroll<HTMLDivElement>(tr('page.rosters'));
  const days = useMemo(() => Array.from({ length: 7 }, (_, i) => monday.add(i, 'day')), [monday]);

  const cell = (shift: Shift, day: Dayjs) => {
    const date = day.format('YYYY-MM-DD');
    const entries = (rosters.data?.items ?? []).filter((r) => r.shift === shift && r.dutyDate === date);
    return (
      <div>
        {entries.map((r: RosterView) => (
          <div key={r.id} className="hl-roster-entry">
            <Tag color={r.seatRole === 'lawyer' ? 'blue' : 'default'}>
              {tr('rosters.entryLabel', { name: r.displayName, role: lt(seatRoleLabels[r.seatRole]), seat: r.seat ? ` · ${r.seat}` : '' })}
            </Tag>
            {centres.length > 1 && <Typography.Text type="secondary">{r.orgName}</Typography.Text>}
            {supervise && (
              <Popconfirm
                title={tr('rosters.removeConfirm', { name: r.displayName })}
                onConfirm={() =>
                  remove.mutateAsync(r.id).then(
                    () => void message.success(tr('rosters.removed')),
                    (e: unknown) => onError(e),
                  )
                }
              >
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`${tr('common.remove')} ${r.displayName} ${fmt.date(r.dutyDate)} ${lt(shiftLabels[r.shift])}`}
                />
              </Popconfirm>
            )}
          </div>
        ))}
        {supervise && (
          <Button
            size="small"
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => setAdding({ dutyDate: day, shift })}
            aria-label={`${tr('rosters.add')} ${fmt.date(date)} ${lt(shiftLabels[shift])}`}
          />
        )}
      </div>
    );
  };

  return (
    <div className="hl-page">
      <PageHeading
        title={tr('page.rosters')}
        extra={
          supervise && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding({})}>
              {tr('rosters.add')}
            </Button>
          )
        }
      />
      <div className="tp-stack">
        <Space wrap>
          <Button icon={<LeftOutlined />} onClick={() => setMonday(monday.subtract(7, 'day'))}>
            {tr('rosters.prevWeek')}
          </Button>
          <Button onClick={() => setMonday(weekStart(dayjs()))}>{tr('rosters.thisWeek')}</Button>
          <Button onClick={() => setMonday(monday.add(7, 'day'))}>
            {tr('rosters.nextWeek')} <RightOutlined />
          </Button>
          <Typography.Text strong>
            {fmt.date(range.from)} – {fmt.date(range.to)}
          </Typography.Text>
        </Space>
        {rosters.isError && <QueryError error={rosters.error} onRetry={() => void rosters.refetch()} />}
        <div ref={tableRef}>
          <Table<Shift>
            className="hl-roster-table"
            rowKey={(s) => s}
            loading={rosters.isFetching}
            dataSource={[...shifts]}
            pagination={false}
            scroll={{ x: 1100 }}
            bordered
            columns={[
              {
                key: 'shift',
                title: tr('rosters.shift'),
                width: 120,
                fixed: 'left',
                render: (_, s) => (
                  <>
                    <div>{lt(shiftLabels[s])}</div>
                    <Typography.Text type="secondary">
                      {shiftLabels[s].from}–{shiftLabels[s].to}
                    </Typography.Text>
                  </>
                ),
              },
              ...days.map((d) => ({
                key: d.format('YYYY-MM-DD'),
                title: `${fmt.date(d)} ${d.format('ddd')}`,
                width: 150,
                render: (_: unknown, s: Shift) => cell(s, d),
              })),
            ]}
          />
        </div>
        <Card size="small" title={tr('rosters.workload')}>
          {workload.isError ? <QueryError error={workload.error} /> : <WorkloadTable data={workload.data} loading={workload.isFetching} />}
        </Card>
      </div>
      <AddRosterModal
        open={adding !== null}
        initial={adding ?? undefined}
        onClose={() => setAdding(null)}
        people={people}
        centres={centres}
      />
    </div>
  );
}
