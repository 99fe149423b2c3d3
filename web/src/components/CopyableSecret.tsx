import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useT } from '../i18n/use-t';

interface Props {
  value: string;
  /** What the value is, e.g. "初始密码"; names the copy button for screen readers. */
  label: string;
  /** Split into groups of this many characters for reading aloud or typing (0 = no grouping). */
  groupSize?: number;
}

/** A value shown once (initial password, token secret, TOTP secret) with a copy button. */
export function CopyableSecret({ value, label, groupSize = 0 }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const shown = groupSize > 0 ? (value.match(new RegExp(`.{1,${groupSize}}`, 'g')) ?? [value]).join(' ') : value;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      message.success(t('common.copied'));
    } catch {
      message.error(t('common.copyFailed'));
    }
  };
  return (
    <Flex align="center" gap="small" wrap>
      <Typography.Text code className="tp-secret" data-value={value}>
        {shown}
      </Typography.Text>
      <Button icon={<CopyOutlined aria-hidden />} onClick={copy} aria-label={`${t('common.copy')} ${label}`}>
        {t('common.copy')}
      </Button>
    </Flex>
  );
}
