import { Alert, App, Form, Input, Select, Typography } from 'antd';
import { isApiError } from '../../../../../web/src/api/api-error';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useLocale, useLocalText } from '../../../../../web/src/i18n/locale-context';
import type { TransferDestination } from '../../../contract/enums';
import type { TicketDetail } from '../../../contract/tickets';
import { useHlMutation } from '../../api/keys';
import { transferApi, useHandoffTargets } from '../../api/transfers';
import { useDeskT } from '../../desk-i18n';
import { buildPrefill, prefillDefault } from './prefill-fields';
import { PrefillInput } from './PrefillInput';

interface Values {
  destination: TransferDestination;
  note?: string;
  prefill?: Record<string, unknown>;
}

/**
 * 一键转接: destination (GET /api/hotline/handoff-targets), its pre-fill fields, a note. A target module
 * rejecting the pre-filled data answers 4xx with its own code: the message goes on the field at fault
 * (`prefill.<name>`), and the failed attempt stays on the ticket.
 */
export function TransferModal({ ticket, open, onClose }: { ticket: TicketDetail; open: boolean; onClose(): void }) {
  const tr = useDeskT();
  const lt = useLocalText();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const targets = useHandoffTargets(open);
  const destination = Form.useWatch('destination', form);
  const target = targets.data?.items.find((t) => t.destination === destination);
  const create = useHlMutation((body: { destination: TransferDestination; note?: string; prefill?: Record<string, unknown> }) =>
    transferApi.create(ticket.id, body),
  );
  const submit = async (v: Values) => {
    form.setFields((target?.fields ?? []).map((f) => ({ name: ['prefill', ...f.split('.')], errors: [] })));
    const { prefill, badJson } = buildPrefill(v.prefill, target?.fields ?? []);
    if (badJson) {
      form.setFields([{ name: ['prefill', ...badJson.split('.')], errors: [tr('transfer.badJson')] }]);
      throw new Error(tr('transfer.badJson'));
    }
    try {
      const t = await create.mutateAsync({
        destination: v.destination,
        note: v.note?.trim() || undefined,
        prefill: Object.keys(prefill).length ? prefill : undefined,
      });
      message.success(tr('transfer.sent', { reference: t.reference }));
    } catch (e) {
      if (isApiError(e) && e.status >= 400 && e.status < 500) {
        message.warning(tr('transfer.failed'));
        // The target module names its own field (`householdSize`): show it on that pre-fill input.
        const f = e.field;
        if (f && !f.startsWith('prefill.') && target?.fields.some((n) => n === f || n.startsWith(`${f}.`))) {
          form.setFields([{ name: ['prefill', ...f.split('.')], errors: [e.text(locale)] }]);
        }
      }
      throw e;
    }
  };
  const pick = (d: TransferDestination) => {
    const fields = targets.data?.items.find((t) => t.destination === d)?.fields ?? [];
    const prefill: Record<string, unknown> = {};
    for (const f of fields) {
      const v = prefillDefault(f, ticket);
      if (v === undefined) continue;
      const path = f.split('.');
      let node = prefill;
      for (const p of path.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
      node[path[path.length - 1]!] = v;
    }
    form.setFieldValue('prefill', prefill);
  };
  return (
    <FormModal<Values>
      open={open}
      title={`${tr('transfer.title')} · ${ticket.number}`}
      formName={`hl-transfer-${ticket.id}`}
      form={form}
      busy={create.isPending}
      okText={tr('act.transfer')}
      width={680}
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
