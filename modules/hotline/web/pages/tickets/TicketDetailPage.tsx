import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Descriptions, Skeleton, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { categoryLabels, channelLabels } from '../../../contract/enums';
import type { TicketDetail } from '../../../contract/tickets';
import { useTicket } from '../../api/tickets';
import { durationParts } from '../../components/format';
import { MaskedPhone } from '../../components/MaskedPhone';
import { useDeskT } from '../../desk-i18n';
import { ticketsPath } from '../../desk-paths';
import { TicketActions } from './TicketActions';
import { TicketAnswerCard } from './TicketAnswerCard';
import { TicketCallbacks, TicketSurvey, TicketTransfers } from './TicketHandlingSections';
import { TicketStateTag } from './TicketStateTag';
import '../../components/hotline.css';

/** /workbench/hotline/tickets/:id — one contact: caller (masked), call, answer, transfers, callbacks, survey. */
export default function TicketDetailPage() {
  const { id } = useParams();
  const tr = useDeskT();
  const ticket = useTicket(id);
  return (
    <div className="hl-page">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Link to={ticketsPath}>
          <ArrowLeftOutlined aria-hidden /> {tr('tickets.back')}
        </Link>
        {ticket.isError && <QueryError error={ticket.error} onRetry={() => void ticket.refetch()} />}
        {ticket.isLoading && <Skeleton active />}
        {ticket.data && <TicketBody t={ticket.data} />}
      </Space>
    </div>
  );
}

function TicketBody({ t }: { t: TicketDetail }) {
  const tr = useDeskT();
  const lt = useLocalText();
  const fmt = useFormat();
  const dur = (s: number | null) => {
    if (s == null) return '—';
    const { m, s: sec } = durationParts(s);
    return tr('common.minutesSeconds', { m, s: sec });
  };
  return (
    <div className="tp-stack">
      <PageHeading title={`${tr('page.ticket')} ${t.number}`} extra={<TicketStateTag state={t.state} />} />
      <TicketActions ticket={t} />
      <Card size="small" title={tr('tickets.basics')}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'centre', label: tr('field.centre'), children: t.orgName },
            { key: 'channel', label: tr('field.channel'), children: lt(channelLabels[t.channel]) },
            {
              key: 'category',
              label: tr('field.category'),
              children: categoryLabels[t.category] ? lt(categoryLabels[t.category]!) : t.categoryZh,
            },
            { key: 'name', label: tr('field.callerName'), children: t.callerName ?? '—' },
            {
              key: 'phone',
              label: tr('field.callerPhone'),
              children: <MaskedPhone masked={t.callerPhoneMasked} entityId={t.id} canReveal={t.abilities.revealPhone} />,
            },
            {
              key: 'citizen',
              label: tr('tickets.citizenLinked'),
              children: t.citizenId ? <Tag color="blue">{tr('common.yes')}</Tag> : tr('common.no'),
            },
            { key: 'created', label: tr('common.createdAt'), children: fmt.dateTime(t.createdAt) },
            { key: 'by', label: tr('field.answeredBy'), children: t.answeredByName ?? '—' },
            { key: 'answeredAt', label: tr('field.answeredAt'), children: t.answeredAt ? fmt.dateTime(t.answeredAt) : '—' },
            { key: 'dur', label: tr('field.duration'), children: dur(t.durationSeconds) },
            { key: 'closed', label: tr('field.closedAt'), children: t.closedAt ? fmt.dateTime(t.closedAt) : '—' },
            { key: 'version', label: tr('field.version'), children: t.version },
          ]}
        />
      </Card>
      <TicketAnswerCard ticket={t} />
      <Card size="small" title={tr('tickets.call')}>
        {t.call ? (
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 3 }}
            items={[
              {
                key: 'id',
                label: tr('field.callId'),
                children: t.call.simulated ? (
                  <>
                    {t.call.callId} <Tag color="orange">{tr('common.simulated')}</Tag>
                  </>
                ) : (
                  t.call.callId
                ),
              },
              { key: 'queue', label: tr('field.queue'), children: t.call.queue },
              { key: 'offered', label: tr('field.offeredAt'), children: fmt.dateTime(t.call.offeredAt, true) },
              { key: 'answered', label: tr('field.answeredAt'), children: t.call.answeredAt ? fmt.dateTime(t.call.answeredAt, true) : '—' },
              { key: 'ended', label: tr('field.endedAt'), children: t.call.endedAt ? fmt.dateTime(t.call.endedAt, true) : '—' },
              { key: 'wait', label: tr('field.wait'), children: dur(t.call.waitSeconds) },
              { key: 'talk', label: tr('field.talk'), children: dur(t.call.talkSeconds) },
            ]}
          />
        ) : (
          tr('tickets.noCall')
        )}
      </Card>
      <TicketTransfers ticket={t} />
      <TicketCallbacks ticket={t} />
      <TicketSurvey ticket={t} />
    </div>
  );
}
