import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useStaff } from '../../../../../web/src/access/can';
import { suspensionGroundLabels, suspensionGrounds, terminationGroundLabels, terminationGrounds } from '../../../contract/decision-enums';
import type { HandlingView } from '../../../contract/handling';
import { useHandlingAction, useUserOptions } from '../../api/handling';
import { useStageT } from '../../i18n/stages';
import { ActionModal, toLocalDate, today, useLabel, useRequired } from './parts';
import { ConsultationModals, HearingModals, ReplyModal } from './handling-modals-more';

export type HandlingModal =
  | { kind: 'handler' | 'procedure' | 'copy' | 'reply' | 'hearings' | 'consultations' }
  | { kind: 'suspend' | 'resume' | 'terminate' | 'withdraw' | 'dismiss' | 'mediation' }
  | { kind: 'hearingRecord'; hearingId: string }
  | { kind: 'consultationOpinions'; consultationId: string };

interface Props {
  caseId: string;
  orgId: string | undefined;
  view: HandlingView;
  modal: HandlingModal | null;
  onClose(): void;
}

/** The modal form of whichever handling action is open. */
export function HandlingModals({ caseId, orgId, view, modal, onClose }: Props) {
  const kind = modal?.kind;
  return (
    <>
      <HandlerModal caseId={caseId} orgId={orgId} open={kind === 'handler'} onClose={onClose} />
      <SimpleModals caseId={caseId} kind={kind} onClose={onClose} />
      <ReplyModal caseId={caseId} open={kind === 'reply'} onClose={onClose} />
      <HearingModals caseId={caseId} modal={modal} onClose={onClose} />
      <ConsultationModals caseId={caseId} modal={modal} onClose={onClose} />
      <SuspensionModals caseId={caseId} kind={kind} view={view} onClose={onClose} />
    </>
  );
}

function HandlerModal({ caseId, orgId, open, onClose }: { caseId: string; orgId?: string; open: boolean; onClose(): void }) {
  const st = useStageT();
  const required = useRequired();
  const [q, setQ] = useState('');
  const { me } = useStaff();
  const users = useUserOptions(orgId, q || undefined, open);
  const action = useHandlingAction(caseId, 'handler');
  return (
    <ActionModal<{ handlerId: string }>
      open={open}
      title={st('h.assign')}
      formName="recon-handler"
      onClose={onClose}
      onSubmit={(v) => action.mutateAsync(v)}
    >
      <Form.Item
        name="handlerId"
        label={st('h.handler')}
        rules={required(st('h.handler'))}
        extra={users.isError ? st('h.usersUnavailable') : st('h.assignHint')}
      >
        <Select
          showSearch={{ filterOption: false, onSearch: setQ }}
          loading={users.isFetching}
          options={[
            { value: me.user.id, label: `${me.user.displayName}（${st('h.me')}）` },
            ...(users.data?.items ?? [])
              .filter((u) => u.active && u.id !== me.user.id)
              .map((u) => ({ value: u.id, label: `${u.displayName}（${u.orgName}）` })),
          ]}
        />
      </Form.Item>
    </ActionModal>
  );
}

/** Procedure conversion, copy, dismissal, termination, withdrawal and mediation. */
function SimpleModals({ caseId, kind, onClose }: { caseId: string; kind: HandlingModal['kind'] | undefined; onClose(): void }) {
  const st = useStageT();
  const label = useLabel();
  const required = useRequired();
  const procedure = useHandlingAction(caseId, 'procedure');
  const copy = useHandlingAction(caseId, 'copy');
  const dismiss = useHandlingAction(caseId, 'dismiss');
  const terminate = useHandlingAction(caseId, 'terminate');
  const withdraw = useHandlingAction(caseId, 'withdraw');
  const mediation = useHandlingAction(caseId, 'mediation');
  const reason = (
    <Form.Item name="reason" label={st('common.reason')} rules={required(st('common.reason'))}>
      <Input.TextArea rows={3} maxLength={2000} showCount />
    </Form.Item>
  );
  const date = (name: string, text: string) => (
    <Form.Item name={name} label={text} rules={[{ required: true, message: st('common.required', { field: text }) }]}>
      <DatePicker />
    </Form.Item>
  );
  return (
    <>
      <ActionModal<{ reason: string }>
        open={kind === 'procedure'}
        title={st('h.convert')}
        formName="recon-procedure"
        hint={st('h.convertHint')}
        onClose={onClose}
        onSubmit={(v) => procedure.mutateAsync(v)}
      >
        {reason}
      </ActionModal>
      <ActionModal<{ sentOn: Dayjs; receivedOn: Dayjs }>
        open={kind === 'copy'}
        title={st('h.copy')}
        formName="recon-copy"
        initialValues={{ sentOn: today() }}
        onClose={onClose}
        onSubmit={(v) => copy.mutateAsync({ sentOn: toLocalDate(v.sentOn), receivedOn: toLocalDate(v.receivedOn) })}
      >
        {date('sentOn', st('h.sentOn'))}
        {date('receivedOn', st('h.receivedOn'))}
      </ActionModal>
      <ActionModal<{ reason: string }>
        open={kind === 'dismiss'}
        title={st('h.dismiss')}
        formName="recon-dismiss"
        hint={st('h.dismissHint')}
        danger
        onClose={onClose}
        onSubmit={(v) => dismiss.mutateAsync(v)}
      >
        {reason}
      </ActionModal>
      <ActionModal<{ ground: Exclude<(typeof terminationGrounds)[number], 'withdrawn'>; reason: string; on: Dayjs }>
        open={kind === 'terminate'}
        title={st('h.terminate')}
        formName="recon-terminate"
        danger
        initialValues={{ on: today() }}
        onClose={onClose}
        onSubmit={(v) => terminate.mutateAsync({ ...v, on: toLocalDate(v.on) })}
      >
        <Form.Item
          name="ground"
          label={st('h.ground')}
          rules={[{ required: true, message: st('common.required', { field: st('h.ground') }) }]}
        >
          <Select
            options={terminationGrounds
              .filter((g) => g !== 'withdrawn')
              .map((g) => ({ value: g, label: `${label(terminationGroundLabels[g])}（${terminationGroundLabels[g].article ?? ''}）` }))}
          />
        </Form.Item>
        {reason}
        {date('on', st('h.on'))}
      </ActionModal>
      <ActionModal<{ reason: string; approvedOn: Dayjs }>
        open={kind === 'withdraw'}
        title={st('h.withdraw')}
        formName="recon-withdraw"
        hint={st('h.withdrawHint')}
        initialValues={{ approvedOn: today() }}
        onClose={onClose}
        onSubmit={(v) => withdraw.mutateAsync({ ...v, approvedOn: toLocalDate(v.approvedOn) })}
      >
        {reason}
        {date('approvedOn', st('h.approvedOn'))}
      </ActionModal>
      <ActionModal<{ agreement: string; signedByAll: boolean; signedOn: Dayjs }>
        open={kind === 'mediation'}
        title={st('h.mediate')}
        formName="recon-mediation"
        hint={st('h.mediateHint')}
        initialValues={{ signedByAll: false, signedOn: today() }}
        onClose={onClose}
        onSubmit={(v) => mediation.mutateAsync({ ...v, signedOn: toLocalDate(v.signedOn) })}
      >
        <Form.Item name="agreement" label={st('h.agreement')} rules={required(st('h.agreement'))}>
          <Input.TextArea rows={6} maxLength={20000} showCount />
        </Form.Item>
        <Form.Item name="signedByAll" valuePropName="checked">
          <Checkbox>{st('h.signedByAll')}</Checkbox>
        </Form.Item>
        {date('signedOn', st('h.signedOn'))}
      </ActionModal>
    </>
  );
}

function SuspensionModals({
  caseId,
  kind,
  onClose,
}: {
  caseId: string;
  kind: HandlingModal['kind'] | undefined;
  view: HandlingView;
  onClose(): void;
}) {
  const st = useStageT();
  const label = useLabel();
  const required = useRequired();
  const suspend = useHandlingAction(caseId, 'suspend');
  const resume = useHandlingAction(caseId, 'resume');
  return (
    <>
      <ActionModal<{ ground: (typeof suspensionGrounds)[number]; reason: string; suspendedOn: Dayjs }>
        open={kind === 'suspend'}
        title={st('h.suspend')}
        formName="recon-suspend"
        initialValues={{ suspendedOn: today() }}
        onClose={onClose}
        onSubmit={(v) => suspend.mutateAsync({ ...v, suspendedOn: toLocalDate(v.suspendedOn) })}
      >
        {(form) => (
          <>
            <Form.Item
              name="ground"
              label={st('h.ground')}
              rules={[{ required: true, message: st('common.required', { field: st('h.ground') }) }]}
            >
              <Select
                options={suspensionGrounds.map((g) => ({
                  value: g,
                  label: `（${suspensionGroundLabels[g].item}）${label(suspensionGroundLabels[g])}`,
                }))}
              />
            </Form.Item>
            <Form.Item noStyle shouldUpdate>
              {() => {
                const g = form.getFieldValue('ground') as (typeof suspensionGrounds)[number] | undefined;
                return g && suspensionGroundLabels[g].terminateAfter60Days ? (
                  <p className="ant-form-item-extra" style={{ marginTop: -8, marginBottom: 16 }}>
                    {st('h.terminationDueHint')}
                  </p>
                ) : null;
              }}
            </Form.Item>
            <Form.Item name="reason" label={st('common.reason')} rules={required(st('common.reason'))}>
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
            <Form.Item
              name="suspendedOn"
              label={st('h.suspendedOn')}
              rules={[{ required: true, message: st('common.required', { field: st('h.suspendedOn') }) }]}
            >
              <DatePicker />
            </Form.Item>
          </>
        )}
      </ActionModal>
      <ActionModal<{ reason: string; resumedOn: Dayjs }>
        open={kind === 'resume'}
        title={st('h.resume')}
        formName="recon-resume"
        initialValues={{ resumedOn: today() }}
        onClose={onClose}
        onSubmit={(v) => resume.mutateAsync({ ...v, resumedOn: toLocalDate(v.resumedOn) })}
      >
        <Form.Item name="reason" label={st('common.reason')} rules={required(st('common.reason'))}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          name="resumedOn"
          label={st('h.resumedOn')}
          rules={[{ required: true, message: st('common.required', { field: st('h.resumedOn') }) }]}
        >
          <DatePicker />
        </Form.Item>
      </ActionModal>
    </>
  );
}
