import { Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import {
  applicationMatterKinds,
  exemptionLabels,
  exemptions,
  matterKindLabels,
  urgentGroundLabels,
  urgentGrounds,
} from '../../../../contract/enums';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { useCentres } from '../../../api/cases';
import { useAidPortalT } from '../../../portal-i18n';
import { asksIncome } from './wizard-model';

const big = { size: 'large' as const };

/** Step 1: the centre, what the matter is (第二十四、二十九、三十一、三十三条), what happened, the other side. */
export function MatterStep() {
  const t = useAidPortalT();
  const text = useLocalText();
  const centres = useCentres();
  const required = [{ required: true, message: t('wizard.required') }];
  return (
    <>
      <Form.Item name="orgId" label={t('q.centre')} extra={t('q.centreHelp')} rules={required}>
        <Select
          {...big}
          showSearch={{ optionFilterProp: 'label' }}
          loading={centres.isPending}
          options={centres.data?.items.map((c) => ({ value: c.id, label: c.name }))}
        />
      </Form.Item>
      <Form.Item name="matterKind" label={t('q.matter')} rules={required} className="aid-choice">
        <Radio.Group options={applicationMatterKinds.map((k) => ({ value: k, label: text(matterKindLabels[k]) }))} />
      </Form.Item>
      <Form.Item name="matterSummary" label={t('q.summary')} rules={[{ required: true, whitespace: true, message: t('wizard.required') }]}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      <Form.Item name="opponentName" label={t('q.opponent')}>
        <Input {...big} maxLength={200} />
      </Form.Item>
      <Form.Item name="hasCounsel" label={t('q.hasCounsel')} className="aid-choice">
        <Radio.Group
          options={[
            { value: false, label: t('q.no') },
            { value: true, label: t('q.yes') },
          ]}
        />
      </Form.Item>
      <UrgentQuestions />
    </>
  );
}

/** 第四十四条: a limitation period ending within 7 days or urgent preservation — aid first, paperwork later. */
function UrgentQuestions() {
  const t = useAidPortalT();
  const text = useLocalText();
  const urgent = Form.useWatch<boolean | undefined>('urgent');
  const ground = Form.useWatch<string | undefined>('urgentGround');
  return (
    <>
      <Form.Item name="urgent" valuePropName="checked">
        <Checkbox>{t('q.urgent')}</Checkbox>
      </Form.Item>
      {urgent && (
        <>
          <Form.Item name="urgentGround" className="aid-choice" label={t('q.urgentGround')}>
            <Radio.Group
              options={urgentGrounds.map((g) => ({
                value: g,
                label: `${text(urgentGroundLabels[g])}（${urgentGroundLabels[g].article ?? ''}）`,
              }))}
            />
          </Form.Item>
          {ground === 'limitationSoon' && (
            <Form.Item name="limitationEndsOn" label={t('q.limitationEndsOn')} rules={[{ required: true, message: t('wizard.required') }]}>
              <DatePicker size="large" inputReadOnly style={{ width: '100%' }} />
            </Form.Item>
          )}
          <Form.Item
            name="urgentReason"
            label={t('q.urgentReason')}
            rules={[{ required: true, whitespace: true, message: t('wizard.required') }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </>
      )}
    </>
  );
}

/** Step 2: 第三十二条 (no hardship condition) or 第四十二条 (check waived with proof). */
export function ExemptionStep() {
  const t = useAidPortalT();
  const text = useLocalText();
  const exemption = Form.useWatch<string | undefined>('exemption');
  return (
    <>
      <Form.Item name="exemption" label={t('q.exemption')} extra={t('q.exemptionHelp')} className="aid-choice">
        <Radio.Group
          options={exemptions.map((e) => ({
            value: e,
            label: `${text(exemptionLabels[e])}${exemptionLabels[e].article ? `（${exemptionLabels[e].article}）` : ''}`,
          }))}
        />
      </Form.Item>
      {exemption && exemption !== 'none' && (
        <Form.Item
          name="exemptionProof"
          label={t('q.proof')}
          rules={[{ required: exemption.startsWith('art42:'), whitespace: true, message: t('wizard.required') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      )}
    </>
  );
}

/** Step 3: household and income (第三十四条 standard), and how hardship is verified (第四十一条). */
export function IncomeStep() {
  const t = useAidPortalT();
  const exemption = Form.useWatch<string | undefined>('exemption');
  const check = Form.useWatch<string | undefined>('hardshipCheck');
  const income = asksIncome(exemption as never);
  const required = [{ required: income, message: t('wizard.required') }];
  return (
    <>
      {income && (
        <>
          <Form.Item name="householdSize" label={t('q.household')} rules={required}>
            <InputNumber {...big} min={1} max={30} precision={0} style={{ width: '100%' }} inputMode="numeric" />
          </Form.Item>
          <Form.Item name="monthlyIncomeYuan" label={t('q.income')} rules={required}>
            <InputNumber {...big} min={0} precision={0} style={{ width: '100%' }} inputMode="numeric" />
          </Form.Item>
        </>
      )}
      <Form.Item name="hardshipCheck" label={t('q.check')} className="aid-choice">
        <Radio.Group
          options={[
            { value: 'pledge', label: t('q.check.pledge') },
            { value: 'sharedData', label: t('q.check.sharedData') },
          ]}
        />
      </Form.Item>
      {check === 'pledge' && (
        <Form.Item
          name="pledgeSigned"
          valuePropName="checked"
          rules={[{ validator: (_, v) => (v === true ? Promise.resolve() : Promise.reject(new Error(t('q.pledgeRequired')))) }]}
        >
          <Checkbox>{t('q.pledge')}</Checkbox>
        </Form.Item>
      )}
    </>
  );
}

/** Step 4: who applies. */
export function PersonStep() {
  const t = useAidPortalT();
  const required = [{ required: true, whitespace: true, message: t('wizard.required') }];
  return (
    <>
      <Form.Item name={['applicant', 'name']} label={t('q.name')} rules={required}>
        <Input {...big} maxLength={100} autoComplete="name" />
      </Form.Item>
      <Form.Item name={['applicant', 'idNumber']} label={t('q.idNumber')} rules={required}>
        <Input {...big} maxLength={18} />
      </Form.Item>
      <Form.Item name={['applicant', 'phone']} label={t('q.phone')}>
        <Input {...big} maxLength={11} inputMode="tel" autoComplete="tel" />
      </Form.Item>
      <Form.Item name={['applicant', 'address']} label={t('q.address')}>
        <Input {...big} maxLength={200} />
      </Form.Item>
    </>
  );
}
