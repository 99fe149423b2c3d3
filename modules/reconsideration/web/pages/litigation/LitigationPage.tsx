import { Button, Card, Descriptions, Flex, Result, Skeleton, Space, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { instanceOutcomeLabels } from '../../../contract/litigation';
import { isApiError } from '../../../../../web/src/api/api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useLitigation } from '../../api/litigation';
import { useStageT } from '../../i18n/stages';
import { DateText, ExplainPopover, useLabel, ToneTag } from '../case-handling/parts';
import { resultColours } from './LitigationsPage';
import { LitigationUpdateForm } from './litigation-update-form';

/** /workbench/reconsideration/litigations/:id — the lawsuit, its defence deadline, hearings and outcomes. */
export default function LitigationPage() {
  const { id } = useParams();
  const st = useStageT();
  const label = useLabel();
  const query = useLitigation(id);
  const back = (
    <Link to="/workbench/reconsideration/litigations">
      <Button>{st('common.back')}</Button>
    </Link>
  );
  if (query.isPending) return <Skeleton active />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) return <Result status="404" title={st('l.notFound')} extra={back} />;
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const l = query.data;
  const outcome = (o: keyof typeof instanceOutcomeLabels | null) =>
    o ? `${label(instanceOutcomeLabels[o])}${instanceOutcomeLabels[o].article ? `（${instanceOutcomeLabels[o].article}）` : ''}` : '—';
  return (
    <>
      <PageHeading title={`${st('l.detail')} ${l.courtCaseNumber}`} extra={back} />
      <Flex vertical gap="middle">
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={st('l.court')}>{l.court}</Descriptions.Item>
            <Descriptions.Item label={st('l.courtCaseNumber')}>{l.courtCaseNumber}</Descriptions.Item>
            <Descriptions.Item label={st('l.cause')}>{l.cause}</Descriptions.Item>
            <Descriptions.Item label={st('l.plaintiff')}>{l.plaintiff}</Descriptions.Item>
            <Descriptions.Item label={st('l.defendant')}>
              {l.defendant}
              {l.coDefendant ? <Tag style={{ marginInlineStart: 4 }}>{st('l.coDefendantShort')}</Tag> : null}
            </Descriptions.Item>
            <Descriptions.Item label={st('l.org')}>{l.orgName}</Descriptions.Item>
            <Descriptions.Item label={st('l.complaintServedOn')}>
              <DateText value={l.complaintServedOn} />
            </Descriptions.Item>
            <Descriptions.Item label={st('l.defenceDueOn')}>
              <Space size={4} wrap>
                <strong>
                  <DateText value={l.defenceDueOn} />
                </strong>
                {l.defenceOverdue ? <ToneTag color="red">{st('l.defenceOverdue')}</ToneTag> : null}
                <ExplainPopover lines={l.defenceExplanation} article="行政诉讼法 第六十七条第一款" />
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={st('l.defenceSubmittedOn')}>
              <DateText value={l.defenceSubmittedOn} />
            </Descriptions.Item>
            <Descriptions.Item label={st('l.reconCase')}>
              {l.reconCaseId ? (
                <Link to={`/workbench/reconsideration/cases/${l.reconCaseId}`}>{l.reconCaseNumber ?? l.reconCaseId}</Link>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={st('l.result')}>
              <ToneTag color={resultColours[l.result]}>{label(l.resultLabel)}</ToneTag>
            </Descriptions.Item>
            <Descriptions.Item label={st('l.closedOn')}>
              <DateText value={l.closedOn} />
            </Descriptions.Item>
            <Descriptions.Item label={st('l.firstOutcome')}>{outcome(l.firstInstanceOutcome)}</Descriptions.Item>
            <Descriptions.Item label={st('l.secondOutcome')}>{outcome(l.secondInstanceOutcome)}</Descriptions.Item>
            <Descriptions.Item label={st('l.headAppeared')}>
              {l.headAppeared === null ? st('l.unknown') : l.headAppeared ? st('common.yes') : st('common.no')}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title={st('l.hearings')}>
          <Table
            size="small"
            rowKey={(h) => `${h.on}-${h.instance}`}
            pagination={false}
            dataSource={l.hearings}
            locale={{ emptyText: st('common.none') }}
            columns={[
              { key: 'on', title: st('common.date'), render: (_, h) => <DateText value={h.on} /> },
              { key: 'instance', title: st('l.instance'), render: (_, h) => st(`l.instance.${h.instance}`) },
              {
                key: 'head',
                title: st('l.headAppeared'),
                render: (_, h) => (
                  <ToneTag color={h.headAppeared ? 'green' : 'orange'}>{h.headAppeared ? st('common.yes') : st('common.no')}</ToneTag>
                ),
              },
              { key: 'name', title: st('l.appearedName'), render: (_, h) => h.appearedName ?? '—' },
              { key: 'reason', title: st('l.absenceReason'), render: (_, h) => h.absenceReason ?? '—' },
            ]}
          />
        </Card>
        {l.abilities.update ? <LitigationUpdateForm litigation={l} /> : null}
      </Flex>
    </>
  );
}
