import { InfoCircleOutlined } from '@ant-design/icons';
import type { TodoItem } from '@tianping/common/contract/workflow';
import { Button, Popover, Space, Typography } from 'antd';
import { useLocale } from '../../../../web/src/i18n/locale-context';
import { DeadlineTag as CoreDeadlineTag } from '../../../../web/src/workbench-todo/DeadlineTag';
import { useMedT } from '../i18n';

export interface Explanation {
  zh: readonly string[];
  en: readonly string[];
}

/** The engine's explanation lines of a computed date, in the current language. */
export function ExplainPopover({ title, lines }: { title: string; lines: Explanation }) {
  const tr = useMedT();
  const { locale } = useLocale();
  const shown = locale === 'en' && lines.en.length ? lines.en : lines.zh;
  if (shown.length === 0) return null;
  return (
    <Popover
      title={title}
      trigger="click"
      content={
        <ol style={{ margin: 0, paddingInlineStart: 20, maxWidth: 'min(440px, 80vw)' }}>
          {shown.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      }
    >
      <Button
        type="link"
        size="small"
        icon={<InfoCircleOutlined />}
        aria-label={tr('deadline.explainFor', { explain: tr('deadline.explain'), label: title })}
      >
        {tr('deadline.explain')}
      </Button>
    </Popover>
  );
}

/**
 * 正常 / 即将到期 / 已逾期 exactly as on the workbench todo card (and the reconsideration list), with the
 * explanation popover when the engine's lines are given and a note when the date is provisional.
 */
export function DeadlineTag({
  deadline,
  label,
  lines,
  compact,
}: {
  deadline: TodoItem['deadline'] | null | undefined;
  label?: string;
  lines?: Explanation | null;
  compact?: boolean;
}) {
  const tr = useMedT();
  if (!deadline) return null;
  return (
    <Space size={0} wrap>
      <CoreDeadlineTag deadline={deadline} />
      {deadline.provisional && (
        <Typography.Text type="secondary" title={compact ? tr('deadline.provisional') : undefined}>
          {compact ? tr('deadline.provisionalShort') : tr('deadline.provisional')}
        </Typography.Text>
      )}
      {lines && label && <ExplainPopover title={label} lines={lines} />}
    </Space>
  );
}
