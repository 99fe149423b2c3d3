import { MinusCircleOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Radio, Select, Space, Typography, Upload, type UploadFile } from 'antd';
import { useCan } from '../../../../../web/src/access/can';
import type { Dayjs } from 'dayjs';
import { opinionWayLabels, opinionWays } from '../../../contract/handling';
import { handlingApi, useHandlingAction, useInvalidateCase } from '../../api/handling';
import { uploadAttachment } from '../../api/upload';
import { useStageT } from '../../i18n/stages';
import type { HandlingModal } from './handling-modals';
import { ActionModal, toLocalDate, today, useLabel, useRequired } from './parts';

/** The respondent's reply (agency users): text and evidence files, uploaded first as case attachments. */
export function ReplyModal({ caseId, open, onClose }: { caseId: string; open: boolean; onClose(): void }) {
  const st = useStageT();
  const required = useRequired();
  const reply = useHandlingAction(caseId, 'reply');
  const canUpload = useCan()('attachments.file.upload');
  return (
    <ActionModal<{ text: string; files?: UploadFile[] }>
      open={open}
      title={st('h.reply')}
      formName="recon-reply"
      hint={st('h.replyHint')}
      onClose={onClose}
      onSubmit={async (v) => {
        const ids: string[] = [];
        for (const f of v.files ?? []) {
          if (f.originFileObj) ids.push((await uploadAttachment('reconCase', caseId, f.originFileObj)).id);
        }
        return reply.mutateAsync({ text: v.text, evidenceAttachmentIds: ids });
      }}
    >
      <Form.Item name="text" label={st('h.replyText')} rules={required(st('h.replyText'))}>
        <Input.TextArea rows={8} maxLength={50000} showCount />
      </Form.Item>
      {canUpload ? (
        <Form.Item
          name="files"
          label={st('h.evidence')}
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
        >
          <Upload beforeUpload={() => false} multiple accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt">
            <Button icon={<UploadOutlined />}>{st('h.upload')}</Button>
          </Upload>
        </Form.Item>
      ) : (
        <Typography.Paragraph type="secondary">{st('h.noUpload')}</Typography.Paragraph>
      )}
    </ActionModal>
  );
}

type ScheduleValues = {
  kind: 'opinion' | 'hearing';
  scheduledOn: Dayjs;
  way?: (typeof opinionWays)[number];
  place?: string;
  matters?: string;
  panel?: { presiding?: string; officers?: string[]; clerk?: string };
  noticeOn?: Dayjs;
};

export function HearingModals({ caseId, modal, onClose }: { caseId: string; modal: HandlingModal | null; onClose(): void }) {
  const st = useStageT();
  const label = useLabel();
  const required = useRequired();
  const schedule = useHandlingAction(caseId, 'hearings');
  const invalidate = useInvalidateCase(caseId);
  const submitSchedule = (v: ScheduleValues) =>
    schedule.mutateAsync(
      v.kind === 'opinion'
        ? { kind: 'opinion', scheduledOn: toLocalDate(v.scheduledOn), way: v.way ?? 'inPerson', place: v.place || undefined }
        : {
            kind: 'hearing',
            scheduledOn: toLocalDate(v.scheduledOn),
            place: v.place ?? '',
            matters: v.matters ?? '',
            panel: { presiding: v.panel?.presiding ?? '', officers: v.panel?.officers ?? [], clerk: v.panel?.clerk ?? '' },
            noticeOn: v.noticeOn ? toLocalDate(v.noticeOn) : undefined,
          },
    );
  return (
    <>
      <ActionModal<ScheduleValues>
        open={modal?.kind === 'hearings'}
        title={st('h.schedule')}
        formName="recon-hearing"
        initialValues={{ kind: 'opinion', way: 'inPerson', panel: { officers: ['', ''] } }}
        onClose={onClose}
        onSubmit={submitSchedule}
      >
        <Form.Item name="kind" label={st('h.kind')}>
          <Radio.Group
            options={[
              { value: 'opinion', label: st('h.kind.opinion') },
              { value: 'hearing', label: st('h.kind.hearing') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="scheduledOn"
          label={st('h.scheduledOn')}
          rules={[{ required: true, message: st('common.required', { field: st('h.scheduledOn') }) }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a: ScheduleValues, b: ScheduleValues) => a.kind !== b.kind}>
          {({ getFieldValue }) =>
            getFieldValue('kind') === 'opinion' ? (
              <>
                <Form.Item name="way" label={st('h.way')}>
                  <Select options={opinionWays.map((w) => ({ value: w, label: label(opinionWayLabels[w]) }))} />
                </Form.Item>
                <Form.Item name="place" label={st('h.place')}>
                  <Input maxLength={200} />
                </Form.Item>
              </>
            ) : (
              <>
                <Form.Item name="place" label={st('h.place')} rules={required(st('h.place'))}>
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item name="matters" label={st('h.matters')} rules={required(st('h.matters'))}>
                  <Input.TextArea rows={3} maxLength={2000} />
                </Form.Item>
                <Form.Item name={['panel', 'presiding']} label={st('h.presiding')} rules={required(st('h.presiding'))}>
                  <Input maxLength={50} />
                </Form.Item>
                <Form.List name={['panel', 'officers']}>
                  {(fields, { add, remove }) => (
                    <Form.Item label={st('h.officers')} required>
                      {fields.map((field, i) => (
                        <Space key={field.key} align="baseline">
                          <Form.Item name={field.name} rules={required(st('h.officer'))}>
                            <Input maxLength={50} aria-label={`${st('h.officer')} ${i + 1}`} />
                          </Form.Item>
                          {fields.length > 2 ? (
                            <Button
                              type="text"
                              icon={<MinusCircleOutlined />}
                              aria-label={st('common.remove')}
                              onClick={() => remove(field.name)}
                            />
                          ) : null}
                        </Space>
                      ))}
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
                        {st('h.addOfficer')}
                      </Button>
                    </Form.Item>
                  )}
                </Form.List>
                <Form.Item name={['panel', 'clerk']} label={st('h.clerk')} rules={required(st('h.clerk'))}>
                  <Input maxLength={50} />
                </Form.Item>
                <Form.Item name="noticeOn" label={st('h.noticeOn')} extra={st('h.noticeHint')}>
                  <DatePicker />
                </Form.Item>
              </>
            )
          }
        </Form.Item>
      </ActionModal>
      <ActionModal<{ heldOn: Dayjs; record: string }>
        open={modal?.kind === 'hearingRecord'}
        title={st('h.recordHearing')}
        formName="recon-hearing-record"
        initialValues={{ heldOn: today() }}
        onClose={onClose}
        onSubmit={async (v) => {
          if (modal?.kind !== 'hearingRecord') return;
          await handlingApi.recordHearing(caseId, modal.hearingId, { heldOn: toLocalDate(v.heldOn), record: v.record });
          await invalidate();
        }}
      >
        <Form.Item
          name="heldOn"
          label={st('h.heldOn')}
          rules={[{ required: true, message: st('common.required', { field: st('h.heldOn') }) }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="record" label={st('h.record')} rules={required(st('h.record'))}>
          <Input.TextArea rows={8} maxLength={50000} showCount />
        </Form.Item>
      </ActionModal>
    </>
  );
}

export function ConsultationModals({ caseId, modal, onClose }: { caseId: string; modal: HandlingModal | null; onClose(): void }) {
  const st = useStageT();
  const required = useRequired();
  const request = useHandlingAction(caseId, 'consultations');
  const invalidate = useInvalidateCase(caseId);
  return (
    <>
      <ActionModal<{ reason: string }>
        open={modal?.kind === 'consultations'}
        title={st('h.requestConsultation')}
        formName="recon-consult"
        hint={st('h.consultHint')}
        onClose={onClose}
        onSubmit={(v) => request.mutateAsync(v)}
      >
        <Form.Item name="reason" label={st('common.reason')} rules={required(st('common.reason'))}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </ActionModal>
      <ActionModal<{ opinions: { member: string; opinion: string }[]; conclusion: string }>
        open={modal?.kind === 'consultationOpinions'}
        title={st('h.recordOpinions')}
        formName="recon-consult-opinions"
        initialValues={{ opinions: [{ member: '', opinion: '' }] }}
        onClose={onClose}
        onSubmit={async (v) => {
          if (modal?.kind !== 'consultationOpinions') return;
          await handlingApi.recordConsultation(caseId, modal.consultationId, v);
          await invalidate();
        }}
      >
        <Form.List name="opinions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Space key={field.key} align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'member']} label={`${st('h.member')} ${i + 1}`} rules={required(st('h.member'))}>
                    <Input maxLength={50} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'opinion']}
                    label={st('h.opinion')}
                    rules={required(st('h.opinion'))}
                    style={{ flex: 1, minWidth: 280 }}
                  >
                    <Input.TextArea rows={2} maxLength={5000} />
                  </Form.Item>
                  {fields.length > 1 ? (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={st('common.remove')}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  ) : null}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ member: '', opinion: '' })} style={{ marginBottom: 16 }}>
                {st('h.addOpinion')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="conclusion" label={st('h.conclusion')} rules={required(st('h.conclusion'))}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </ActionModal>
    </>
  );
}
