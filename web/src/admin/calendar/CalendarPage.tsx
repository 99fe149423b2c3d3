import type { CalendarYearSummary } from '@tianping/common/contract/calendar';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { useCan } from '../../access/can';
import { PageHeading } from '../../components/PageHeading';
import { QueryError } from '../../components/QueryError';
import { useAdminT } from '../i18n/use-admin-t';
import { calendarApi, calendarKeys } from './calendar-api';
import { useCalendarT } from './calendar-i18n';
import { MonthGrid } from './MonthGrid';
import { YearEntryModal } from './YearEntryModal';

/**
 * /workbench/admin/calendar — the years in force, a year's month grid, and (with calendar.year.manage)
 * entering a year or correcting an entered one.
 */
export default function CalendarPage() {
  const ta = useAdminT();
  const tc = useCalendarT();
  const canManage = useCan()('calendar.year.manage');
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<number | null>(null);
  const [entering, setEntering] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const years = useQuery({ queryKey: calendarKeys.years, queryFn: calendarApi.years });
  const shownYear = selected ?? years.data?.maintainedYears.at(-1) ?? null;
  const detail = useQuery({
    queryKey: calendarKeys.year(shownYear ?? 0),
    queryFn: () => calendarApi.year(shownYear!),
    enabled: shownYear !== null,
  });

  return (
    <>
      <PageHeading
        title={ta('menu.calendar')}
        extra={
          canManage && (
            <Button type="primary" onClick={() => setEntering(true)}>
              {tc('years.enter')}
            </Button>
          )
        }
      />
      <div className="tp-stack">
        {years.isError && <QueryError error={years.error} onRetry={() => years.refetch()} />}
        <Alert
          type="info"
          showIcon
          message={tc('years.unmaintained')}
          description={years.data && tc('years.version', { v: years.data.calendarVersion })}
        />
        <Table<CalendarYearSummary>
          rowKey={(r) => `${r.year}-${r.origin}`}
          size="small"
          loading={years.isFetching}
          dataSource={years.data?.items}
          pagination={false}
          onRow={(r) => ({ onClick: () => setSelected(r.year), style: { cursor: 'pointer' } })}
          rowClassName={(r) => (r.year === shownYear && r.inForce ? 'ant-table-row-selected' : '')}
          columns={[
            { key: 'year', title: tc('years.year'), dataIndex: 'year' },
            {
              key: 'origin',
              title: tc('years.origin'),
              render: (_, r) => (
                <>
                  <Tag color={r.origin === 'official' ? 'blue' : 'green'}>{tc(`years.origin.${r.origin}`)}</Tag>
                  {r.inForce ? <Tag color="success">{tc('years.inForce')}</Tag> : <Tag>{tc('years.superseded')}</Tag>}
                </>
              ),
            },
            {
              key: 'notice',
              title: tc('years.notice'),
              render: (_, r) => `${r.source.title}${r.source.documentNumber ? `（${r.source.documentNumber}）` : ''} ${r.source.issuedOn}`,
            },
            { key: 'days', title: '', render: (_, r) => tc('years.days', { h: r.holidayDays, m: r.makeUpWorkdayCount }) },
          ]}
        />
        {shownYear !== null && (
          <Card
            title={tc('grid.title', { year: shownYear })}
            loading={detail.isFetching}
            extra={
              // Only an administrator's entry in force is corrected in place (PUT); a built-in year is
              // corrected by entering the year with "correct a built-in year".
              canManage &&
              detail.data?.origin === 'administrator' &&
              detail.data.inForce &&
              detail.data.version !== null && <Button onClick={() => setCorrecting(true)}>{tc('years.correct')}</Button>
            }
          >
            {detail.isError && <QueryError error={detail.error} onRetry={() => detail.refetch()} />}
            {detail.data && <MonthGrid detail={detail.data} />}
          </Card>
        )}
      </div>
      {entering && (
        <YearEntryModal
          open
          onClose={() => setEntering(false)}
          onSaved={(year) => {
            setEntering(false);
            setSelected(year);
            void queryClient.invalidateQueries({ queryKey: ['calendar'] });
          }}
        />
      )}
      {correcting && detail.data && (
        <YearEntryModal
          // A reloaded entry (new version) remounts the modal with a fresh form.
          key={`${detail.data.year}@${detail.data.version}`}
          open
          editing={detail.data}
          onClose={() => setCorrecting(false)}
          onReload={() => void queryClient.invalidateQueries({ queryKey: ['calendar'] })}
          onSaved={() => {
            setCorrecting(false);
            void queryClient.invalidateQueries({ queryKey: ['calendar'] });
          }}
        />
      )}
    </>
  );
}
