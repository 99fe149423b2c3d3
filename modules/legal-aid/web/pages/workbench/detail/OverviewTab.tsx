import { Card, Descriptions, Table, Tag } from 'antd';
import type { CaseDetail, PartyView } from '../../../../contract/case';
import { noticeStageLabels } from '../../../../contract/notice';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLabel } from '../../../components/labels';
import { MaskedField } from '../../../../../../web/src/components/MaskedField';
import { useAidT } from '../../../i18n';
import { EligibilityCard } from './EligibilityCard';

/** Facts, hardship answers, forwarding and jurisdiction, the notice, the pre-check, and the masked parties. */
export function OverviewTab({ c }: { c: CaseDetail }) {
  const tr = useAidT();
  const fmt = useFormat();
  const label = useLabel();
  const yesNo = (v: boolean) => tr(v ? 'common.yes' : 'common.no');
  const masked = (p: PartyView, field: 'idNumber' | 'phone' | 'address', name: string) => (
    <MaskedField
      entityType="aidParty"
      entityId={p.id}
      field={field}
      fieldLabel={`${p.name} ${name}`}
      value={p[field]}
      canReveal={c.abilities.canReveal}
    />
  );
  return (
    <div className="tp-stack">
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={tr('detail.matterSummary')} span={2}>
            {c.matterSummary}
          </Descriptions.Item>
          <Descriptions.Item label={tr('detail.exemption')}>{label(c.exemptionLabel, true)}</Descriptions.Item>
          <Descriptions.Item label={tr('detail.exemptionProof')}>{c.exemptionProof ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={tr('detail.household')}>{c.householdSize ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={tr('detail.income')}>{c.monthlyIncomeYuan ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={tr('detail.hardshipCheck')}>{label(c.hardshipCheckLabel, true)}</Descriptions.Item>
          <Descriptions.Item label={tr('detail.lifeOrDeath')}>{yesNo(c.mayCarryLifeOrDeath)}</Descriptions.Item>
          {c.urgent && (
            <Descriptions.Item label={tr('detail.urgent')} span={2}>
              {c.urgentReason ?? c.urgentGround}
              {c.paperworkCompletedOn && ` · ${tr('review.paperwork')} ${fmt.date(c.paperworkCompletedOn)}`}
            </Descriptions.Item>
          )}
          {c.forwarding && (
            <Descriptions.Item label={tr('detail.forwarding')} span={2}>
              {c.forwarding.forwardedBy} · {fmt.dateTime(c.forwarding.forwarderReceivedAt)} → {fmt.dateTime(c.forwarding.forwardedAt)}{' '}
              {c.forwarding.late && <Tag color="red">{tr('list.forwardedLate')}</Tag>}
              <div>{label(c.forwarding.explanation)}</div>
            </Descriptions.Item>
          )}
          {c.jurisdiction && (
            <Descriptions.Item label={tr('detail.jurisdiction')} span={2}>
              <Tag color={c.jurisdiction.competent ? 'green' : 'orange'}>{c.jurisdiction.article}</Tag>
              {label(c.jurisdiction.explanation)}
              {c.jurisdiction.suggestedCentres.length > 0 && ` → ${c.jurisdiction.suggestedCentres.map((s) => s.name).join('、')}`}
            </Descriptions.Item>
          )}
          {c.notice && (
            <>
              <Descriptions.Item label={tr('detail.noticeSender')}>{c.notice.senderName}</Descriptions.Item>
              <Descriptions.Item label={tr('detail.noticeDoc')}>
                {c.notice.documentNo} · {fmt.date(c.notice.issuedOn)}
              </Descriptions.Item>
              <Descriptions.Item label={tr('detail.noticeStage')}>
                {label(noticeStageLabels[c.notice.stage as keyof typeof noticeStageLabels]) || c.notice.stage}
              </Descriptions.Item>
              <Descriptions.Item label={tr('detail.noticeReplied')}>
                {c.notice.repliedAt ? fmt.dateTime(c.notice.repliedAt) : '—'}
              </Descriptions.Item>
            </>
          )}
          {c.decidedOn && (
            <Descriptions.Item label={tr('detail.decision')} span={2}>
              {fmt.date(c.decidedOn)} {c.decisionReason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <EligibilityCard result={c.eligibility} />
      <Card size="small" title={tr('detail.parties')}>
        <Table<PartyView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={c.parties}
          scroll={{ x: 800 }}
          columns={[
            { key: 'role', title: tr('detail.role'), width: 140, render: (_, p) => label(p.roleLabel) },
            { key: 'name', title: tr('detail.name'), dataIndex: 'name', width: 140 },
            { key: 'id', title: tr('detail.idNumber'), render: (_, p) => masked(p, 'idNumber', tr('detail.idNumber')) },
            { key: 'phone', title: tr('detail.phone'), render: (_, p) => masked(p, 'phone', tr('detail.phone')) },
            { key: 'address', title: tr('detail.address'), render: (_, p) => masked(p, 'address', tr('detail.address')) },
          ]}
        />
      </Card>
    </div>
  );
}
