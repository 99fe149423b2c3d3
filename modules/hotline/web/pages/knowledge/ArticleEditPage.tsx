import { App, Button, Card, Flex, Form, Input, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { submitForm } from '../../../../../web/src/components/submit-form';
import type { ArticleBody, ArticleDetail } from '../../../contract/knowledge';
import { useArticle, useCreateArticle, useUpdateArticle } from '../../api/knowledge';
import { CategorySelect } from '../../components/CategorySelect';
import { kbPaths } from '../../knowledge-paths';
import { useKnowledgeT } from '../../knowledge-i18n';
import { LawPicker } from './LawPicker';

/** /workbench/hotline/knowledge/new and /:id/edit — the article editor (saving makes a new working version). */
export default function ArticleEditPage() {
  const { id } = useParams();
  const tr = useKnowledgeT();
  const article = useArticle(id);
  if (!id) return <ArticleForm />;
  if (article.isPending) return <Skeleton active />;
  if (article.isError)
    return (
      <>
        <PageHeading title={tr('page.articleEdit')} />
        <QueryError error={article.error} onRetry={() => void article.refetch()} />
      </>
    );
  return <ArticleForm article={article.data} />;
}

function ArticleForm({ article }: { article?: ArticleDetail }) {
  const tr = useKnowledgeT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<ArticleBody>();
  const create = useCreateArticle();
  const update = useUpdateArticle(article?.id ?? '');
  const saving = create.isPending || update.isPending;
  const save = () =>
    submitForm(form, async (v) => {
      const body: ArticleBody = {
        category: v.category,
        title: v.title.trim(),
        question: v.question.trim(),
        body: v.body.trim(),
        lawArticleIds: v.lawArticleIds ?? [],
      };
      try {
        const saved = article ? await update.mutateAsync({ ...body, version: article.version }) : await create.mutateAsync(body);
        message.success(tr('common.saved'));
        void navigate(kbPaths.article(saved.id));
      } catch (e) {
        onError(e, form);
      }
    });
  const title = article ? tr('page.articleEdit') : tr('page.articleNew');
  return (
    <div className="hl-page">
      <PageHeading title={article ? `${title}：${article.title}` : title} />
      <Card>
        <Form<ArticleBody>
          form={form}
          name="hl-article"
          layout="vertical"
          style={{ maxWidth: 880 }}
          initialValues={
            article
              ? {
                  category: article.category,
                  title: article.title,
                  question: article.question,
                  body: article.body,
                  lawArticleIds: article.lawRefs.map((r) => r.articleId),
                }
              : { lawArticleIds: [] }
          }
        >
          <Form.Item name="category" label={tr('common.category')} rules={[{ required: true }]}>
            <CategorySelect style={{ width: 320 }} />
          </Form.Item>
          <Form.Item name="title" label={tr('kb.title')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="question"
            label={tr('kb.question')}
            extra={tr('kb.questionHelp')}
            rules={[{ required: true, whitespace: true, max: 1000 }]}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
          <Form.Item name="body" label={tr('kb.body')} extra={tr('kb.bodyHelp')} rules={[{ required: true, whitespace: true, max: 8000 }]}>
            <Input.TextArea rows={12} maxLength={8000} showCount />
          </Form.Item>
          <Form.Item name="lawArticleIds" label={tr('kb.laws')} extra={tr('kb.lawsHelp')}>
            <LawPicker known={(article?.lawRefs ?? []).map((r) => ({ articleId: r.articleId, label: r.citation }))} />
          </Form.Item>
          <Flex gap="small">
            <Button type="primary" loading={saving} onClick={() => void save()}>
              {tr('common.save')}
            </Button>
            <Button onClick={() => void navigate(article ? kbPaths.article(article.id) : kbPaths.list)}>{tr('common.cancel')}</Button>
          </Flex>
        </Form>
      </Card>
    </div>
  );
}
