import { App, Button, Form, Input, Modal, Rate, Space, Tag } from 'antd';
import { useState } from 'react';
import type { CitizenCase } from '../../../../contract/case';
import type { CitizenCaseworkView } from '../../../../contract/casework';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { submitForm } from '../../../../../../web/src/components/submit-form';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { useAidMutation } from '../../../api/keys';
import { portalApi, useMyObjections } from '../../../api/portal';
import { type AidPortalMessageKey, useAidPortalT } from '../../../portal-i18n';
import { PortalCard } from '../portal-parts';

type Dialog = 'objection' | 'replacement' | 'complaint' | 'rate' | null;

/** What the applicant may do, exactly as the server's abilities say: object, ask for another lawyer, complain, rate, withdraw. */
export function CaseActions({ c, w }: { c: CitizenCase; w: CitizenCaseworkView | null }) {
  const t = useAidPortalT();
  const text = useLocalText();
  const { date } = useFormat();
  const { modal, message } = App.useApp();
  const onError = useApiErrorHandler();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm<{ text?: string; rating?: number }>();
  const objections = useMyObjections(c.id);
  const object = useAidMutation((reason: string) => portalApi.object(c.id, { reason }));
  const replace = useAidMutation((reason: string) => portalApi.replacement(c.id, { reason }));
  const complain = useAidMutation((content: string) => portalApi.complain(c.id, { content }));
  const rate = useAidMutation((b: { rating: number; comment?: string }) => portalApi.rate(c.id, b));
  const withdraw = useAidMutation(() => portalApi.withdraw(c.id));
  const a = w?.abilities;
  const open = (d: Dialog) => {
    form.resetFields();
    setDialog(d);
  };
  const titles: Record<Exclude<Dialog, null>, AidPortalMessageKey> = {
    objection: 'case.objection',
    replacement: 'case.replacement',
    complaint: 'case.complaint',
    rate: 'case.rate',
  };
  const fieldLabel: Record<Exclude<Dialog, null>, AidPortalMessageKey> = {
    objection: 'case.objectionReason',
    replacement: 'case.replacementReason',
    complaint: 'case.complaintContent',
    rate: 'case.ratingComment',
  };
  const submit = () =>
    submitForm(form, async (v) => {
      const body = v.text?.trim() ?? '';
      try {
        if (dialog === 'objection') await object.mutateAsync(body);
        if (dialog === 'replacement') await replace.mutateAsync(body);
        if (dialog === 'complaint') await complain.mutateAsync(body);
        if (dialog === 'rate') await rate.mutateAsync({ rating: v.rating ?? 5, comment: body || undefined });
        message.success(t(dialog === 'objection' ? 'case.objectionSent' : 'case.sent'));
        setDialog(null);
      } catch (e) {
        onError(e, form);
      }
    });
  const objectionItems = objections.data?.items ?? [];
  const requests = [
    ...(w?.replacements ?? []).map((r) => ({ on: r.requestedOn, what: t('case.replacement'), status: r.status })),
    ...(w?.complaints ?? []).map((x) => ({ on: x.receivedOn, what: t('case.complaint'), status: x.status })),
  ];

  return (
    <>
      {objectionItems.length > 0 && (
        <PortalCard title={t('case.objections')}>
          <ul className="aid-list">
            {objectionItems.map((o) => (
              <li key={o.id}>
                {date(o.receivedOn)} · {text(o.againstLabel)} · <Tag>{text(o.statusLabel)}</Tag>{' '}
                {o.status === 'open' && t('case.objectionDue', { date: date(o.dueOn) })}
                {o.furtherRemedy && (
                  <div>
                    {text(o.furtherRemedy)}（{o.furtherRemedy.article}）
                  </div>
                )}
              </li>
            ))}
          </ul>
        </PortalCard>
      )}
      {requests.length > 0 && (
        <PortalCard title={t('case.requests')}>
          <ul className="aid-list">
            {requests.map((r, i) => (
              <li key={i}>
                {date(r.on)} · {r.what} · <Tag>{t(`case.status.${r.status}`)}</Tag>
              </li>
            ))}
          </ul>
        </PortalCard>
      )}
      {w?.rating != null && <p>{t('case.rated', { n: w.rating })}</p>}
      <Space direction="vertical" style={{ width: '100%' }}>
        {a?.canObject && (
          <>
            <p style={{ margin: 0 }}>{t('case.objectionHelp')}</p>
            <Button size="large" block type="primary" onClick={() => open('objection')}>
              {t('case.objection')}
            </Button>
          </>
        )}
        {a?.canRate && (
          <Button size="large" block type="primary" onClick={() => open('rate')}>
            {t('case.rate')}
          </Button>
        )}
        {a?.canRequestReplacement && (
          <Button size="large" block onClick={() => open('replacement')}>
            {t('case.replacement')}
          </Button>
        )}
        {a?.canComplain && (
          <Button size="large" block onClick={() => open('complaint')}>
            {t('case.complaint')}
          </Button>
        )}
        {c.canWithdraw && (
          <Button
            size="large"
            block
            danger
            onClick={() =>
              modal.confirm({
                title: t('case.withdrawConfirm'),
                onOk: () =>
                  withdraw.mutateAsync(undefined).then(
                    () => message.success(t('case.sent')),
                    (e: unknown) => onError(e),
                  ),
              })
            }
          >
            {t('case.withdraw')}
          </Button>
        )}
      </Space>
      <Modal
        open={dialog !== null}
        title={dialog ? t(titles[dialog]) : ''}
        okText={t('case.send')}
        onOk={() => void submit()}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        {dialog === 'objection' && <p>{t('case.objectionHelp')}</p>}
        <Form form={form} name="aid-portal-action" layout="vertical" initialValues={{ rating: 5 }}>
          {dialog === 'rate' && (
            <Form.Item name="rating" label={t('case.rating')}>
              <Rate />
            </Form.Item>
          )}
          {dialog && (
            <Form.Item
              name="text"
              label={t(fieldLabel[dialog])}
              rules={dialog === 'rate' ? [] : [{ required: true, whitespace: true, message: t('wizard.required') }]}
            >
              <Input.TextArea rows={4} maxLength={5000} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
