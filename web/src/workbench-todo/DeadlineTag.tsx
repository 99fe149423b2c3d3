import type { TodoItem } from '@tianping/common/contract/workflow';
import { Tag } from 'antd';
import { useT } from '../i18n/use-t';

const colours = { normal: 'green', dueSoon: 'orange', overdue: 'red' } as const;

/** 正常 / 即将到期 / 已逾期, with the working days left or overdue. */
export function DeadlineTag({ deadline }: { deadline: TodoItem['deadline'] }) {
  const t = useT();
  if (!deadline) return null;
  const detail =
    deadline.status === 'overdue'
      ? t('todo.overdueDays', { n: deadline.overdueWorkdays })
      : t('todo.remainingWorkdays', { n: deadline.remainingWorkdays });
  return (
    <Tag color={colours[deadline.status]} title={detail}>
      {t(`todo.status.${deadline.status}`)}
    </Tag>
  );
}
