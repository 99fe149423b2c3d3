import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { HandlingView } from '../../../../contract/handling';
import { participantRelationLabels, participantRelations } from '../../../../contract/handling';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { submitForm } from '../../../../../../web/src/components/submit-form';
import { handlingApi, useHandlingAction } from '../../../api/handling';
import { useEnumOptions } from '../../../components/CaseStateTag';
import { Fieldset } from '../../../components/MedPage';
import { PhotoInput, type UploadedPhoto } from '../../../components/PhotoInput';
import { atLeastOne } from '../../../components/rules';
import { useMedT } from '../../../i18n';

interface Values {
  heldOn: Dayjs;
  startTime?: Dayjs | null;
  place: string;
  mediatorName?: string;
  partyIds: string[];
  isPublic: boolean;
  publicRequestedByPartyIds?: string[];
  record: string;
  photos?: UploadedPhoto[];
  participants?: { name: string; relation: (typeof participantRelations)[number]; affiliation?: string; consentPartyIds?: string[] }[];
}

/**
 * 调解记录 (第二十七条): date, time, place, parties present, invited persons with the parties' consent
 * (第二十条), public or private as asked (第二十三条), the record and photos taken on the spot. One column
 * on a phone; server errors land under their fields.
 */
export function SessionForm({ h, onDone }: { h: HandlingView; onDone(): void }) {
  const tr = useMedT();
  const options = useEnumOptions();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const isPublic = Form.useWatch('isPublic', form);
  const action = useHandlingAction(h.caseId, handlingApi.session);
  const partyOptions = h.parties.map((p) => ({ value: p.id, label: p.name }));

  const submit = () =>
    submitForm(form, async (v) => {
      try {
        await action.mutateAsync({
          heldOn: v.heldOn.format('YYYY-MM-DD'),
          startTime: v.startTime ? v.startTime.format('HH:mm') : undefined,
          place: v.place.trim(),
          mediatorName: v.mediatorName?.trim() || undefined,
          partyIds: v.partyIds,
          isPublic: v.isPublic,
          publicRequestedByPartyIds: v.isPublic ? (v.publicRequestedByPartyIds ?? []) : [],
          record: v.record.trim(),
          attachmentIds: (v.photos ?? []).map((p) => p.id),
          participants: (v.participants ?? []).map((p) => ({
            name: p.name.trim(),
            relation: p.relation,
            affiliation: p.affiliation?.trim() || undefined,
            consentPartyIds: p.consentPartyIds ?? [],
          })),
        });
        message.success(tr('session.saved'));
        onDone();
      } catch (e) {
        onError(e, form);
      }
    });

  return (
    <Form<Values>
      form={form}
      name="med-session"
      layout="vertical"
      initialValues={{ heldOn: dayjs(), isPublic: false, partyIds: h.parties.map((p) => p.id), photos: [], participants: [] }}
    >
      <Row gutter={12}>
        <Col xs={24} sm={12} md={6}>
          <Form.Item name="heldOn" label={tr('session.heldOn')} rules={[{ required: true, message: tr('common.required') }]}>
            <DatePicker style={{ width: '100%' }} inputReadOnly />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={6}>
          <Form.Item name="startTime" label={tr('session.time')}>
            <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} inputReadOnly />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="place"
            label={tr('session.place')}
            rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="partyIds" label={tr('session.participants')} rules={[atLeastOne(tr('common.required'))]}>
        <Checkbox.Group options={partyOptions} />
      </Form.Item>
      <Form.Item name="isPublic" label={tr('session.publicLabel')}>
        <Radio.Group
          options={[
            { value: false, label: tr('session.private') },
            { value: true, label: tr('session.public') },
          ]}
        />
      </Form.Item>
      {isPublic && (
        <Form.Item name="publicRequestedByPartyIds" label={tr('session.publicAskedBy')} rules={[atLeastOne(tr('common.required'))]}>
          <Checkbox.Group options={partyOptions} />
        </Form.Item>
      )}
      <Form.List name="participants">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Fieldset key={field.key} legend={`${tr('session.invited')} ${i + 1}`}>
                <Row gutter={12}>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={[field.name, 'name']}
                      label={tr('session.invitedName')}
                      rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
                    >
                      <Input maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={[field.name, 'relation']}
                      label={tr('session.invitedRelation')}
                      rules={[{ required: true, message: tr('common.required') }]}
                    >
                      <Select options={options(participantRelations, participantRelationLabels)} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'affiliation']} label={tr('session.invitedAffiliation')}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item name={[field.name, 'consentPartyIds']} label={tr('session.invitedConsent')}>
                  <Checkbox.Group options={partyOptions} />
                </Form.Item>
                <Button
                  type="link"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={tr('session.removeInvited', { n: i + 1 })}
                  style={{ marginBottom: 8 }}
                >
                  {tr('common.remove')}
                </Button>
              </Fieldset>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ relation: 'relative', consentPartyIds: h.parties.map((p) => p.id) })}
              style={{ marginBottom: 16 }}
            >
              {tr('session.addInvited')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="record" label={tr('session.record')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
        <Input.TextArea rows={6} maxLength={50000} />
      </Form.Item>
      <Form.Item name="mediatorName" label={tr('session.mediator')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="photos" label={tr('session.photos')} valuePropName="value">
        <PhotoInput caseId={h.caseId} label={tr('photo.take')} />
      </Form.Item>
      <Button type="primary" size="large" loading={action.isPending} onClick={() => void submit()} className="med-full-sm">
        {tr('common.save')}
      </Button>
    </Form>
  );
}
