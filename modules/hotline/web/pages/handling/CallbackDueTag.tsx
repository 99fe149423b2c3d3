import { Tag } from 'antd';
import dayjs from 'dayjs';
import type { CallbackView } from '../../../contract/callback';
import { useDeskT } from '../../desk-i18n';

/**
 * 正常 / 即将到期 / 已逾期 for a pending callback (the server's `overdue`; due within two hours → 即将到期),
 * 逾期完成 for one done late. Colour is never the only signal: the words are shown.
 */
export function CallbackDueTag({ callback }: { callback: Pick<CallbackView, 'state' | 'overdue' | 'late' | 'dueAt'> }) {
  const tr = useDeskT();
  if (callback.state !== 'pending') {
    return callback.late ? <Tag color="gold">{tr('callback.late')}</Tag> : <Tag>{tr(`callback.state.${callback.state}`)}</Tag>;
  }
  if (callback.overdue) return <Tag color="red">{tr('callback.overdue')}</Tag>;
  const soon = dayjs(callback.dueAt).diff(dayjs(), 'minute') <= 120;
  return soon ? <Tag color="orange">{tr('callback.dueSoon')}</Tag> : <Tag color="green">{tr('callback.onTime')}</Tag>;
}
