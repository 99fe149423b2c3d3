import { InfoCircleOutlined } from '@ant-design/icons';
import { Button, Popover, Space, Typography } from 'antd';
import type { DeadlineView } from '../../contract/case';
import { useLocale } from '../../../../web/src/i18n/locale-context';
import { DeadlineTag as CoreDeadlineTag } from '../../../../web/src/workbench-todo/DeadlineTag';
import { useAidT } from '../i18n';

export interface Explanation {
  zh: string[];
  en: string[];
}

/** The engine's explanation lines of a computed date, in the current language. */
export function ExplainPopover({ title, lines }: { title: string; lines: Explanation }) {
  const tr = useAidT();
  const { locale } = useLocale();
  const shown = locale === 'en' && lines.en.length ? lines.en : lines.zh;
  if (shown.length === 0) return null;
  return (
    <Popover
      title={title}
      trigger="click"
      content={
        <ol style={{ margin: 0, paddingInlineStart: 20, maxWidth: 440 }}>
          {shown.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      }
    >
      <Button type="link" size="small" icon={<InfoCircleOutlined />} aria-label={tr('deadline.explainFor', { label: title })}>
        {tr('deadline.explain')}
      </Button>
    </Popover>
  );
}

/** 正常 / 即将到期 / 已逾期 exactly as on the workbench todo card, with the explanation when given. */
export function DeadlineTag({
  deadline,
  label,
  lines,
  compact,
}: {
  deadline: DeadlineView | null;
  label?: string;
  lines?: Explanation;
  compact?: boolean;
}) {
  const tr = useAidT();
  if (!deadline) return null;
  return (
    <Space size={0} wrap>
      <CoreDeadlineTag deadline={deadline} />
      {deadline.provisional && (
        <Typography.Text type="secondary">{compact ? tr('deadline.provisionalShort') : tr('deadline.provisional')}</Typography.Text>
      )}
      {lines && label && <ExplainPopover title={label} lines={lines} />}
    </Space>
  );
}
