import { Alert, Button, Form, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { useCitizen } from '../../../../../web/src/layout/portal/use-citizen';
import { categoryLabels, channelLabels, type Channel, ticketStateLabels } from '../../../contract/enums';
import { satisfactionLabels } from '../../../contract/survey';
import { type CitizenTicket, useMyTickets, useRateTicket } from '../../api/portal';
import { useHotlinePortalT } from '../../portal-i18n';
import { CitizenGate, hotlinePortalPaths, PortalTitle } from './portal-parts';
import { type RatingValues, RatingForm } from './RatingForm';

/** /portal/hotline/contacts — the citizen's hotline contacts (calls, visits) and their rating. */
export default function ContactsPage() {
  const t = useHotlinePortalT();
  usePageTitle(t('title.contacts'));
  return (
    <CitizenGate
      heading={<PortalTitle back={{ to: hotlinePortalPaths.home, label: t('title.landing') }}>{t('title.contacts')}</PortalTitle>}
    >
      <ContactList />
    </CitizenGate>
  );
}

function ContactList() {
  const t = useHotlinePortalT();
  const { citizen } = useCitizen();
  const tickets = useMyTickets(Boolean(citizen));
  if (tickets.isPending) return <Skeleton active />;
  if (tickets.isError) return <QueryError error={tickets.error} onRetry={() => void tickets.refetch()} />;
  return (
    <>
      <p>{t('contacts.intro')}</p>
      {tickets.data.items.length === 0 ? (
        <p>{t('contacts.empty')}</p>
      ) : (
        <ul aria-label={t('title.contacts')} className="hl-portal-list">
          {tickets.data.items.map((c) => (
            <ContactItem key={c.id} ticket={c} />
          ))}
        </ul>
      )}
    </>
  );
}

function ContactItem({ ticket: c }: { ticket: CitizenTicket }) {
  const t = useHotlinePortalT();
  const text = useLocalText();
  const { dateTime } = useFormat();
  const [rating, setRating] = useState(false);
  const [form] = Form.useForm<RatingValues>();
  const onError = useApiErrorHandler();
  const rate = useRateTicket(c.id);
  const category = categoryLabels[c.category];
  const channel = channelLabels[c.channel as Channel];
  return (
    <li className="hl-portal-card">
      <div style={{ fontSize: '1.05em', fontWeight: 600 }}>{category ? text(category) : c.categoryZh}</div>
      <div style={{ margin: '6px 0' }}>
        <Tag color="blue">{text(ticketStateLabels[c.state])}</Tag>
        {c.survey.rating && (
          <Tag color={c.survey.rating === 'dissatisfied' ? 'red' : 'green'}>
            {t('contacts.rated')}
            {t('common.colon')}
            {text(satisfactionLabels[c.survey.rating])}
          </Tag>
        )}
      </div>
      <div>{c.number}</div>
      <div>
        {c.centre} · {channel ? text(channel) : c.channel} · {dateTime(c.createdAt)}
      </div>
      <p style={{ margin: '8px 0 0' }}>{c.question}</p>
      {c.answer && (
        <>
          <h3 style={{ fontSize: '1em', margin: '8px 0 4px' }}>{t('contacts.answer')}</h3>
          <div className="hl-portal-answer">{c.answer}</div>
        </>
      )}
      {c.canRate &&
        (rating ? (
          <div style={{ marginTop: 12 }}>
            {rate.isSuccess ? (
              <Alert type="success" showIcon title={text(rate.data.message)} />
            ) : (
              <RatingForm
                form={form}
                idPrefix={`rate-${c.id}`}
                label={t('survey.rating')}
                submitText={t('survey.submit')}
                loading={rate.isPending}
                onSubmit={(v) => rate.mutate(v, { onError: (e) => onError(e, form) })}
                dissatisfiedHint={t('survey.dissatisfiedHint')}
              />
            )}
          </div>
        ) : (
          <Button style={{ marginTop: 12 }} size="large" block onClick={() => setRating(true)}>
            {t('contacts.rate')}
          </Button>
        ))}
    </li>
  );
}
