import { Alert, Button, Card, DatePicker, Empty, Form, Input, Select, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { riskLevelLabels, riskLevels } from '../../../../contract/enums';
import { type HandlingView, riskKindLabels, riskKinds } from '../../../../contract/handling';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { handlingApi, type RiskRequest, useHandlingAction } from '../../../api/handling';
import { RiskTag, useEnumOptions } from '../../../components/CaseStateTag';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { useMedT } from '../../../i18n';

type Values = Omit<RiskRequest, 'assessedOn'> & { assessedOn: Dayjs };

/** 第二十五条: disputes that may escalate get prevention measures; a possible criminal case is reported to the police. */
export function RiskTab({ h }: { h: HandlingView }) {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  const options = useEnumOptions();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const action = useHandlingAction(h.caseId, handlingApi.risk);

  return (
    <Card
      size="small"
      title={<h2 className="tp-card-title">{tr('risk.title')}</h2>}
      extra={h.abilities.canAssessRisk && <Button onClick={() => setOpen(true)}>{tr('risk.flag')}</Button>}
    >
      {h.riskReportedToPolice && <Alert type="error" showIcon title={tr('risk.reported')} style={{ marginBottom: 12 }} />}
      {h.risks.length === 0 ? (
        <Empty description={tr('risk.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <ul className="med-cards" style={{ gridTemplateColumns: '1fr' }} aria-label={tr('risk.history')}>
          {h.risks.map((r) => (
            <li key={r.id} className="med-card">
              <h3>
                {fmt.date(r.assessedOn)} <RiskTag level={r.level} showNone /> {text(r.kindLabel)}
              </h3>
              <p style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{r.description}</p>
              <p style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>
                <strong>{tr('risk.measures')}</strong>
                {tr('common.colon')}
                {r.measures}
              </p>
              {r.reportedToPolice && (
                <Tag color="red">
                  {tr('risk.reported')}
                  {r.policeUnit ? `：${r.policeUnit}` : ''} {r.reportedOn ? fmt.date(r.reportedOn) : ''}
                </Tag>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormModal
        open={open}
        title={tr('risk.flag')}
        formName="med-risk"
        form={form}
        busy={action.isPending}
        initialValues={{ assessedOn: dayjs(), level: 'medium', kind: 'escalation' }}
        onSubmit={(v) =>
          action.mutateAsync({
            ...v,
            assessedOn: v.assessedOn.format('YYYY-MM-DD'),
            description: v.description.trim(),
            measures: v.measures.trim(),
            policeUnit: v.kind === 'publicSecurity' ? v.policeUnit?.trim() : undefined,
          })
        }
        onClose={() => setOpen(false)}
      >
        <Form.Item name="assessedOn" label={tr('session.heldOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="level" label={tr('risk.level')} rules={[{ required: true }]}>
          <Select options={options(riskLevels, riskLevelLabels)} />
        </Form.Item>
        <Form.Item name="kind" label={tr('risk.kind')} rules={[{ required: true }]}>
          <Select options={options(riskKinds, riskKindLabels)} />
        </Form.Item>
        <Form.Item
          name="description"
          label={tr('risk.description')}
          rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="measures"
          label={tr('risk.measures')}
          rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        {kind === 'publicSecurity' && (
          <Form.Item
            name="policeUnit"
            label={tr('risk.policeUnit')}
            rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        )}
      </FormModal>
    </Card>
  );
}
