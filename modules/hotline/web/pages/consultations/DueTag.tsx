import { Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useKnowledgeT } from '../../knowledge-i18n';

const soonMs = 4 * 3600_000;

/**
 * 正常 / 即将到期 / 已逾期 of a consultation's answer, same colours as the workbench todo card. The due
 * time and `overdue` come from the server (working hours, local rule); "due soon" is the last 4 hours.
 */
export function DueTag({ dueAt, overdue, answeredAt }: { dueAt: string; overdue: boolean; answeredAt: string | null }) {
  const tr = useKnowledgeT();
  const { dateTime } = useFormat();
  const [now] = useState(() => Date.now());
  const title = `${tr('cq.dueAt')}${tr('common.colon')}${dateTime(dueAt)}`;
  let tag: { color: string; text: string };
  if (answeredAt) tag = overdue ? { color: 'red', text: tr('cq.due.late') } : { color: 'green', text: tr('cq.due.normal') };
  else if (overdue) tag = { color: 'red', text: tr('cq.due.overdue') };
  else if (new Date(dueAt).getTime() - now <= soonMs) tag = { color: 'orange', text: tr('cq.due.soon') };
  else tag = { color: 'green', text: tr('cq.due.normal') };
  return (
    <Tooltip title={title}>
      <Tag color={tag.color}>{tag.text}</Tag>
    </Tooltip>
  );
}
