import { App, Button, Descriptions, Form, Input, Rate, Tag } from 'antd';
import { Link } from 'react-router';
import type { CitizenCaseDetail } from '../../../../contract/case';
import type { CitizenHandlingView } from '../../../../contract/handling';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { submitForm } from '../../../../../../web/src/components/submit-form';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { type RateRequest, useRate } from '../../../api/portal';
import { useMedPortalT } from '../../../i18n/portal';
import { Section } from '../CitizenGate';

/** Sessions (time and place), the agreement and the judicial-confirmation window, in plain words. */
export function HandlingSections({ h }: { h: CitizenHandlingView }) {
  const t = useMedPortalT();
  const text = useLocalText();
  const { date } = useFormat();
  const ag = h.agreement;
  return (
    <>
      <Section id="med-sessions" title={t('case.sessions')}>
        {h.sessions.length === 0 ? (
          <p style={{ margin: 0 }}>{t('case.sessionsNone')}</p>
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {h.sessions.map((s) => (
              <li key={s.id}>
                {date(s.heldOn)} {s.startTime ?? ''} · {t('case.sessionPlace')}
                {t('common.colon')}
                {s.place} · {s.mediatorName}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="med-agreement" title={t('case.agreement')}>
        {ag ? (
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'form', label: t('case.agreementForm'), children: <Tag color="green">{text(ag.formLabel)}</Tag> },
              { key: 'eff', label: t('case.agreementEffective'), children: date(ag.effectiveOn) },
              { key: 'terms', label: t('case.agreementTerms'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{ag.terms}</span> },
              { key: 'perf', label: t('case.agreementPerformance'), children: ag.performanceManner },
            ]}
          />
        ) : (
          <p style={{ margin: 0 }}>{h.outcome ? `${text(h.outcome.label)}：${h.outcome.reason}` : t('case.agreementNone')}</p>
        )}
        {h.confirmationWindow?.open && (
          <p style={{ marginBottom: 0 }}>{t('case.confirmationHint', { date: date(h.confirmationWindow.lastDay) })}</p>
        )}
        {h.confirmations.map((c) => (
          <p key={c.id} style={{ marginBottom: 0 }}>
            {t('case.confirmation')}
            {t('common.colon')}
            {c.courtName} · {text(c.statusLabel)}
          </p>
        ))}
      </Section>
    </>
  );
}

/** Documents served to the citizen: opened and acknowledged (签收) in the portal inbox. */
export function DocumentsSection({ c }: { c: CitizenCaseDetail }) {
  const t = useMedPortalT();
  const { dateTime } = useFormat();
  return (
    <Section id="med-documents" title={t('case.documents')}>
      {c.documents.length === 0 ? (
        <p style={{ margin: 0 }}>{t('case.documentsNone')}</p>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {c.documents.map((d) => (
            <li key={d.id}>
              {d.fileName} · {dateTime(d.createdAt)} ·{' '}
              <Link to="/portal/inbox" aria-label={`${t('case.openInbox')}${t('common.colon')}${d.fileName}`}>
                {t('case.openInbox')}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** 满意度评价 (1–5 and a comment) while the server allows it; earlier ratings are shown. */
export function RatingSection({ caseId, h }: { caseId: string; h: CitizenHandlingView }) {
  const t = useMedPortalT();
  const { date } = useFormat();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const rate = useRate(caseId);
  const [form] = Form.useForm<RateRequest>();
  if (!h.abilities.canRate && h.myRatings.length === 0) return null;
  const submit = () =>
    submitForm(form, async (v) => {
      try {
        await rate.mutateAsync({ rating: v.rating, comment: v.comment?.trim() || undefined });
        message.success(t('case.rated'));
      } catch (e) {
        onError(e, form);
      }
    });
  return (
    <Section id="med-rating" title={t('case.rate')}>
      {h.myRatings.map((r, i) => (
        <p key={i} style={{ marginTop: 0 }}>
          {date(r.visitedOn)} <Rate disabled value={r.satisfaction ?? 0} style={{ fontSize: 16 }} /> {r.comment}
        </p>
      ))}
      {h.abilities.canRate && (
        <Form form={form} name="med-rate" layout="vertical">
          <Form.Item name="rating" label={t('case.rating')} rules={[{ required: true, message: t('req.required') }]}>
            <Rate />
          </Form.Item>
          <Form.Item name="comment" label={t('case.comment')}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Button type="primary" size="large" block loading={rate.isPending} onClick={() => void submit()}>
            {t('case.rateSubmit')}
          </Button>
        </Form>
      )}
    </Section>
  );
}
