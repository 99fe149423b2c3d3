import { Button, Checkbox, Form, Input, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../../../contract/case';
import {
  type AcceptRequest,
  casesApi,
  type DeclineRequest,
  type DesignateRequest,
  type RecusalRequest,
  useCaseAction,
} from '../../../api/cases';
import { useCommitteeMediators } from '../../../api/mediators';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { useMedT } from '../../../i18n';

type Open = 'accept' | 'decline' | 'designate' | 'recuse' | null;

/** 受理 / 不予受理 / 更换调解员 / 回避 — each button only when the case's abilities allow it. */
export function CaseActions({ c }: { c: CaseDetail }) {
  const tr = useMedT();
  const [open, setOpen] = useState<Open>(null);
  const a = c.abilities;
  const anyMediatorAction = a.canAccept || a.canDesignate || a.canRecuse;
  const mediators = useCommitteeMediators(c.orgId, anyMediatorAction);
  const mediatorOptions = (mediators.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }));
  const close = () => setOpen(null);

  const accept = useCaseAction(c.id, casesApi.accept);
  const decline = useCaseAction(c.id, casesApi.decline);
  const designate = useCaseAction(c.id, casesApi.designate);
  const recuse = useCaseAction(c.id, casesApi.recuse);
  const [acceptForm] = Form.useForm<AcceptRequest>();
  const [declineForm] = Form.useForm<DeclineRequest>();
  const [designateForm] = Form.useForm<DesignateRequest>();
  const [recuseForm] = Form.useForm<RecusalRequest>();

  if (!a.canAccept && !a.canDecline && !a.canDesignate && !a.canRecuse) return null;

  const mediatorSelect = <Select allowClear showSearch optionFilterProp="label" loading={mediators.isPending} options={mediatorOptions} />;

  return (
    <>
      <Space wrap>
        {a.canAccept && (
          <Button type="primary" onClick={() => setOpen('accept')}>
            {tr('accept.accept')}
          </Button>
        )}
        {a.canDecline && (
          <Button danger onClick={() => setOpen('decline')}>
            {tr('accept.decline')}
          </Button>
        )}
        {a.canDesignate && <Button onClick={() => setOpen('designate')}>{tr('accept.designate')}</Button>}
        {a.canRecuse && <Button onClick={() => setOpen('recuse')}>{tr('accept.recuse')}</Button>}
      </Space>

      <FormModal
        open={open === 'accept'}
        title={tr('accept.title')}
        formName="med-accept"
        form={acceptForm}
        okText={tr('accept.accept')}
        busy={accept.isPending}
        initialValues={{ mediatorId: c.parties.find((p) => p.chosenMediatorId)?.chosenMediatorId ?? undefined, chosenByParties: false }}
        onSubmit={(v) => accept.mutateAsync(v)}
        onClose={close}
      >
        <Form.Item name="mediatorId" label={tr('accept.mediator')}>
          {mediatorSelect}
        </Form.Item>
        <Form.Item name="chosenByParties" valuePropName="checked">
          <Checkbox>{tr('accept.chosen')}</Checkbox>
        </Form.Item>
      </FormModal>

      <FormModal
        open={open === 'decline'}
        title={tr('accept.declineTitle')}
        formName="med-decline"
        form={declineForm}
        okText={tr('accept.decline')}
        danger
        busy={decline.isPending}
        onSubmit={(v) => decline.mutateAsync({ reason: v.reason.trim(), otherChannels: v.otherChannels?.trim() || undefined })}
        onClose={close}
      >
        <Form.Item name="reason" label={tr('accept.reason')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="otherChannels" label={tr('accept.otherChannels')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </FormModal>

      <FormModal
        open={open === 'designate'}
        title={tr('accept.designate')}
        formName="med-designate"
        form={designateForm}
        busy={designate.isPending}
        initialValues={{ chosenByParties: false }}
        onSubmit={(v) => designate.mutateAsync(v)}
        onClose={close}
      >
        <Form.Item name="mediatorId" label={tr('accept.mediator')} rules={[{ required: true, message: tr('common.required') }]}>
          {mediatorSelect}
        </Form.Item>
        <Form.Item name="chosenByParties" valuePropName="checked">
          <Checkbox>{tr('accept.chosen')}</Checkbox>
        </Form.Item>
      </FormModal>

      <FormModal
        open={open === 'recuse'}
        title={tr('accept.recuseTitle')}
        formName="med-recuse"
        form={recuseForm}
        busy={recuse.isPending}
        initialValues={{ mediatorId: c.mediator?.id, requestedBy: 'mediator' }}
        onSubmit={(v) => recuse.mutateAsync({ ...v, reason: v.reason.trim() })}
        onClose={close}
      >
        <Form.Item name="mediatorId" label={tr('accept.mediator')} rules={[{ required: true, message: tr('common.required') }]}>
          {mediatorSelect}
        </Form.Item>
        <Form.Item name="requestedBy" label={tr('accept.recuseBy')}>
          <Radio.Group
            options={[
              { value: 'mediator', label: tr('accept.recuseByMediator') },
              { value: 'party', label: tr('accept.recuseByParty') },
            ]}
          />
        </Form.Item>
        <Form.Item name="reason" label={tr('accept.reason')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="replacementMediatorId" label={tr('accept.newMediator')}>
          {mediatorSelect}
        </Form.Item>
      </FormModal>
    </>
  );
}
