import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Table, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { TodoItem } from '@tianping/common/contract/workflow';
import type { CaseDetail } from '../../../../contract/intake';
import { useCan } from '../../../../../../web/src/access/can';
import { EntityTimeline } from '../../../../../../web/src/components/EntityTimeline';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocale, useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { todoApi } from '../../../../../../web/src/workbench-todo/api';
import { ExplainedDeadlineTag as DeadlineTag } from '../../../../../../web/src/components/ExplainedDeadline';
import { procedureLabels, type Procedure } from '../../../../contract/enums';
import { useReconT } from '../../../i18n';

interface Entry {
  key: string;
  on: string;
  text: string;
}

/** The course of the case from what the detail returns, sorted by date. */
function useCourse(c: CaseDetail): Entry[] {
  const tr = useReconT();
  const fmt = useFormat();
  const text = useLocalText();
  const out: Entry[] = [{ key: 'received', on: c.receivedOn, text: tr('record.received', { channel: text(c.channelLabel) }) }];
  for (const x of c.corrections) {
    out.push({ key: `n${x.id}`, on: x.noticeOn, text: tr('record.correctionNotice', { n: x.items.length }) });
    if (x.extendedTo)
      out.push({ key: `x${x.id}`, on: x.noticeOn, text: tr('record.correctionExtended', { date: fmt.date(x.extendedTo) }) });
    if (x.correctedOn) out.push({ key: `c${x.id}`, on: x.correctedOn, text: tr('record.corrected') });
    if (x.status === 'abandoned') out.push({ key: `a${x.id}`, on: x.extendedTo ?? x.dueOn, text: tr('record.abandoned') });
  }
  if (c.acceptedOn) {
    const proc = c.procedure && Object.hasOwn(procedureLabels, c.procedure) ? text(procedureLabels[c.procedure as Procedure]) : '';
    out.push({
      key: 'accepted',
      on: c.acceptedOn,
      text: c.deemedAccepted ? tr('record.deemedAccepted') : tr('record.accepted', { procedure: proc }),
    });
  }
  const names = new Map(c.documents.map((d) => [d.id, d.fileName]));
  for (const d of c.documents)
    if (d.templateId) out.push({ key: `d${d.id}`, on: d.createdAt, text: tr('record.document', { name: d.fileName }) });
  for (const s of c.services) {
    const name = names.get(s.attachmentId) ?? '';
    out.push({ key: `s${s.id}`, on: s.sentAt, text: tr('record.served', { name }) });
    if (s.acknowledgedAt) out.push({ key: `k${s.id}`, on: s.acknowledgedAt, text: tr('record.acknowledged', { name }) });
  }
  if (c.closedOn) out.push({ key: 'closed', on: c.closedOn, text: tr('record.closed', { state: text(c.stateLabel) }) });
  // Dates (LocalDate) and instants (ISO) mixed: compare them as moments in the browser's time zone.
  return out.sort((a, b) => dayjs(a.on).valueOf() - dayjs(b.on).valueOf());
}

/** 办理记录: the course of the case, my open todo items on it, and (for audit readers) the audit history. */
export function RecordTab({ c }: { c: CaseDetail }) {
  const tr = useReconT();
  const fmt = useFormat();
  const { locale } = useLocale();
  const can = useCan();
  const course = useCourse(c);
  // The todo API lists the caller's items only, newest due first; this case's are picked from them.
  const todos = useQuery({
    queryKey: ['todos', { status: 'open', pageSize: 200 }],
    queryFn: () => todoApi.list({ status: 'open', pageSize: 200 }),
  });
  const mine = (todos.data?.items ?? []).filter((x) => x.entityType === 'reconCase' && x.entityId === c.id);

  return (
    <div className="tp-stack">
      <Card title={<h2 className="tp-card-title">{tr('record.title')}</h2>} size="small">
        <Timeline
          items={course.map((e) => ({
            key: e.key,
            content: (
              <>
                <Typography.Text type="secondary" className="recon-nowrap">
                  {e.on.length > 10 ? fmt.dateTime(e.on) : fmt.date(e.on)}
                </Typography.Text>{' '}
                {e.text}
              </>
            ),
          }))}
        />
      </Card>
      <Card title={<h2 className="tp-card-title">{tr('record.todos')}</h2>} size="small">
        {mine.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tr('record.noTodos')} />
        ) : (
          <Table<TodoItem>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={mine}
            columns={[
              {
                key: 'title',
                title: tr('deadline.label'),
                render: (_, x) => <Link to={x.url}>{locale === 'en' ? x.titleEn : x.titleZh}</Link>,
              },
              { key: 'due', title: tr('deadline.due'), render: (_, x) => (x.dueDate ? fmt.date(x.dueDate) : '—') },
              { key: 'status', title: tr('deadline.status'), render: (_, x) => <DeadlineTag deadline={x.deadline} /> },
            ]}
          />
        )}
      </Card>
      {can('audit.event.read') && (
        <Card size="small">
          <EntityTimeline entityType="reconCase" entityId={c.id} headingLevel={2} />
        </Card>
      )}
    </div>
  );
}
