import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { useT } from '../i18n/use-t';
import { ReasonModal } from './ReasonModal';

interface Props {
  /** The revealer registered on the server (kernel.pii), e.g. `reconCase`, `medParty`, `aidParty`, `hlTicket`. */
  entityType: string;
  entityId: string;
  /** The revealer's field name (idNumber, phone, address). */
  field: string;
  /** What the field is, for the reveal dialog's title. */
  fieldLabel: string;
  value: { masked: string | null; revealable: boolean };
  /** The caller's reveal ability on the record (from the presenter's `abilities`). */
  canReveal: boolean;
  /** Text when nothing is recorded (default 未登记). */
  emptyText?: string;
}

/**
 * A masked personal value with 查看: the reason is asked for, recorded by POST /api/pii/reveal
 * (audited), and the plain value is shown only in this component's memory.
 */
export function MaskedField({ entityType, entityId, field, fieldLabel, value, canReveal, emptyText }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [plain, setPlain] = useState<string | null>(null);

  if (!value.masked) return <Typography.Text type="secondary">{emptyText ?? t('mask.none')}</Typography.Text>;
  if (plain !== null) return <Typography.Text copyable>{plain}</Typography.Text>;

  const reveal = async (reason: string) => {
    const res = await api<{ value: string | null }>('/pii/reveal', {
      method: 'POST',
      body: { entityType, entityId, field, reason },
    });
    setPlain(res.value ?? '');
    message.success(t('mask.revealed'));
  };

  return (
    <Space size="small">
      <Typography.Text>{value.masked}</Typography.Text>
      {canReveal && value.revealable && (
        <Button
          size="small"
          type="link"
          icon={<EyeOutlined />}
          onClick={() => setOpen(true)}
          aria-label={t('mask.revealTitle', { field: fieldLabel })}
        >
          {t('mask.reveal')}
        </Button>
      )}
      <ReasonModal
        open={open}
        title={t('mask.revealTitle', { field: fieldLabel })}
        formName={`reveal-${entityId}-${field}`}
        onSubmit={reveal}
        onClose={() => setOpen(false)}
      />
    </Space>
  );
}
