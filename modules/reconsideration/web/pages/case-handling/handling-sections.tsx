import { Alert, Button, Card, Descriptions, Empty, Space, Table, Typography } from 'antd';
import { opinionWayLabels, type HandlingView } from '../../../contract/handling';
import { attachmentUrl } from '../../api/upload';
import { useStageT } from '../../i18n/stages';
import type { HandlingModal } from './handling-modals';
import { DateText, useLabel, ToneTag } from './parts';

type Open = (m: HandlingModal) => void;

const replyColours = { copyNotSent: 'default', awaiting: 'blue', overdue: 'red', replied: 'green', repliedLate: 'orange' } as const;

/** Copy of the application to the respondent and its reply (第四十八条, 第五十四条, 第七十条). */
export function ReplySection({ view }: { view: HandlingView }) {
  const st = useStageT();
  const label = useLabel();
  const r = view.respondentReply;
  if (view.closure && view.replies.length === 0) return null;
  return (
    <Card title={st('h.copyTitle')} size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <span>{st('h.replyStatus')}：</span>
          <ToneTag color={replyColours[r.status]}>{st(`h.reply.${r.status}`)}</ToneTag>
          {r.dueOn ? (
            <span>
              {st('h.replyDueOn')}：<DateText value={r.dueOn} />
            </span>
          ) : null}
        </Space>
        {r.overdue && r.consequence ? (
          <Alert
            type="error"
            showIcon
            title={st('h.reply.overdue')}
            description={`${label(r.consequence)}${r.consequence.article ? `（${r.consequence.article}）` : ''}`}
          />
        ) : null}
        {view.replies.length === 0 ? <Typography.Text type="secondary">{st('h.noCopy')}</Typography.Text> : null}
        {view.replies.map((reply) => (
          <Descriptions key={reply.id} size="small" bordered column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={st('h.sentOn')}>
              <DateText value={reply.copySentOn} />
              {reply.copyLate ? (
                <ToneTag color="orange" style={{ marginInlineStart: 8 }}>
                  {st('h.copyLate')}
                </ToneTag>
              ) : null}
            </Descriptions.Item>
            <Descriptions.Item label={st('h.copyDueOn')}>
              <DateText value={reply.copyDueOn} />
            </Descriptions.Item>
            <Descriptions.Item label={st('h.receivedOn')}>
              <DateText value={reply.copyReceivedOn} />
            </Descriptions.Item>
            <Descriptions.Item label={st('h.replyDueOn')}>
              <DateText value={reply.replyDueOn} />
            </Descriptions.Item>
            <Descriptions.Item label={st('h.repliedOn')}>
              <DateText value={reply.repliedOn} />
            </Descriptions.Item>
            <Descriptions.Item label={st('h.evidence')}>
              {reply.evidenceAttachmentIds.length
                ? reply.evidenceAttachmentIds.map((id, i) => (
                    <a key={id} href={attachmentUrl(id)} style={{ marginInlineEnd: 8 }}>
                      {`${st('h.evidence')} ${i + 1}`}
                    </a>
                  ))
                : '—'}
            </Descriptions.Item>
            {reply.replyText ? (
              <Descriptions.Item label={st('h.replyText')} span="filled">
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{reply.replyText}</Typography.Paragraph>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        ))}
      </Space>
    </Card>
  );
}

export function HearingsSection({ view, open }: { view: HandlingView; open: Open }) {
  const st = useStageT();
  const label = useLabel();
  return (
    <Card title={st('h.hearings')} size="small">
      {view.hearings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={st('h.noHearings')} />
      ) : (
        view.hearings.map((h) => (
          <Descriptions
            key={h.id}
            size="small"
            column={{ xs: 1, md: 3 }}
            title={st(`h.kind.${h.kind}`)}
            style={{ marginBottom: 12 }}
            extra={
              view.abilities.canRecordHearing && !h.heldOn ? (
                <Button size="small" onClick={() => open({ kind: 'hearingRecord', hearingId: h.id })}>
                  {st('h.recordHearing')}
                </Button>
              ) : null
            }
          >
            <Descriptions.Item label={st('h.scheduledOn')}>
              <DateText value={h.scheduledOn} />
            </Descriptions.Item>
            {h.way ? <Descriptions.Item label={st('h.way')}>{label(opinionWayLabels[h.way])}</Descriptions.Item> : null}
            {h.place ? <Descriptions.Item label={st('h.place')}>{h.place}</Descriptions.Item> : null}
            {h.noticeOn ? (
              <Descriptions.Item label={st('h.noticeOn')}>
                <DateText value={h.noticeOn} />
              </Descriptions.Item>
            ) : null}
            {h.panel ? (
              <Descriptions.Item label={st('h.panel')}>
                {`${st('h.presiding')}：${h.panel.presiding}；${st('h.officer')}：${h.panel.officers.join('、')}；${st('h.clerk')}：${h.panel.clerk}`}
              </Descriptions.Item>
            ) : null}
            {h.matters ? <Descriptions.Item label={st('h.matters')}>{h.matters}</Descriptions.Item> : null}
            <Descriptions.Item label={st('h.heldOn')}>{h.heldOn ? <DateText value={h.heldOn} /> : st('h.notHeld')}</Descriptions.Item>
            {h.record ? (
              <Descriptions.Item label={st('h.record')} span="filled">
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} ellipsis={{ rows: 4, expandable: true }}>
                  {h.record}
                </Typography.Paragraph>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        ))
      )}
    </Card>
  );
}

export function ConsultationsSection({ view, open }: { view: HandlingView; open: Open }) {
  const st = useStageT();
  if (view.consultations.length === 0) return null;
  return (
    <Card title={st('h.consultations')} size="small">
      {view.consultations.map((c) => (
        <Descriptions
          key={c.id}
          size="small"
          bordered
          column={1}
          style={{ marginBottom: 12 }}
          extra={
            view.abilities.canRecordConsultation && !c.recordedOn ? (
              <Button size="small" onClick={() => open({ kind: 'consultationOpinions', consultationId: c.id })}>
                {st('h.recordOpinions')}
              </Button>
            ) : null
          }
        >
          <Descriptions.Item label={st('h.requestedOn')}>
            <DateText value={c.requestedOn} />
          </Descriptions.Item>
          <Descriptions.Item label={st('common.reason')}>{c.reason}</Descriptions.Item>
          {c.opinions.map((o, i) => (
            <Descriptions.Item key={i} label={`${st('h.member')}：${o.member}`}>
              {o.opinion}
            </Descriptions.Item>
          ))}
          {c.conclusion ? <Descriptions.Item label={st('h.conclusion')}>{c.conclusion}</Descriptions.Item> : null}
        </Descriptions>
      ))}
    </Card>
  );
}

export function SuspensionsSection({ view }: { view: HandlingView }) {
  const st = useStageT();
  const label = useLabel();
  if (view.suspensions.length === 0) return null;
  return (
    <Card title={st('h.suspensions')} size="small">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={view.suspensions}
        columns={[
          {
            title: st('h.ground'),
            key: 'ground',
            render: (_, s) => `${label(s.groundLabel)}${s.groundLabel.article ? `（${s.groundLabel.article}）` : ''}`,
          },
          { title: st('common.reason'), dataIndex: 'reason' },
          { title: st('h.suspendedOn'), key: 'on', render: (_, s) => <DateText value={s.suspendedOn} /> },
          {
            title: st('h.terminationDueOn'),
            key: 'due',
            render: (_, s) =>
              s.terminationDueOn ? (
                <span title={st('h.terminationDueHint')}>
                  <DateText value={s.terminationDueOn} />
                </span>
              ) : (
                '—'
              ),
          },
          { title: st('h.resumedOn'), key: 'resumed', render: (_, s) => <DateText value={s.resumedOn} /> },
          { title: st('h.localRule'), key: 'rule', render: (_, s) => (s.excludedFromPeriod ? st('h.excluded') : st('h.included')) },
        ]}
      />
    </Card>
  );
}

export function WithdrawalSection({ view }: { view: HandlingView }) {
  const st = useStageT();
  const label = useLabel();
  const w = view.withdrawal;
  if (!w) return null;
  return (
    <Card title={st('h.withdrawal')} size="small">
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={st('d.status')}>
          <ToneTag color={w.status === 'approved' ? 'green' : 'blue'}>{st(`h.withdrawal.${w.status}`)}</ToneTag>
          {st(`h.withdrawal.${w.source}`)}
        </Descriptions.Item>
        <Descriptions.Item label={st('h.withdrawRequestedOn')}>
          <DateText value={w.requestedOn} />
        </Descriptions.Item>
        <Descriptions.Item label={st('common.reason')}>{w.reason}</Descriptions.Item>
        {w.approvedOn ? (
          <Descriptions.Item label={st('h.approvedOn')}>
            <DateText value={w.approvedOn} />
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {w.note ? <Alert type="warning" showIcon title={`${label(w.note)}${w.note.article ? `（${w.note.article}）` : ''}`} /> : null}
    </Card>
  );
}

export function ClosureSection({ view }: { view: HandlingView }) {
  const st = useStageT();
  const label = useLabel();
  const c = view.closure;
  if (!c) return null;
  const doc = c.documentAttachmentId ?? view.mediation?.documentAttachmentId ?? null;
  return (
    <Card title={st('h.closure')} size="small">
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={st('h.ending')}>{st(`h.closure.${c.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={st('h.closedOn')}>
          <DateText value={c.closedOn} />
        </Descriptions.Item>
        {c.groundLabel ? (
          <Descriptions.Item label={st('h.ground')}>
            {label(c.groundLabel)}
            {c.groundLabel.article ? `（${c.groundLabel.article}）` : ''}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={st('common.reason')}>{c.reason}</Descriptions.Item>
        {c.agreement ? (
          <Descriptions.Item label={st('h.agreement')} span="filled">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{c.agreement}</Typography.Paragraph>
          </Descriptions.Item>
        ) : null}
        {doc ? (
          <Descriptions.Item label={st('common.document')}>
            <a href={attachmentUrl(doc)}>{st('common.download')}</a>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
