import { Alert, Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { actKindLabels, actKinds } from '../../../../contract/enums';
import { useReconPortalT } from '../../../portal-i18n';
import { PlainList } from '../PlainList';

const afterToday = (d: Dayjs) => d.isAfter(dayjs(), 'day');

/** Step 4: the administrative act — kind, number, dates, whether the rights were stated (第二十条). */
export function ActStep() {
  const t = useReconPortalT();
  const text = useLocalText();
  const { pattern } = useFormat();
  /** Shown as 2025年10月9日; 2025-10-09 and 20251009 typed are understood too. */
  const dateFormats = [pattern.date, 'YYYY-MM-DD', 'YYYYMMDD'];
  const rightsStated = Form.useWatch<boolean | undefined>(['act', 'rightsStated']);
  const dateRules = [{ required: true, message: t('act.dateRequired') }];
  return (
    <>
      <Form.Item name={['act', 'kind']} label={t('act.kind')} rules={[{ required: true, message: t('act.kindRequired') }]}>
        <Select options={actKinds.map((k) => ({ value: k, label: text(actKindLabels[k]) }))} />
      </Form.Item>
      <Form.Item name={['act', 'documentNo']} label={t('act.documentNo')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name={['act', 'madeOn']} label={t('act.madeOn')} rules={dateRules}>
        <DatePicker format={dateFormats} disabledDate={afterToday} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name={['act', 'learnedOn']}
        label={t('act.learnedOn')}
        dependencies={[['act', 'madeOn']]}
        rules={[
          ...dateRules,
          ({ getFieldValue }) => ({
            validator: async (_, v: Dayjs | undefined) => {
              const made = getFieldValue(['act', 'madeOn']) as Dayjs | undefined;
              if (v && made && v.isBefore(made, 'day')) throw new Error(t('act.learnedAfterMade'));
            },
          }),
        ]}
      >
        <DatePicker format={dateFormats} disabledDate={afterToday} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name={['act', 'rightsStated']} label={t('act.rightsStated')}>
        <Radio.Group
          options={[
            { value: true, label: t('act.rightsYes') },
            { value: false, label: t('act.rightsNo') },
          ]}
        />
      </Form.Item>
      {rightsStated === false && (
        <Form.Item name={['act', 'learnedOfRightsOn']} label={t('act.learnedOfRightsOn')}>
          <DatePicker format={dateFormats} disabledDate={afterToday} style={{ width: '100%' }} />
        </Form.Item>
      )}
      <Form.Item name={['act', 'amountYuan']} label={t('act.amountYuan')}>
        <InputNumber min={0} max={1e12} style={{ width: '100%' }} inputMode="decimal" />
      </Form.Item>
      <Form.Item name={['act', 'onTheSpot']} valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox>{t('act.onTheSpot')}</Checkbox>
      </Form.Item>
      <Form.Item name={['act', 'warningOrCriticism']} valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox>{t('act.warning')}</Checkbox>
      </Form.Item>
      <Form.Item name={['act', 'involvesRealProperty']} valuePropName="checked">
        <Checkbox>{t('act.realProperty')}</Checkbox>
      </Form.Item>
    </>
  );
}

/** Step 5: what the applicant asks for, and why (第二十三条). */
export function RequestsStep() {
  const t = useReconPortalT();
  const required = [{ required: true, whitespace: true, message: t('requests.required') }];
  return (
    <>
      <Form.Item name="requests" label={t('requests.requests')} extra={t('requests.requestsHint')} rules={required}>
        <Input.TextArea rows={3} maxLength={4000} showCount />
      </Form.Item>
      <Form.Item name="factsAndReasons" label={t('requests.facts')} extra={t('requests.factsHint')} rules={required}>
        <Input.TextArea rows={8} maxLength={20000} showCount />
      </Form.Item>
      <Form.Item name="partiesAgreeSimplified" valuePropName="checked">
        <Checkbox>{t('requests.simplified')}</Checkbox>
      </Form.Item>
    </>
  );
}

/** Step 6: files to upload to the case once it exists (POST …/cases/:id/attachments). */
export function MaterialsStep({ files, onChange }: { files: File[]; onChange: (files: File[]) => void }) {
  const t = useReconPortalT();
  return (
    <>
      <Alert type="info" showIcon title={t('materials.intro')} style={{ marginBottom: 16 }} />
      <Upload
        multiple
        accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt"
        showUploadList={false}
        beforeUpload={(file) => {
          onChange([...files, file]);
          return false;
        }}
      >
        <Button size="large">{t('materials.pick')}</Button>
      </Upload>
      {files.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <p style={{ marginBottom: 0 }}>{t('materials.afterSubmit')}</p>
          <PlainList
            items={files}
            empty=""
            rowKey={(f, i) => `${f.name}-${i}`}
            render={(f) => f.name}
            actions={(_, i) => (
              <Button type="link" danger onClick={() => onChange(files.filter((_, j) => j !== i))}>
                {t('materials.remove')}
              </Button>
            )}
          />
        </div>
      )}
    </>
  );
}
