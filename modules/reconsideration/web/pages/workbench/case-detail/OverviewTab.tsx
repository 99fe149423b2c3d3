import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { applicantKindLabels, type ApplicantKind } from '../../../../contract/enums';
import type { CaseDetail } from '../../../../contract/intake';
import { useT } from '../../../../../../web/src/i18n/use-t';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { attachmentUrl } from '../../../api/upload';
import { MaskedField } from '../../../../../../web/src/components/MaskedField';
import { useReconT } from '../../../i18n';
import { ProposedProcedure } from './ProposedProcedure';
import { TimelinessCard } from './TimelinessCard';

const agentKindKeys = {
  lawyer: 'intake.agentKind.lawyer',
  legalWorker: 'intake.agentKind.legalWorker',
  other: 'intake.agentKind.other',
} as const;

/** 概况: the application as filed, the parties (personal data masked, revealed with a reason), timeliness and the procedure proposal. */
export function OverviewTab({ c }: { c: CaseDetail }) {
  const t = useT();
  const tr = useReconT();
  const fmt = useFormat();
  const text = useLocalText();
  const yesNo = (b: boolean) => (b ? t('common.yes') : t('common.no'));
  const kindLabel = Object.hasOwn(applicantKindLabels, c.applicant.kind)
    ? text(applicantKindLabels[c.applicant.kind as ApplicantKind])
    : c.applicant.kind;
  const features = [
    c.act.involvesRealProperty && tr('intake.realProperty'),
    c.act.onTheSpot && tr('intake.onTheSpot'),
    c.act.warningOrCriticism && tr('intake.warning'),
    c.partiesAgreeSimplified && tr('intake.partiesAgree'),
  ].filter((f): f is string => Boolean(f));

  return (
    <div className="tp-stack">
      <Card title={<h2 className="tp-card-title">{tr('detail.parties')}</h2>} size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'kind', label: tr('detail.applicantKind'), children: kindLabel },
            { key: 'name', label: tr('list.applicant'), children: c.applicant.name },
            {
              key: 'id',
              label: c.applicant.kind === 'organisation' ? tr('intake.creditCode') : tr('intake.idNumber'),
              children: (
                <MaskedField
                  entityType="reconCase"
                  entityId={c.id}
                  field="idNumber"
                  fieldLabel={tr('intake.idNumber')}
                  value={c.applicant.idNumber}
                  canReveal={c.abilities.canReveal}
                />
              ),
            },
            {
              key: 'phone',
              label: tr('intake.phone'),
              children: (
                <MaskedField
                  entityType="reconCase"
                  entityId={c.id}
                  field="phone"
                  fieldLabel={tr('intake.phone')}
                  value={c.applicant.phone}
                  canReveal={c.abilities.canReveal}
                />
              ),
            },
            {
              key: 'address',
              label: tr('intake.address'),
              children: (
                <MaskedField
                  entityType="reconCase"
                  entityId={c.id}
                  field="address"
                  fieldLabel={tr('intake.address')}
                  value={c.applicant.address}
                  canReveal={c.abilities.canReveal}
                />
              ),
            },
            { key: 'account', label: tr('detail.citizenAccount'), children: yesNo(c.applicant.citizenAccount) },
            { key: 'respondent', label: tr('list.respondent'), children: c.respondentName },
          ]}
        />
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          {tr('detail.agents')}
        </Typography.Title>
        {c.agents.length === 0 ? (
          <Typography.Text type="secondary">{tr('detail.noAgents')}</Typography.Text>
        ) : (
          <ul className="recon-list">
            {c.agents.map((a) => (
              <li key={a.id}>
                <Space wrap>
                  <strong>{a.name}</strong>
                  {a.agentKind && a.agentKind in agentKindKeys && <Tag>{tr(agentKindKeys[a.agentKind as keyof typeof agentKindKeys])}</Tag>}
                  {a.idNumberMasked}
                  {a.phoneMasked}
                  {a.authorisationAttachmentId && <a href={attachmentUrl(a.authorisationAttachmentId)}>{tr('detail.letter')}</a>}
                </Space>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={<h2 className="tp-card-title">{tr('detail.actDetail')}</h2>} size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'kind', label: tr('intake.actKind'), children: text(c.actKindLabel) },
            { key: 'no', label: tr('detail.documentNo'), children: c.act.documentNo ?? '—' },
            { key: 'made', label: tr('detail.madeOn'), children: fmt.date(c.act.madeOn) },
            { key: 'learned', label: tr('detail.learnedOn'), children: fmt.date(c.act.learnedOn) },
            { key: 'rights', label: tr('detail.rightsStated'), children: yesNo(c.act.rightsStated) },
            ...(c.act.learnedOfRightsOn
              ? [{ key: 'rightsOn', label: tr('detail.learnedOfRightsOn'), children: fmt.date(c.act.learnedOfRightsOn) }]
              : []),
            ...(c.act.amountYuan !== null
              ? [{ key: 'amount', label: tr('detail.amount'), children: tr('detail.amountValue', { n: c.act.amountYuan }) }]
              : []),
            { key: 'features', label: tr('detail.features'), children: features.length ? features.join('、') : t('common.none') },
          ]}
        />
      </Card>
      <Card title={<h2 className="tp-card-title">{tr('detail.application')}</h2>} size="small">
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          {tr('intake.requests')}
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.requests}</Typography.Paragraph>
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          {tr('intake.facts')}
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.factsAndReasons}</Typography.Paragraph>
        {c.rejectionReason && (
          <>
            <Typography.Title level={3} style={{ fontSize: 15 }}>
              {tr('detail.rejectionReason')}
            </Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.rejectionReason}</Typography.Paragraph>
          </>
        )}
      </Card>
      <TimelinessCard c={c} />
      <ProposedProcedure c={c} />
    </div>
  );
}
