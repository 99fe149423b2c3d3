import { Alert, Descriptions, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { useCitizen } from '../../../../../web/src/layout/portal/use-citizen';
import { actKindLabels, actKindSchema } from '../../../contract/enums';
import { useMyCase } from '../../api/portal';
import { useReconPortalT } from '../../portal-i18n';
import { CaseDocuments, CaseUploads, SatisfactionForm, WithdrawButton } from './case/CaseActions';
import { CaseCorrections } from './case/CaseCorrections';
import { CaseDeadlines } from './case/CaseDeadlines';
import { CaseProgress } from './case/CaseProgress';
import { CaseStatusTag } from './case/case-status';
import { CitizenGate, PortalTitle } from './CitizenGate';

/**
 * /portal/reconsideration/cases/:id — the applicant's case in plain Chinese: progress, every running
 * deadline with its date and explanation, correction notices and the answer form, documents served,
 * own files, withdrawal and the satisfaction rating (each only when the server's abilities allow).
 */
export default function CasePage() {
  const t = useReconPortalT();
  usePageTitle(t('title.case'));
  return (
    <CitizenGate
      heading={<PortalTitle back={{ to: '/portal/reconsideration/cases', label: t('title.cases') }}>{t('title.case')}</PortalTitle>}
    >
      <CaseView />
    </CitizenGate>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="tp-portal-hero" aria-labelledby={id}>
      <h2 id={id} style={{ fontSize: '1.2em', marginTop: 0 }}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function CaseView() {
  const t = useReconPortalT();
  const text = useLocalText();
  const { date } = useFormat();
  const { id = '' } = useParams();
  const { citizen } = useCitizen();
  const query = useMyCase(id, Boolean(citizen));
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const c = query.data;
  const kind = actKindSchema.safeParse(c.actKind);
  return (
    <>
      <section className="tp-portal-hero" aria-label={t('title.case')}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 8 }}>
          <CaseStatusTag item={c} />
          <span>{c.caseNumber ?? t('cases.noNumber')}</span>
        </div>
        <Alert
          type={c.state === 'correcting' ? 'warning' : 'info'}
          showIcon
          title={text(c.statusExplanation)}
          style={{ marginBottom: 12 }}
        />
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'r', label: t('cases.respondent'), children: c.respondentName },
            { key: 'o', label: t('cases.body'), children: c.orgName },
            { key: 'd', label: t('cases.received'), children: date(c.receivedOn) },
            ...(c.closedOn ? [{ key: 'c', label: t('cases.closed'), children: date(c.closedOn) }] : []),
            {
              key: 'a',
              label: t('case.act'),
              children: `${kind.success ? text(actKindLabels[kind.data]) : c.actKind}${c.actDocumentNo ? ` · ${c.actDocumentNo}` : ''}`,
            },
            { key: 'q', label: t('case.requests'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{c.requests}</span> },
          ]}
        />
      </section>
      <Section id="recon-progress" title={t('case.progress')}>
        <CaseProgress c={c} />
      </Section>
      <Section id="recon-deadlines" title={t('case.deadlines')}>
        <CaseDeadlines deadlines={c.deadlines} />
      </Section>
      {c.corrections.length > 0 && (
        <Section id="recon-corrections" title={t('case.corrections')}>
          <CaseCorrections c={c} />
        </Section>
      )}
      <Section id="recon-documents" title={t('case.documents')}>
        <CaseDocuments c={c} />
      </Section>
      <Section id="recon-uploads" title={t('case.uploads')}>
        <CaseUploads c={c} />
      </Section>
      {(c.abilities.canRate || c.satisfaction != null) && (
        <Section id="recon-rating" title={t('case.rate')}>
          <SatisfactionForm c={c} />
        </Section>
      )}
      {c.abilities.canWithdraw && (
        <section className="tp-portal-hero">
          <WithdrawButton c={c} />
        </section>
      )}
    </>
  );
}
