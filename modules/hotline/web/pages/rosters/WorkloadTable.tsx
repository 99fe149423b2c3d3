import { Table } from 'antd';
import type { WorkloadItem } from '../../../contract/rosters';
import type { Workload } from '../../api/rosters';
import { durationParts } from '../../components/format';
import { useDeskT } from '../../desk-i18n';

/** Workload per person in the range: shifts, tickets answered, calls taken, talk time. */
export function WorkloadTable({ data, loading }: { data: Workload | undefined; loading: boolean }) {
  const tr = useDeskT();
  const dur = (s: number | null) => {
    if (s == null) return '—';
    const { m, s: sec } = durationParts(s);
    return tr('common.minutesSeconds', { m, s: sec });
  };
  return (
    <Table<WorkloadItem>
      rowKey="userId"
      size="small"
      loading={loading}
      dataSource={data?.items}
      pagination={false}
      scroll={{ x: 700 }}
      columns={[
        { key: 'name', title: tr('rosters.user'), dataIndex: 'displayName' },
        { key: 'shifts', title: tr('rosters.shifts'), dataIndex: 'shifts', align: 'right' },
        { key: 'tickets', title: tr('rosters.tickets'), dataIndex: 'tickets', align: 'right' },
        { key: 'calls', title: tr('rosters.calls'), dataIndex: 'calls', align: 'right' },
        { key: 'talk', title: tr('rosters.talk'), align: 'right', render: (_, w) => dur(w.talkSeconds) },
        { key: 'avg', title: tr('rosters.avgTalk'), align: 'right', render: (_, w) => dur(w.averageTalkSeconds) },
      ]}
    />
  );
}
