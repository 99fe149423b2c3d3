import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  applicationMatterKinds,
  exemptionLabels,
  exemptions,
  forwarderKindLabels,
  forwarderKinds,
  hardshipCheckLabels,
  matterKindLabels,
  type Exemption,
  type ForwarderKind,
  type MatterKind,
} from '../../../../contract/enums';
import { useCentres, type StaffApplicationRequest } from '../../../api/cases';
import { useOptions } from '../../../components/labels';
import { useAidT } from '../../../i18n';
import { toUrgency, UrgencyFields, type UrgencyValues } from './UrgentFields';

export interface ApplicationValues extends UrgencyValues {
  orgId?: string;
  receivedOn?: Dayjs;
  matterKind: MatterKind;
  matterSummary: string;
  exemption: Exemption;
  exemptionProof?: string;
  householdSize?: number;
  monthlyIncomeYuan?: number;
  hardshipCheck: 'standard' | 'pledge' | 'sharedData';
  pledgeSigned: boolean;
  applicant: { name: string; idNumber: string; phone?: string; address?: string };
  opponentName?: string;
  litigation?: boolean;
  authorityName?: string;
  forwardedBy?: string;
  forwarderKind?: ForwarderKind;
  forwarderReceivedAt?: Dayjs;
  forwardedAt?: Dayjs;
}

const t = (s?: string) => s?.trim() || undefined;

export function toStaffApplication(v: ApplicationValues, origin: 'walkIn' | 'forwarded'): StaffApplicationRequest {
  return {
    origin,
    orgId: v.orgId,
    receivedOn: v.receivedOn?.format('YYYY-MM-DD'),
    matterKind: v.matterKind,
    matterSummary: v.matterSummary.trim(),
    exemption: v.exemption,
    exemptionProof: t(v.exemptionProof),
    householdSize: v.householdSize ?? null,
    monthlyIncomeYuan: v.monthlyIncomeYuan ?? null,
    hardshipCheck: v.hardshipCheck,
    pledgeSigned: v.pledgeSigned,
    applicant: {
      name: v.applicant.name.trim(),
      idNumber: v.applicant.idNumber.trim(),
      phone: t(v.applicant.phone),
      address: t(v.applicant.address),
    },
    opponents: t(v.opponentName) ? [{ name: v.opponentName?.trim() ?? '' }] : [],
    litigation: v.litigation ?? false,
    authorityName: t(v.authorityName),
    ...toUrgency(v),
    ...(origin === 'forwarded'
      ? {
          forwardedBy: t(v.forwardedBy),
          forwarderKind: v.forwarderKind,
          forwarderReceivedAt: v.forwarderReceivedAt?.format(),
          forwardedAt: v.forwardedAt?.format(),
        }
      : {}),
  };
}

/** The application's answers as staff record them (same questions as the portal wizard). */
export function ApplicationFields({ forwarded, duty = false }: { forwarded: boolean; duty?: boolean }) {
  const tr = useAidT();
  const options = useOptions();
  const centres = useCentres();
  const req = [{ required: true, whitespace: true, message: tr('common.required') }];
  return (
    <>
      {!duty && (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="orgId" label={tr('intake.centre')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={centres.data?.items.map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="receivedOn" label={tr('intake.receivedOn')}>
              <DatePicker />
            </Form.Item>
          </Col>
        </Row>
      )}
      {forwarded && (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="forwarderKind" label={tr('intake.forwarderKind')} rules={[{ required: true, message: tr('common.required') }]}>
              <Select options={options(forwarderKinds, forwarderKindLabels)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="forwardedBy" label={tr('intake.forwardedBy')} rules={req}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="forwarderReceivedAt"
              label={tr('intake.forwarderReceivedAt')}
              rules={[{ required: true, message: tr('common.required') }]}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="forwardedAt" label={tr('intake.forwardedAt')} rules={[{ required: true, message: tr('common.required') }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Form.Item name="matterKind" label={tr('intake.matter')} rules={[{ required: true, message: tr('common.required') }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={options(applicationMatterKinds, matterKindLabels)} />
      </Form.Item>
      <Form.Item name="matterSummary" label={tr('intake.summary')} rules={req}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="exemption" label={tr('intake.exemption')}>
            <Select options={options(exemptions, exemptionLabels)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="exemptionProof" label={tr('intake.proof')}>
            <Input maxLength={1000} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="householdSize" label={tr('intake.household')}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="monthlyIncomeYuan" label={tr('intake.income')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="hardshipCheck" label={tr('intake.hardshipCheck')}>
            <Select options={options(['standard', 'pledge', 'sharedData'] as const, hardshipCheckLabels)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="pledgeSigned" valuePropName="checked">
        <Checkbox>{tr('intake.pledge')}</Checkbox>
      </Form.Item>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600, fontSize: 14 }}>{tr('intake.applicant')}</legend>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name={['applicant', 'name']} label={tr('intake.name')} rules={req}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['applicant', 'idNumber']} label={tr('intake.idNumber')} rules={req}>
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['applicant', 'phone']} label={tr('intake.phone')}>
              <Input maxLength={11} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['applicant', 'address']} label={tr('intake.address')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
      </fieldset>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="opponentName" label={tr('intake.opponent')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="authorityName" label={tr('intake.authority')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="litigation" valuePropName="checked">
        <Checkbox>{tr('intake.litigation')}</Checkbox>
      </Form.Item>
      <UrgencyFields />
    </>
  );
}
