import { Skeleton, Tag } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { useCitizen } from '../../../../../web/src/layout/portal/use-citizen';
import type { ConsultationState } from '../../../contract/consultation';
import { useMyConsultations } from '../../api/portal';
import { useHotlinePortalT } from '../../portal-i18n';
import { CitizenGate, hotlinePortalPaths, LinkButton, PortalTitle } from './portal-parts';

export const consultationStateColors: Record<ConsultationState, string> = {
  waiting: 'orange',
  claimed: 'blue',
  answered: 'green',
  rated: 'default',
};

/** /portal/hotline/consultations — the citizen's online questions, newest first, state and due time. */
export default function ConsultationsPage() {
  const t = useHotlinePortalT();
  usePageTitle(t('title.consultations'));
  return (
    <CitizenGate
      heading={<PortalTitle back={{ to: hotlinePortalPaths.home, label: t('title.landing') }}>{t('title.consultations')}</PortalTitle>}
    >
      <ConsultationList />
    </CitizenGate>
  );
}

function ConsultationList() {
  const t = useHotlinePortalT();
  const text = useLocalText();
  const { dateTime } = useFormat();
  const { citizen } = useCitizen();
  const list = useMyConsultations(Boolean(citizen));
  if (list.isPending) return <Skeleton active />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <div style={{ marginBottom: 16 }}>
        <LinkButton to={hotlinePortalPaths.ask} type="primary" size="large" block>
          {t('landing.ask')}
        </LinkButton>
      </div>
      {list.data.items.length === 0 ? (
        <p>{t('consultations.empty')}</p>
      ) : (
        <ul aria-label={t('title.consultations')} className="hl-portal-list">
          {list.data.items.map((c) => (
            <li key={c.id} className="hl-portal-card">
              <div style={{ fontSize: '1.05em', fontWeight: 600 }}>
                <Link to={hotlinePortalPaths.consultation(c.id)}>{text(c.categoryLabel)}</Link>
              </div>
              <div style={{ margin: '6px 0' }}>
                <Tag color={consultationStateColors[c.state]}>{text(c.stateLabel)}</Tag> {c.number}
              </div>
              <p style={{ margin: '4px 0', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{c.question}</p>
              <div>
                {t('consultations.submittedAt')}
                {t('common.colon')}
                {dateTime(c.submittedAt)}
              </div>
              {!c.answeredAt && (
                <div>
                  {t('consultations.dueAt')}
                  {t('common.colon')}
                  {dateTime(c.dueAt)}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
