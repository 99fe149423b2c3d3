import { Alert, App, Form, Input, Select, Typography } from 'antd';
import { isApiError } from '../../../../../web/src/api/api-error';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import type { TransferDestination } from '../../../contract/enums';
import type { TicketDetail } from '../../../contract/tickets';
import { useHlMutation } from '../../api/keys';
import { transferApi, useHandoffTargets } from '../../api/transfers';
import { useDeskT } from '../../desk-i18n';
import { placePrefillError } from './prefill-errors';
import { buildPrefill, prefillStart } from './prefill-fields';
import { PrefillInput } from './PrefillInput';

interface Values {
  destination: TransferDestination;
  note?: string;
  prefill?: Record<string, unknown>;
}

/**
 * 一键转接: destination (GET /api/hotline/handoff-targets), its pre-fill fields, a note. A target module
 * rejecting the pre-filled data answers 4xx with its own code: the message goes on the input at fault
 * (prefill-errors.ts), and the failed attempt stays on the ticket. Lists and records of the target's schema
 * are entered as rows and cards of inputs (prefill-shapes.ts), never as JSON.
 */
export function TransferModal({ ticket, open, onClose }: { ticket: TicketDetail; open: boolean; onClose(): void }) {
  const tr = useDeskT();
  const lt = useLocalText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const targets = useHandoffTargets(open);
  const destination = Form.useWatch('destination', form);
  const target = targets.data?.items.find((t) => t.destination === destination);
  const create = useHlMutation((body: { destination: TransferDestination; note?: string; prefill?: Record<string, unknown> }) =>
    transferApi.create(ticket.id, body),
  );
  const submit = async (v: Values) => {
    const fields = target?.fields ?? [];
    try {
      const prefill = buildPrefill(v.destination, v.prefill, fields);
      const t = await create.mutateAsync({
        destination: v.destination,
        note: v.note?.trim() || undefined,
        prefill: Object.keys(prefill).length ? prefill : undefined,
      });
      message.success(tr('transfer.sent', { reference: t.reference }));
    } catch (e) {
      if (!isApiError(e) || e.status < 400 || e.status >= 500) throw e;
      message.warning(tr('transfer.failed'));
      // The target names its own field (`parties`, `act.documentNo`), the schema check `prefill.parties.1.name`:
      // each message goes under its pre-fill input.
      throw placePrefillError(
        e,
        form.getFieldsError().map((f) => f.name),
      );
    }
  };
  const pick = (d: TransferDestination) => {
    const fields = targets.data?.items.find((t) => t.destination === d)?.fields ?? [];
    form.setFieldValue('prefill', prefillStart(d, fields, ticket));
  };
  return (
    <FormModal<Values>
      open={open}
      title={`${tr('transfer.title')} · ${ticket.number}`}
      formName={`hl-transfer-${ticket.id}`}
      form={form}
      busy={create.isPending}
      okText={tr('act.transfer')}
      width={720}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="destination" label={tr('transfer.destination')} rules={[{ required: true, message: tr('common.required') }]}>
        <Select
          loading={targets.isLoading}
          options={(targets.data?.items ?? []).map((t) => ({
            value: t.destination,
            label: t.available ? lt(t.label) : `${lt(t.label)} ${tr('transfer.unavailable')}`,
            disabled: !t.available,
          }))}
          onChange={pick}
        />
      </Form.Item>
      {target && destination && target.fields.length > 0 && (
        <>
          <Typography.Text strong>{tr('transfer.prefill')}</Typography.Text>
          <Alert type="info" showIcon title={tr('transfer.prefillHint')} style={{ margin: '8px 0 12px' }} />
          {target.fields.map((f) => (
            <PrefillInput key={`${destination}-${f}`} destination={destination} field={f} />
          ))}
        </>
      )}
      <Form.Item name="note" label={tr('transfer.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
