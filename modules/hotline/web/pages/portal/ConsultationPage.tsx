import { Alert, Form, Skeleton, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { useCitizen } from '../../../../../web/src/layout/portal/use-citizen';
import type { CitizenConsultation } from '../../../contract/consultation';
import { useMyConsultation, useRateConsultation } from '../../api/portal';
import { useHotlinePortalT } from '../../portal-i18n';
import { consultationStateColors } from './ConsultationsPage';
import { CitizenGate, Facts, hotlinePortalPaths, PortalCard, PortalTitle } from './portal-parts';
import { type RatingValues, RatingForm } from './RatingForm';

/** /portal/hotline/consultations/:id — the question, the (human) answer, the opinion letter, the rating. */
export default function ConsultationPage() {
  const t = useHotlinePortalT();
  usePageTitle(t('title.consultation'));
  return (
    <CitizenGate
      heading={
        <PortalTitle back={{ to: hotlinePortalPaths.consultations, label: t('title.consultations') }}>
          {t('title.consultation')}
        </PortalTitle>
      }
    >
      <ConsultationLoader />
    </CitizenGate>
  );
}

function ConsultationLoader() {
  const { id = '' } = useParams();
  const { citizen } = useCitizen();
  const c = useMyConsultation(id, Boolean(citizen));
  if (c.isPending) return <Skeleton active />;
  if (c.isError) return <QueryError error={c.error} onRetry={() => void c.refetch()} />;
  return <ConsultationView c={c.data} />;
}

function ConsultationView({ c }: { c: CitizenConsultation }) {
  const t = useHotlinePortalT();
  const text = useLocalText();
  const { dateTime } = useFormat();
  return (
    <>
      <PortalCard title={t('consultation.question')}>
        <div style={{ marginBottom: 8 }}>
          <Tag color={consultationStateColors[c.state]}>{text(c.stateLabel)}</Tag> {c.number}
        </div>
        <Facts
          items={[
            { label: t('qa.category'), value: text(c.categoryLabel) },
            { label: t('consultations.submittedAt'), value: dateTime(c.submittedAt) },
            ...(c.answeredAt ? [] : [{ label: t('consultations.dueAt'), value: dateTime(c.dueAt) }]),
          ]}
        />
        <div className="hl-portal-answer" style={{ marginTop: 8 }}>
          {c.question}
        </div>
        {c.attachments.length > 0 && (
          <>
            <h3 style={{ fontSize: '1em', margin: '12px 0 4px' }}>{t('consultation.files')}</h3>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {c.attachments.map((a) => (
                <li key={a.id}>{a.fileName}</li>
              ))}
            </ul>
          </>
        )}
        {!c.answeredAt && <p style={{ color: 'rgba(0,0,0,0.65)', fontSize: '0.9em', marginTop: 8 }}>{text(c.slaNote)}</p>}
      </PortalCard>
      {c.answer ? (
        <PortalCard title={t('consultation.answer')}>
          <Alert type="info" showIcon title={t('consultation.humanLabel')} style={{ marginBottom: 8 }} />
          <div className="hl-portal-answer">{c.answer}</div>
          <Facts
            items={[
              ...(c.answeredByCentre ? [{ label: t('consultation.answeredBy'), value: c.answeredByCentre }] : []),
              ...(c.answeredAt ? [{ label: t('consultation.answeredAt'), value: dateTime(c.answeredAt) }] : []),
            ]}
          />
          {c.lawRefs.length > 0 && (
            <>
              <h3 style={{ fontSize: '1em', margin: '12px 0 4px' }}>{t('consultation.lawRefs')}</h3>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {c.lawRefs.map((r) => (
                  <li key={r.articleId}>
                    <Link to={`/portal/laws/${encodeURIComponent(r.lawId)}`}>{r.citation}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </PortalCard>
      ) : (
        <Alert type="info" showIcon title={t('consultation.waiting')} style={{ marginBottom: 16 }} />
      )}
      {c.letterAttachmentId && (
        <PortalCard title={t('consultation.letter')}>
          <p>{t('consultation.letterInbox')}</p>
          <Link to="/portal/inbox">{t('consultation.letterOpen')}</Link>
        </PortalCard>
      )}
      <Rating c={c} />
    </>
  );
}

function Rating({ c }: { c: CitizenConsultation }) {
  const t = useHotlinePortalT();
  const text = useLocalText();
  const [form] = Form.useForm<RatingValues>();
  const onError = useApiErrorHandler();
  const rate = useRateConsultation(c.id);
  if (c.rating && c.ratingLabel) {
    return (
      <PortalCard title={t('consultation.rated')}>
        <p>
          <Tag color={c.rating === 'dissatisfied' ? 'red' : 'green'}>{text(c.ratingLabel)}</Tag>
        </p>
        {c.ratingComment && <p className="hl-portal-answer">{c.ratingComment}</p>}
      </PortalCard>
    );
  }
  if (!c.abilities.rate) return null;
  return (
    <PortalCard title={t('consultation.rate')}>
      <RatingForm
        form={form}
        label={t('consultation.rate')}
        submitText={t('consultation.rateSubmit')}
        loading={rate.isPending}
        onSubmit={(v) => rate.mutate(v, { onError: (e) => onError(e, form) })}
        maxComment={500}
      />
    </PortalCard>
  );
}
