import { App, Button, Card, Form, Input } from 'antd';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { submitForm } from '../../../../../web/src/components/submit-form';
import type { ConsultationAnswerBody, StaffConsultation } from '../../../contract/consultation';
import { useAnswerConsultation, useConsultationSuggestions } from '../../api/consultations';
import { type InsertedSuggestion, SuggestionPanel } from '../../components/SuggestionPanel';
import { useKnowledgeT } from '../../knowledge-i18n';
import { LawPicker } from '../knowledge/LawPicker';

/** The suggestions for the question and the answer form (shown when `abilities.answer`). */
export function AnswerCard({ c }: { c: StaffConsultation }) {
  const tr = useKnowledgeT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<ConsultationAnswerBody>();
  const answer = useAnswerConsultation(c.id);
  const suggestions = useConsultationSuggestions(c.question, c.category);
  const insert = (s: InsertedSuggestion) => {
    const current = (form.getFieldValue('answer') as string | undefined) ?? '';
    form.setFieldValue('answer', current ? `${current}\n\n${s.text}` : s.text);
  };
  const submit = () =>
    submitForm(form, async (v) => {
      try {
        await answer.mutateAsync({ answer: v.answer.trim(), lawArticleIds: v.lawArticleIds ?? [] });
        message.success(tr('cq.answered'));
      } catch (e) {
        onError(e, form);
      }
    });
  return (
    <>
      <SuggestionPanel title={tr('cq.suggestions')} results={suggestions.data} loading={suggestions.isFetching} onInsert={insert} />
      <Card title={tr('cq.answer')} style={{ marginTop: 16 }}>
        <Form
          form={form}
          name="hl-cq-answer"
          layout="vertical"
          initialValues={{ answer: c.answer ?? '', lawArticleIds: c.lawRefs.map((r) => r.articleId) }}
        >
          <Form.Item name="answer" label={tr('cq.answer')} extra={tr('cq.answerHelp')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={10} maxLength={8000} showCount />
          </Form.Item>
          <Form.Item name="lawArticleIds" label={tr('cq.answerLaws')} extra={tr('kb.lawsHelp')}>
            <LawPicker known={c.lawRefs.map((r) => ({ articleId: r.articleId, label: r.citation }))} />
          </Form.Item>
          <Button type="primary" loading={answer.isPending} onClick={() => void submit()}>
            {tr('cq.answerSubmit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
