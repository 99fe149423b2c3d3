import { Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { urgentGroundLabels, urgentGrounds, type MatterKind, type UrgentGround } from '../../../../contract/enums';
import type { StaffApplicationRequest } from '../../../api/cases';
import { useLabel } from '../../../components/labels';
import { useAidT } from '../../../i18n';

/** The form values of 第四十四条 (urgent aid) and 第二十六条 (life or death), named like the request's fields. */
export interface UrgencyValues {
  urgentOn?: boolean;
  urgent?: { ground?: UrgentGround; reason?: string; limitationEndsOn?: Dayjs };
  mayCarryLifeOrDeath?: boolean;
}

/** The request's `urgent` and `mayCarryLifeOrDeath` from the form values. */
export function toUrgency(v: UrgencyValues & { matterKind?: MatterKind }): Pick<StaffApplicationRequest, 'urgent' | 'mayCarryLifeOrDeath'> {
  const u = v.urgent;
  return {
    urgent:
      v.urgentOn && u?.ground
        ? {
            ground: u.ground,
            reason: u.reason?.trim() ?? '',
            limitationEndsOn: u.ground === 'limitationSoon' ? u.limitationEndsOn?.format('YYYY-MM-DD') : undefined,
          }
        : undefined,
    mayCarryLifeOrDeath: v.matterKind === 'criminalDefence' ? v.mayCarryLifeOrDeath === true : undefined,
  };
}

/**
 * 第四十四条: a limitation period ending within 7 days or urgent preservation — aid first, paperwork
 * afterwards (the same questions as the portal wizard); and 第二十六条 for a criminal defence.
 */
export function UrgencyFields() {
  const tr = useAidT();
  const label = useLabel();
  const urgentOn = Form.useWatch<boolean | undefined>('urgentOn');
  const ground = Form.useWatch<UrgentGround | undefined>(['urgent', 'ground']);
  const matterKind = Form.useWatch<MatterKind | undefined>('matterKind');
  const required = { required: true, message: tr('common.required') };
  return (
    <>
      {matterKind === 'criminalDefence' && (
        <Form.Item name="mayCarryLifeOrDeath" valuePropName="checked">
          <Checkbox>{tr('lifeOrDeath.flag')}</Checkbox>
        </Form.Item>
      )}
      <Form.Item name="urgentOn" valuePropName="checked">
        <Checkbox>{tr('urgent.flag')}</Checkbox>
      </Form.Item>
      {urgentOn && (
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name={['urgent', 'ground']} label={tr('urgent.ground')} rules={[required]}>
              <Select options={urgentGrounds.map((g) => ({ value: g, label: label(urgentGroundLabels[g], true) }))} />
            </Form.Item>
          </Col>
          {ground === 'limitationSoon' && (
            <Col xs={24} md={8}>
              <Form.Item name={['urgent', 'limitationEndsOn']} label={tr('urgent.limitationEndsOn')} rules={[required]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <Form.Item name={['urgent', 'reason']} label={tr('urgent.reason')} rules={[{ ...required, whitespace: true }]}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
}
