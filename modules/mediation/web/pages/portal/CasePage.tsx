import { Alert, Descriptions, Skeleton, Tag } from 'antd';
import { useParams } from 'react-router';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { useCitizen } from '../../../../../web/src/layout/portal/use-citizen';
import { useMyCase, useMyHandling } from '../../api/portal';
import { useMedPortalT } from '../../i18n/portal';
import { portalBase } from '../../paths';
import { ConsentCard } from './case/ConsentCard';
import { DocumentsSection, HandlingSections, RatingSection } from './case/OutcomeSections';
import { CitizenGate, PortalTitle, Section } from './CitizenGate';

/**
 * /portal/mediation/cases/:id — the party's case in plain words: where it stands, consent (give or
 * refuse), sessions, the agreement and confirmation window, documents served, and the rating.
 */
export default function CasePage() {
  const t = useMedPortalT();
  usePageTitle(t('title.case'));
  return (
    <>
      <PortalTitle back={{ to: portalBase, label: t('title.landing') }}>{t('title.case')}</PortalTitle>
      <CitizenGate>
        <CaseView />
      </CitizenGate>
    </>
  );
}

function CaseView() {
  const t = useMedPortalT();
  const text = useLocalText();
  const { date } = useFormat();
  const { id = '' } = useParams();
  const { citizen } = useCitizen();
  const query = useMyCase(id, Boolean(citizen));
  const c = query.data;
  const handling = useMyHandling(id, Boolean(c && c.state !== 'received' && c.state !== 'declined'));
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  return (
    <>
      <section className="tp-portal-hero" aria-label={t('case.state')}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 8 }}>
          <Tag color={data.closedOn ? 'default' : 'blue'} title={data.stateLabel.article}>
            {text(data.stateLabel)}
          </Tag>
          <span>{data.caseNumber}</span>
        </div>
        {data.closingReason && (
          <Alert
            type="info"
            showIcon
            title={data.outcomeLabel ? text(data.outcomeLabel) : text(data.stateLabel)}
            description={data.closingReason}
            style={{ marginBottom: 12 }}
          />
        )}
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'title', label: t('req.title'), children: data.title },
            { key: 'kind', label: t('landing.kind'), children: text(data.kindLabel) },
            { key: 'org', label: t('landing.committee'), children: data.orgName },
            ...(data.mediatorName ? [{ key: 'm', label: t('case.mediator'), children: data.mediatorName }] : []),
            { key: 'r', label: t('landing.received'), children: date(data.receivedOn) },
            ...(data.closedOn ? [{ key: 'c', label: t('case.closedOn'), children: date(data.closedOn) }] : []),
            { key: 'facts', label: t('case.facts'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{data.facts}</span> },
          ]}
        />
      </section>
      <Section id="med-consent" title={t('case.consent')}>
        <ConsentCard c={data} />
      </Section>
      {handling.data && <HandlingSections h={handling.data} />}
      {handling.isError && <QueryError error={handling.error} onRetry={() => void handling.refetch()} />}
      <DocumentsSection c={data} />
      {handling.data && <RatingSection caseId={data.id} h={handling.data} />}
    </>
  );
}
