import { Button, Card, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { categoryLabels } from '../../../contract/enums';
import { type ArticleVersion, useArticleVersions } from '../../api/knowledge';
import { useKnowledgeT } from '../../knowledge-i18n';
import { diffTexts } from './text-diff';

const reviewColors: Record<ArticleVersion['reviewState'], string> = {
  draft: 'default',
  inReview: 'orange',
  approved: 'green',
  rejected: 'red',
};

/** The versions of an article: who edited and reviewed when, and a readable diff of the answer. */
export function ArticleVersions({ articleId }: { articleId: string }) {
  const tr = useKnowledgeT();
  const lt = useLocalText();
  const { dateTime } = useFormat();
  const versions = useArticleVersions(articleId);
  const [shown, setShown] = useState<{ from: ArticleVersion; to: ArticleVersion } | null>(null);
  const items = versions.data?.items ?? [];
  const previousOf = (v: ArticleVersion) => items.filter((x) => x.versionNo < v.versionNo).sort((a, b) => b.versionNo - a.versionNo)[0];
  return (
    <Card title={tr('kb.versions')}>
      {versions.isError && <QueryError error={versions.error} onRetry={() => void versions.refetch()} />}
      <Table<ArticleVersion>
        rowKey="versionNo"
        size="small"
        loading={versions.isFetching}
        dataSource={items}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          {
            title: tr('kb.version'),
            dataIndex: 'versionNo',
            width: 140,
            render: (n: number, v) => (
              <Space size={4}>
                {tr('kb.versionN', { n })}
                {v.published && <Tag color="green">{tr('kb.approved')}</Tag>}
              </Space>
            ),
          },
          {
            title: tr('common.state'),
            dataIndex: 'reviewState',
            width: 110,
            render: (_: unknown, v) => <Tag color={reviewColors[v.reviewState]}>{lt(v.reviewStateLabel)}</Tag>,
          },
          {
            title: tr('kb.editedBy'),
            dataIndex: 'editedBy',
            render: (_: unknown, v) => `${v.editedByName ?? v.editedBy} · ${dateTime(v.editedAt)}`,
          },
          {
            title: tr('kb.reviewedBy'),
            dataIndex: 'reviewedBy',
            render: (_: unknown, v) => (v.reviewedAt ? `${v.reviewedByName ?? v.reviewedBy ?? ''} · ${dateTime(v.reviewedAt)}` : '—'),
          },
          { title: tr('kb.reviewComment'), dataIndex: 'reviewComment', render: (c: string | null) => c ?? '—' },
          {
            title: tr('kb.diff'),
            key: 'diff',
            width: 170,
            render: (_: unknown, v) => {
              const prev = previousOf(v);
              return prev ? (
                <Button size="small" onClick={() => setShown({ from: prev, to: v })}>
                  {tr('kb.diff')}
                </Button>
              ) : (
                <Typography.Text type="secondary">{tr('kb.diffFirst')}</Typography.Text>
              );
            },
          },
        ]}
      />
      <Modal
        open={Boolean(shown)}
        width={820}
        title={shown ? tr('kb.diffTitle', { from: shown.from.versionNo, to: shown.to.versionNo }) : ''}
        onCancel={() => setShown(null)}
        footer={null}
        destroyOnHidden
      >
        {shown && <VersionDiff from={shown.from} to={shown.to} />}
      </Modal>
    </Card>
  );
}

function VersionDiff({ from, to }: { from: ArticleVersion; to: ArticleVersion }) {
  const tr = useKnowledgeT();
  const lt = useLocalText();
  const parts = diffTexts(from.body, to.body);
  const cat = (c: string) => (categoryLabels[c] ? lt(categoryLabels[c]) : c);
  const other = [
    from.title !== to.title && tr('kb.diffTitleChanged', { from: from.title, to: to.title }),
    from.category !== to.category && tr('kb.diffCategoryChanged', { from: cat(from.category), to: cat(to.category) }),
    from.question !== to.question && tr('kb.diffQuestionChanged'),
    from.lawArticleIds.join() !== to.lawArticleIds.join() && tr('kb.diffLawsChanged'),
  ].filter((x): x is string => Boolean(x));
  const changed = parts.some((p) => p.kind !== 'same');
  return (
    <>
      <p className="hl-diff" style={{ display: 'inline-block' }}>
        <del>{tr('kb.diffRemoved')}</del> <ins>{tr('kb.diffAdded')}</ins>
      </p>
      {changed ? (
        <div className="hl-diff" aria-label={tr('kb.body')}>
          {parts.map((p, i) =>
            p.kind === 'same' ? (
              <span key={i}>{p.text}</span>
            ) : p.kind === 'removed' ? (
              <del key={i}>{p.text}</del>
            ) : (
              <ins key={i}>{p.text}</ins>
            ),
          )}
        </div>
      ) : (
        <p>{tr('kb.diffNone')}</p>
      )}
      {other.length > 0 && (
        <>
          <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
            {tr('kb.diffOther')}
          </Typography.Title>
          <ul>
            {other.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
