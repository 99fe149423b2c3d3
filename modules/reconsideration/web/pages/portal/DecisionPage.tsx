import { Descriptions, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { usePublishedOne } from '../../api/portal';
import { useReconPortalT } from '../../portal-i18n';
import { PortalTitle } from './CitizenGate';

/** /portal/reconsideration/decisions/:id — one published decision as the server masks it. */
export default function DecisionPage() {
  const t = useReconPortalT();
  const text = useLocalText();
  const { date } = useFormat();
  const { id = '' } = useParams();
  const query = usePublishedOne(id);
  usePageTitle(t('title.decision'));
  const back = { to: '/portal/reconsideration/decisions', label: t('decisions.back') };
  if (query.isPending) return <Skeleton active />;
  if (query.isError)
    return (
      <>
        <PortalTitle back={back}>{t('title.decision')}</PortalTitle>
        <QueryError error={query.error} onRetry={() => query.refetch()} />
      </>
    );
  const d = query.data;
  const para = (s: string) => <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}>{s}</div>;
  return (
    <>
      <PortalTitle back={back}>
        {t('title.decision')}
        {d.caseNumber && <div style={{ fontSize: '0.65em', fontWeight: 'normal', marginTop: 4 }}>{d.caseNumber}</div>}
      </PortalTitle>
      <section className="tp-portal-hero">
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'i', label: t('decisions.issuer'), children: d.issuer },
            { key: 'a', label: t('decisions.applicant'), children: d.applicant },
            { key: 'r', label: t('decisions.respondent'), children: d.respondentName },
            { key: 'k', label: t('decisions.actKind'), children: text(d.actKindLabel) },
            {
              key: 't',
              label: t('decisions.type'),
              children: `${text(d.decisionTypeLabel)}${d.withCompensation ? `（${t('decisions.compensation')}）` : ''}`,
            },
            { key: 'b', label: t('decisions.article'), children: d.article },
            { key: 'd', label: t('decisions.issuedOn'), children: date(d.issuedOn) },
            { key: 'p', label: t('decisions.publishedOn'), children: date(d.publishedOn) },
          ]}
        />
      </section>
      {(
        [
          ['decisions.requests', d.requests],
          ['decisions.reasoning', d.reasoning],
          ['decisions.operative', d.operative],
        ] as const
      ).map(([key, body]) => (
        <section key={key} className="tp-portal-hero" aria-labelledby={`recon-${key}`}>
          <h2 id={`recon-${key}`} style={{ fontSize: '1.2em', marginTop: 0 }}>
            {t(key)}
          </h2>
          {para(body)}
        </section>
      ))}
    </>
  );
}
