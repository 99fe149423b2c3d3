import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { type SeatRole, type Shift, seatRoleLabels, seatRoles, shiftLabels, shifts } from '../../../contract/enums';
import { useHlMutation } from '../../api/keys';
import type { PersonOption } from '../../api/people';
import { rosterApi } from '../../api/rosters';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useDeskT } from '../../desk-i18n';

interface Values {
  orgId?: string;
  userId: string;
  dutyDate: Dayjs;
  shift: Shift;
  seatRole: SeatRole;
  seat?: string;
  note?: string;
}

interface Props {
  open: boolean;
  onClose(): void;
  /** Eligible agents and lawyers (api/people.ts); filtered by the chosen centre. */
  people: PersonOption[];
  centres: { value: string; label: string }[];
  initial?: { dutyDate?: Dayjs; shift?: Shift };
}

/** 安排值班: one person on one shift of one day (POST /api/hotline/rosters); server errors on their field. */
export function AddRosterModal({ open, onClose, people, centres, initial }: Props) {
  const tr = useDeskT();
  const lt = useLocalText();
  const [form] = Form.useForm<Values>();
  const orgId = Form.useWatch('orgId', form);
  const shown = orgId ? people.filter((p) => p.orgId === orgId) : people;
  const add = useHlMutation((v: Values) =>
    rosterApi.add({
      orgId: v.orgId,
      userId: v.userId,
      dutyDate: v.dutyDate.format('YYYY-MM-DD'),
      shift: v.shift,
      seatRole: v.seatRole,
      seat: v.seat?.trim() || undefined,
      note: v.note?.trim() || undefined,
    }),
  );
  const required = [{ required: true, message: tr('common.required') }];
  return (
    <FormModal<Values>
      open={open}
      title={tr('rosters.add')}
      formName="hl-roster-add"
      form={form}
      busy={add.isPending}
      okText={tr('common.save')}
      initialValues={{ seatRole: 'lawyer', shift: initial?.shift ?? 'morning', dutyDate: initial?.dutyDate }}
      onSubmit={(v) => add.mutateAsync(v)}
      onClose={onClose}
    >
      {centres.length > 1 && (
        <Form.Item name="orgId" label={tr('field.centre')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={centres} />
        </Form.Item>
      )}
      <Form.Item name="userId" label={tr('rosters.user')} extra={tr('rosters.userHint')} rules={required}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={shown.map(({ value, label }) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="dutyDate" label={tr('rosters.dutyDate')} rules={required}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="shift" label={tr('rosters.shift')} rules={required}>
        <Select options={shifts.map((s) => ({ value: s, label: `${lt(shiftLabels[s])} ${shiftLabels[s].from}–${shiftLabels[s].to}` }))} />
      </Form.Item>
      <Form.Item name="seatRole" label={tr('rosters.seatRole')} rules={required}>
        <Select options={seatRoles.map((r) => ({ value: r, label: lt(seatRoleLabels[r]) }))} />
      </Form.Item>
      <Form.Item name="seat" label={tr('rosters.seat')}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="note" label={tr('common.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
