import { Card, Empty, Table, Tag, Typography } from 'antd';
import type { TimerView } from '../../../../contract/intake';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { ExplainedDeadlineTag as DeadlineTag, ExplainPopover } from '../../../../../../web/src/components/ExplainedDeadline';
import { type ReconMessageKey, useReconT } from '../../../i18n';

const unitKeys: Record<string, ReconMessageKey> = { day: 'unit.day', workday: 'unit.workday', month: 'unit.month', year: 'unit.year' };

/** Every time limit of the case (review, correction, copy, reply, decision …) with the engine's explanation. */
export function DeadlinesCard({ timers }: { timers: TimerView[] }) {
  const tr = useReconT();
  const fmt = useFormat();
  const text = useLocalText();
  const shown = timers.filter((x) => x.status !== 'closed');

  return (
    <Card title={<h2 className="tp-card-title">{tr('deadline.title')}</h2>} size="small">
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tr('deadline.none')} />
      ) : (
        <Table<TimerView>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={shown}
          scroll={{ x: 800 }}
          columns={[
            { key: 'label', title: tr('deadline.label'), render: (_, x) => text(x.label) },
            { key: 'start', title: tr('deadline.start'), render: (_, x) => fmt.date(x.startDate) },
            { key: 'due', title: tr('deadline.due'), render: (_, x) => <strong>{fmt.date(x.dueDate)}</strong> },
            {
              key: 'status',
              title: tr('deadline.status'),
              render: (_, x) =>
                x.status === 'suspended' ? (
                  <>
                    <Tag color="warning">{tr('deadline.suspended')}</Tag>
                    <ExplainPopover title={text(x.label)} lines={x.explanation} />
                  </>
                ) : (
                  <DeadlineTag deadline={x.deadline} label={text(x.label)} lines={x.explanation} />
                ),
            },
            {
              key: 'changes',
              title: `${tr('deadline.suspensions')} / ${tr('deadline.extensions')}`,
              render: (_, x) => (
                <>
                  {x.suspensions.map((s, i) => (
                    <div key={`s${i}`}>
                      <Typography.Text type="secondary">
                        {tr('deadline.suspension', { from: fmt.date(s.from), to: s.to ? fmt.date(s.to) : tr('deadline.ongoing') })}
                      </Typography.Text>
                    </div>
                  ))}
                  {x.extensions.map((e, i) => {
                    const unit = unitKeys[e.unit];
                    return (
                      <div key={`e${i}`}>
                        {tr('deadline.extension', { amount: e.amount, unit: unit ? tr(unit) : e.unit, on: fmt.date(e.approvedOn) })}
                      </div>
                    );
                  })}
                  {x.suspensions.length + x.extensions.length === 0 && '—'}
                </>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
