import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { ReasonModal } from '../../../../../web/src/components/ReasonModal';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import type { ArticleDetail } from '../../../contract/knowledge';
import { useArticle, useReviewArticle, useSubmitArticle } from '../../api/knowledge';
import { kbPaths } from '../../knowledge-paths';
import { useKnowledgeT } from '../../knowledge-i18n';
import { ArticleVersions } from './ArticleVersions';
import './knowledge.css';

/** /workbench/hotline/knowledge/:id — the article, its review actions (by `abilities`) and versions. */
export default function ArticlePage() {
  const { id = '' } = useParams();
  const tr = useKnowledgeT();
  const article = useArticle(id);
  if (article.isPending) return <Skeleton active />;
  if (article.isError)
    return (
      <>
        <PageHeading title={tr('page.article')} />
        <QueryError error={article.error} onRetry={() => void article.refetch()} />
      </>
    );
  return <ArticleView article={article.data} />;
}

function ArticleView({ article: a }: { article: ArticleDetail }) {
  const tr = useKnowledgeT();
  const lt = useLocalText();
  const { dateTime } = useFormat();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const submit = useSubmitArticle(a.id);
  const review = useReviewArticle(a.id);
  const [rejecting, setRejecting] = useState(false);
  const unpublishedChanges = a.publishedVersion !== null && a.publishedVersion !== a.currentVersion;
  return (
    <div className="hl-page">
      <PageHeading
        title={a.title}
        extra={
          <Space wrap>
            <Link to={kbPaths.list}>{tr('common.back')}</Link>
            {a.abilities.edit && <Button onClick={() => void navigate(kbPaths.edit(a.id))}>{tr('kb.edit')}</Button>}
            {a.abilities.submit && (
              <Popconfirm
                title={tr('kb.submitConfirm')}
                onConfirm={() => submit.mutateAsync(undefined).then(() => void message.success(tr('kb.submitted')), onError)}
              >
                <Button type="primary" loading={submit.isPending}>
                  {tr('kb.submit')}
                </Button>
              </Popconfirm>
            )}
            {a.abilities.review && (
              <>
                <Popconfirm
                  title={tr('kb.approveConfirm')}
                  onConfirm={() => review.mutateAsync({ decision: 'approve' }).then(() => void message.success(tr('kb.approved')), onError)}
                >
                  <Button type="primary" loading={review.isPending}>
                    {tr('kb.approve')}
                  </Button>
                </Popconfirm>
                <Button danger onClick={() => setRejecting(true)}>
                  {tr('kb.reject')}
                </Button>
              </>
            )}
          </Space>
        }
      />
      <div className="tp-stack">
        {a.reviewComment && a.state === 'draft' && (
          <Alert type="warning" showIcon title={tr('kb.reviewComment')} description={a.reviewComment} />
        )}
        {unpublishedChanges && <Alert type="info" showIcon title={tr('kb.publishedDiffers')} />}
        <Card title={`${tr('kb.working')}（${tr('kb.versionN', { n: a.currentVersion })}）`}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'cat', label: tr('common.category'), children: lt(a.categoryLabel) },
              { key: 'state', label: tr('common.state'), children: <Tag>{lt(a.stateLabel)}</Tag> },
              {
                key: 'pub',
                label: tr('kb.publishedVersion'),
                children: a.publishedVersion
                  ? `${tr('kb.versionN', { n: a.publishedVersion })} · ${dateTime(a.publishedAt)}`
                  : tr('kb.notPublished'),
              },
              { key: 'upd', label: tr('common.updatedAt'), children: dateTime(a.updatedAt) },
            ]}
          />
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
            {tr('kb.question')}
          </Typography.Title>
          <div className="hl-kb-text">{a.question}</div>
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
            {tr('kb.body')}
          </Typography.Title>
          <div className="hl-kb-text">{a.body}</div>
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
            {tr('kb.laws')}
          </Typography.Title>
          {a.lawRefs.length === 0 ? (
            <Typography.Text type="secondary">{tr('kb.lawsEmpty')}</Typography.Text>
          ) : (
            <Flex wrap gap="small">
              {a.lawRefs.map((r) => (
                <Link key={r.articleId} to={r.link}>
                  {r.citation}
                </Link>
              ))}
            </Flex>
          )}
        </Card>
        {unpublishedChanges && a.publishedBody && (
          <Card title={`${tr('kb.published')}（${tr('kb.versionN', { n: a.publishedVersion! })}）`}>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {a.publishedTitle}
            </Typography.Title>
            <div className="hl-kb-text">{a.publishedBody}</div>
          </Card>
        )}
        <ArticleVersions articleId={a.id} />
      </div>
      <ReasonModal
        open={rejecting}
        title={tr('kb.rejectTitle')}
        formName="hl-kb-reject"
        okText={tr('kb.reject')}
        danger
        onSubmit={(comment) => review.mutateAsync({ decision: 'reject', comment }).then(() => void message.success(tr('kb.rejected')))}
        onClose={() => setRejecting(false)}
      />
    </div>
  );
}
