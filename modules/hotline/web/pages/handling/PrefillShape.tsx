import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { useDeskT } from '../../desk-i18n';
import { type ListShape, type Member, memberShown, type RecordShape } from './prefill-shapes';

type Name = (string | number)[];

const future = (d: Dayjs) => d.isAfter(dayjs(), 'day');

/** One member's input (a row's or a record's), shown while its `when` holds for the row's values. */
function MemberInput({ member: m, name, row, span }: { member: Member; name: Name; row?: Record<string, unknown>; span: number }) {
  const tr = useDeskT();
  const lt = useLocalText();
  if (!memberShown(m, row)) return null;
  // Only a text member gets `whitespace`: any other key than `required` makes the check a string check.
  const required = { required: true, message: tr('common.required') };
  const rules: Rule[] = m.required ? [m.input === 'text' ? { ...required, whitespace: true } : required] : [];
  const options = (m.options ?? []).map((o) => ({ value: o.value, label: lt(o.label) }));
  if (m.input === 'boolean')
    return (
      <Col xs={24}>
        <Form.Item name={name} valuePropName="checked">
          <Checkbox>{lt(m.label)}</Checkbox>
        </Form.Item>
      </Col>
    );
  return (
    <Col xs={24} sm={span}>
      <Form.Item name={name} label={lt(m.label)} rules={rules}>
        {m.input === 'select' ? (
          <Select options={options} showSearch={{ optionFilterProp: 'label' }} />
        ) : m.input === 'radio' ? (
          <Radio.Group options={options} />
        ) : m.input === 'date' ? (
          <DatePicker disabledDate={future} style={{ width: '100%' }} />
        ) : (
          <Input maxLength={m.maxLength} autoComplete="off" />
        )}
      </Form.Item>
    </Col>
  );
}

/** A record of the target's schema (the reconsideration applicant, the act) as a card of inputs. */
export function PrefillRecord({ field, shape }: { field: string; shape: RecordShape }) {
  const lt = useLocalText();
  const name = ['prefill', field];
  const row = Form.useWatch(name) as Record<string, unknown> | undefined;
  return (
    <Card size="small" title={lt(shape.label)} style={{ marginBottom: 12 }}>
      <Row gutter={12}>
        {shape.members.map((m) => (
          <MemberInput key={m.name} member={m} name={[...name, m.name]} row={row} span={m.input === 'radio' ? 24 : 12} />
        ))}
      </Row>
    </Card>
  );
}

/**
 * A list of the target's schema (parties, opposing parties): a card per row with add and remove, at least
 * the rows the schema demands, and the roles it needs (both sides of a mediation).
 */
export function PrefillList({ field, shape }: { field: string; shape: ListShape }) {
  const tr = useDeskT();
  const lt = useLocalText();
  const name = ['prefill', field];
  const rows = (Form.useWatch(name) as Record<string, unknown>[] | undefined) ?? [];
  const label = lt(shape.label);
  const rules = [
    {
      validator: async (_: unknown, value?: Record<string, unknown>[]) => {
        const list = value ?? [];
        if (list.length < shape.min) throw new Error(tr('transfer.atLeast', { n: shape.min, label }));
        const needs = shape.needs;
        if (needs && !needs.values.every((v) => list.some((r) => r?.[needs.member] === v))) throw new Error(lt(needs.message));
      },
    },
  ];
  return (
    <Form.List name={name} rules={rules}>
      {(items, { add, remove }, { errors }) => (
        <div style={{ marginBottom: 16 }}>
          {items.map((item, i) => (
            <Card
              key={item.key}
              size="small"
              title={tr('transfer.row', { label, n: i + 1 })}
              extra={
                <Button
                  type="link"
                  danger
                  size="small"
                  icon={<DeleteOutlined />}
                  disabled={items.length <= shape.min}
                  onClick={() => remove(item.name)}
                >
                  {tr('common.remove')}
                </Button>
              }
              style={{ marginBottom: 8 }}
            >
              <Row gutter={12}>
                {shape.members.map((m) => (
                  <MemberInput key={m.name} member={m} name={[item.name, m.name]} row={rows[item.name]} span={8} />
                ))}
              </Row>
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} disabled={items.length >= shape.max} onClick={() => add({ ...shape.newRow })}>
            {tr('transfer.addRow', { label })}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
