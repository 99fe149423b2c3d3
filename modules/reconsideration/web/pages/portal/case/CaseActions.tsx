import { App, Button, Form, Input, Modal, Radio, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { submitForm } from '../../../../../../web/src/components/submit-form';
import { useFormat } from '../../../../../../web/src/i18n/format';
import type { CitizenCaseDetail } from '../../../../contract/portal';
import { reconPortalApi, type SatisfactionBody, useCaseAction } from '../../../api/portal';
import { useReconPortalT } from '../../../portal-i18n';
import { PlainList } from '../PlainList';
import { Pill } from './case-status';

/** Documents served on the applicant: opened and acknowledged (签收) in the portal inbox. */
export function CaseDocuments({ c }: { c: CitizenCaseDetail }) {
  const t = useReconPortalT();
  const sep = t('common.colon');
  const { dateTime } = useFormat();
  return (
    <>
      {c.documents.length > 0 && <p style={{ marginTop: 0 }}>{t('case.documentsHint')}</p>}
      <PlainList
        items={c.documents}
        empty={t('case.documentsNone')}
        rowKey={(d) => d.serviceId}
        render={(d) => (
          <>
            <div style={{ fontWeight: 600 }}>{d.fileName}</div>
            <div>
              {dateTime(d.sentAt)}{' '}
              {d.acknowledgedAt ? (
                <Pill tone="green">{t('case.acknowledged')}</Pill>
              ) : (
                <Pill tone="orange">{t('case.notAcknowledged')}</Pill>
              )}
            </div>
          </>
        )}
        actions={(d) => (
          <Link
            to={d.link.startsWith('/portal') ? d.link : '/portal/inbox'}
            aria-label={`${d.acknowledgedAt ? t('case.viewInbox') : t('case.openInbox')}${sep}${d.fileName}`}
          >
            {d.acknowledgedAt ? t('case.viewInbox') : t('case.openInbox')}
          </Link>
        )}
      />
    </>
  );
}

/** The applicant's own files, and more while the abilities allow (POST …/attachments). */
export function CaseUploads({ c }: { c: CitizenCaseDetail }) {
  const t = useReconPortalT();
  const { message } = App.useApp();
  const { dateTime } = useFormat();
  const onError = useApiErrorHandler();
  const upload = useCaseAction(c.id, reconPortalApi.uploadToCase);
  return (
    <>
      <PlainList
        items={c.uploads}
        empty={t('case.uploadsNone')}
        rowKey={(u) => u.id}
        render={(u) => (
          <>
            {u.fileName} <span style={{ color: 'rgba(0, 0, 0, 0.7)' }}>{dateTime(u.createdAt)}</span>
          </>
        )}
      />
      {c.abilities.canUpload && (
        <Upload
          showUploadList={false}
          customRequest={({ file }) =>
            upload.mutateAsync(file as File).then(
              () => message.success(t('case.uploaded')),
              (e: unknown) => onError(e),
            )
          }
        >
          <Button loading={upload.isPending} style={{ marginTop: 8 }}>
            {t('case.addFiles')}
          </Button>
        </Upload>
      )}
    </>
  );
}

/** 撤回申请 (第七十四条): a confirmation that says what withdrawing means, with the reason. */
export function WithdrawButton({ c }: { c: CitizenCaseDetail }) {
  const t = useReconPortalT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const withdraw = useCaseAction(c.id, reconPortalApi.withdraw);
  const submit = () =>
    submitForm(form, async ({ reason }) => {
      try {
        await withdraw.mutateAsync({ reason: reason.trim() });
        message.success(t('case.withdrawn'));
        setOpen(false);
      } catch (e) {
        onError(e, form);
      }
    });
  return (
    <>
      <Button danger size="large" onClick={() => setOpen(true)}>
        {t('case.withdraw')}
      </Button>
      <Modal
        open={open}
        title={t('case.withdrawTitle')}
        okText={t('case.withdrawConfirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, loading: withdraw.isPending }}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p>{t('case.withdrawText')}</p>
        <Form form={form} name="recon-withdrawal" layout="vertical">
          <Form.Item
            name="reason"
            label={t('case.withdrawReason')}
            rules={[{ required: true, whitespace: true, message: t('requests.required') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** Satisfaction rating after conclusion (1–5 and a comment), or the rating already given. */
export function SatisfactionForm({ c }: { c: CitizenCaseDetail }) {
  const t = useReconPortalT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<SatisfactionBody>();
  const rate = useCaseAction(c.id, reconPortalApi.rate);
  if (c.satisfaction != null && !c.abilities.canRate) {
    return (
      <p>
        <span aria-hidden style={{ color: '#ad6800', fontSize: '1.3em' }}>
          {'★'.repeat(c.satisfaction)}
          {'☆'.repeat(5 - c.satisfaction)}
        </span>{' '}
        {t('case.yourRating', { n: c.satisfaction })}
      </p>
    );
  }
  if (!c.abilities.canRate) return null;
  const submit = () =>
    submitForm(form, async (v) => {
      try {
        await rate.mutateAsync({ score: v.score, comment: v.comment?.trim() || undefined });
        message.success(t('case.rated'));
      } catch (e) {
        onError(e, form);
      }
    });
  return (
    <Form form={form} name="recon-satisfaction" layout="vertical">
      <Form.Item name="score" label={t('case.rateScore')} rules={[{ required: true, message: t('requests.required') }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          options={([1, 2, 3, 4, 5] as const).map((n) => ({ value: n, label: t(`case.score.${n}`) }))}
        />
      </Form.Item>
      <Form.Item name="comment" label={t('case.rateComment')}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Button type="primary" size="large" loading={rate.isPending} onClick={() => void submit()}>
        {t('case.rateSubmit')}
      </Button>
    </Form>
  );
}
