import { Alert, App, Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import type { StaffConsultation } from '../../../contract/consultation';
import { attachmentUrl, useClaimConsultation, useConsultation, useOpinionLetter } from '../../api/consultations';
import { kbPaths } from '../../knowledge-paths';
import { useKnowledgeT } from '../../knowledge-i18n';
import '../knowledge/knowledge.css';
import { AnswerCard } from './AnswerCard';
import { DueTag } from './DueTag';
import { ProposePublicModal } from './ProposePublicModal';

/** /workbench/hotline/consultations/:id — question, attachments, suggestions, answer, letter, public Q&A. */
export default function ConsultationDetailPage() {
  const { id = '' } = useParams();
  const tr = useKnowledgeT();
  const c = useConsultation(id);
  if (c.isPending) return <Skeleton active />;
  if (c.isError)
    return (
      <>
        <PageHeading title={tr('page.consultation')} />
        <QueryError error={c.error} onRetry={() => void c.refetch()} />
      </>
    );
  return <ConsultationView c={c.data} />;
}

function ConsultationView({ c }: { c: StaffConsultation }) {
  const tr = useKnowledgeT();
  const lt = useLocalText();
  const { dateTime } = useFormat();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const claim = useClaimConsultation(c.id);
  const letter = useOpinionLetter(c.id);
  const [proposing, setProposing] = useState(false);
  return (
    <div className="hl-page">
      <PageHeading
        title={`${tr('page.consultation')} ${c.number}`}
        extra={
          <Space wrap>
            <Link to={kbPaths.consultations}>{tr('common.back')}</Link>
            {c.abilities.claim && (
              <Button
                type="primary"
                loading={claim.isPending}
                onClick={() => claim.mutateAsync(undefined).then(() => void message.success(tr('cq.claimed')), onError)}
              >
                {tr('cq.claim')}
              </Button>
            )}
            {c.abilities.opinionLetter && (
              <Popconfirm
                title={c.letterAttachmentId ? tr('cq.letterRegenerate') : tr('cq.letterGenerate')}
                onConfirm={() =>
                  letter
                    .mutateAsync(undefined)
                    .then((r) => void message.success(r.served ? tr('cq.letterServed') : tr('cq.letterDone')), onError)
                }
              >
                <Button loading={letter.isPending}>{c.letterAttachmentId ? tr('cq.letterRegenerate') : tr('cq.letterGenerate')}</Button>
              </Popconfirm>
            )}
            {c.abilities.proposePublic && <Button onClick={() => setProposing(true)}>{tr('cq.propose')}</Button>}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={c.abilities.answer ? 11 : 24}>
          <Flex vertical gap={16}>
            <Card title={tr('cq.citizenQuestion')}>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'cat', label: tr('common.category'), children: lt(c.categoryLabel) },
                  { key: 'state', label: tr('common.state'), children: <Tag>{lt(c.stateLabel)}</Tag> },
                  { key: 'sub', label: tr('cq.submittedAt'), children: dateTime(c.submittedAt) },
                  {
                    key: 'due',
                    label: tr('cq.dueAt'),
                    children: (
                      <span>
                        <DueTag dueAt={c.dueAt} overdue={c.overdue} answeredAt={c.answeredAt} /> {dateTime(c.dueAt)}
                      </span>
                    ),
                  },
                  { key: 'who', label: tr('cq.claimedBy'), children: c.answeredByName ?? c.claimedByName ?? '—' },
                ]}
              />
              <Typography.Paragraph className="hl-kb-text" style={{ marginTop: 12 }}>
                {c.question}
              </Typography.Paragraph>
              <Typography.Title level={2} style={{ fontSize: 15 }}>
                {tr('cq.attachments')}
              </Typography.Title>
              {c.attachments.length === 0 ? (
                <Typography.Text type="secondary">{tr('cq.noAttachments')}</Typography.Text>
              ) : (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {c.attachments.map((a) => (
                    <li key={a.id}>
                      <a href={attachmentUrl(a.id)} target="_blank" rel="noreferrer">
                        {a.fileName}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            {c.answer && (
              <Card title={tr('cq.answered')}>
                <Typography.Paragraph className="hl-kb-text">{c.answer}</Typography.Paragraph>
                {c.lawRefs.length > 0 && (
                  <Flex wrap gap="small">
                    {c.lawRefs.map((r) => (
                      <Link key={r.articleId} to={r.link}>
                        {r.citation}
                      </Link>
                    ))}
                  </Flex>
                )}
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                  {tr('cq.answeredBy')}
                  {tr('common.colon')}
                  {c.answeredByName ?? '—'} · {dateTime(c.answeredAt)}
                </Typography.Paragraph>
              </Card>
            )}
            {c.letterAttachmentId && (
              <Alert
                type="success"
                showIcon
                title={tr('cq.letter')}
                action={
                  <a href={attachmentUrl(c.letterAttachmentId)} target="_blank" rel="noreferrer">
                    {tr('cq.letterDownload')}
                  </a>
                }
              />
            )}
            {c.answeredAt && (
              <Card title={tr('cq.rating')} size="small">
                {c.rating && c.ratingLabel ? (
                  <>
                    <Tag color={c.rating === 'dissatisfied' ? 'red' : 'green'}>{lt(c.ratingLabel)}</Tag>
                    {c.ratingComment && <Typography.Paragraph style={{ marginTop: 8 }}>{c.ratingComment}</Typography.Paragraph>}
                  </>
                ) : (
                  <Typography.Text type="secondary">{tr('cq.notRated')}</Typography.Text>
                )}
              </Card>
            )}
          </Flex>
        </Col>
        {c.abilities.answer && (
          <Col xs={24} xl={13}>
            <AnswerCard c={c} />
          </Col>
        )}
      </Row>
      {c.abilities.proposePublic && <ProposePublicModal c={c} open={proposing} onClose={() => setProposing(false)} />}
    </div>
  );
}
