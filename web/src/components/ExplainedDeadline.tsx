import { InfoCircleOutlined } from '@ant-design/icons';
import type { TodoItem } from '@tianping/common/contract/workflow';
import { Button, Popover, Space, Typography } from 'antd';
import { useLocale } from '../i18n/locale-context';
import { useT } from '../i18n/use-t';
import { DeadlineTag } from '../workbench-todo/DeadlineTag';

/** The calendar engine's explanation lines of a computed date (common/calendar `explain`). */
export interface Explanation {
  zh: readonly string[];
  en: readonly string[];
}

/** The engine's explanation lines of a computed date, in the current language, behind 计算说明. */
export function ExplainPopover({ title, lines }: { title: string; lines: Explanation }) {
  const t = useT();
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
        aria-label={t('deadline.explainFor', { explain: t('deadline.explain'), label: title })}
      >
        {t('deadline.explain')}
      </Button>
    </Popover>
  );
}

/**
 * 正常 / 即将到期 / 已逾期 exactly as on the workbench todo card, with the explanation popover when the
 * engine's lines are given and a note when the holiday calendar made the date provisional.
 */
export function ExplainedDeadlineTag({
  deadline,
  label,
  lines,
  compact,
}: {
  deadline: TodoItem['deadline'] | null | undefined;
  label?: string;
  lines?: Explanation | null;
  /** In tables: 暂定 in one word (the full note as its title). */
  compact?: boolean;
}) {
  const t = useT();
  if (!deadline) return null;
  return (
    <Space size={0} wrap>
      <DeadlineTag deadline={deadline} />
      {deadline.provisional && (
        <Typography.Text type="secondary" title={compact ? t('deadline.provisional') : undefined}>
          {compact ? t('deadline.provisionalShort') : t('deadline.provisional')}
        </Typography.Text>
      )}
      {lines && label && <ExplainPopover title={label} lines={lines} />}
    </Space>
  );
}
