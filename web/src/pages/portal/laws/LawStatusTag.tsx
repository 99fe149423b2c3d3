import { Tag } from 'antd';
import type { MessageKey } from '../../../i18n/zh-CN';
import { useT } from '../../../i18n/use-t';
import type { LawStatus } from './laws-api';

const statusKey: Record<LawStatus, MessageKey> = {
  effective: 'laws.status.effective',
  amended: 'laws.status.amended',
  repealed: 'laws.status.repealed',
};

/** 有效 / 已修改 / 已废止 in words (colour is never the only signal), dark text for AA contrast. */
export function LawStatusTag({ status }: { status: LawStatus }) {
  const t = useT();
  return <Tag className={`tp-law-status tp-law-status-${status}`}>{t(statusKey[status])}</Tag>;
}
