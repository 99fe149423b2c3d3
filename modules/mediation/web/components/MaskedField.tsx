import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../../web/src/api/client';
import { ReasonModal } from '../../../../web/src/components/ReasonModal';
import { useMedT } from '../i18n';

interface Props {
  /** The party whose value it is (revealer `medParty`). */
  partyId: string;
  /** The revealer's field name (idNumber, phone, address). */
  field: string;
  /** What the field is, for the reveal dialog's title. */
  fieldLabel: string;
  value: { masked: string | null; revealable: boolean };
  /** The caller's `abilities.canReveal` on the case. */
  canReveal: boolean;
}

/**
 * A masked personal value with 查看: the reason is asked for, recorded by POST /api/pii/reveal
 * (audited), and the plain value is shown only in this component's memory.
 */
export function MaskedField({ partyId, field, fieldLabel, value, canReveal }: Props) {
  const tr = useMedT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [plain, setPlain] = useState<string | null>(null);

  if (!value.masked) return <Typography.Text type="secondary">{tr('mask.none')}</Typography.Text>;
  if (plain !== null) return <Typography.Text copyable>{plain}</Typography.Text>;

  const reveal = async (reason: string) => {
    const res = await api<{ value: string | null }>('/pii/reveal', {
      method: 'POST',
      body: { entityType: 'medParty', entityId: partyId, field, reason },
    });
    setPlain(res.value ?? '');
    message.success(tr('mask.revealed'));
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
          aria-label={tr('mask.revealTitle', { field: fieldLabel })}
        >
          {tr('mask.reveal')}
        </Button>
      )}
      <ReasonModal
        open={open}
        title={tr('mask.revealTitle', { field: fieldLabel })}
        formName={`reveal-${partyId}-${field}`}
        onSubmit={reveal}
        onClose={() => setOpen(false)}
      />
    </Space>
  );
}
