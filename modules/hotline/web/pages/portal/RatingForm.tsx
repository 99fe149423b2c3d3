import { Button, Form, Input, Radio } from 'antd';
import { submitForm } from '../../../../../web/src/components/submit-form';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { type Satisfaction, satisfactionLabels, satisfactionRatings } from '../../../contract/survey';
import { useHotlinePortalT } from '../../portal-i18n';

export interface RatingValues {
  rating: Satisfaction;
  comment?: string;
}

/**
 * Three choices (满意/基本满意/不满意) and an optional comment; used by the SMS survey page, the citizen's
 * contacts and the online consultation. `onSubmit` gets the trimmed values; the caller's mutation puts
 * server errors on the fields through the `form` it passes.
 */
export function RatingForm({
  form,
  label,
  submitText,
  loading,
  onSubmit,
  dissatisfiedHint,
  idPrefix,
  maxComment = 1000,
}: {
  form: ReturnType<typeof Form.useForm<RatingValues>>[0];
  label: string;
  submitText: string;
  loading: boolean;
  onSubmit: (values: RatingValues) => void;
  dissatisfiedHint?: string;
  /** Distinct field ids when several forms share a page. */
  idPrefix?: string;
  /** The server's limit of the comment. */
  maxComment?: number;
}) {
  const t = useHotlinePortalT();
  const text = useLocalText();
  const rating = Form.useWatch('rating', form);
  const submit = () => submitForm(form, (v) => onSubmit({ rating: v.rating, comment: v.comment?.trim() ? v.comment.trim() : undefined }));
  return (
    <Form form={form} name={idPrefix} layout="vertical" onFinish={() => void submit()} requiredMark={false}>
      <Form.Item name="rating" label={label} rules={[{ required: true, message: t('survey.ratingRequired') }]} className="hl-portal-choice">
        <Radio.Group style={{ width: '100%' }}>
          {satisfactionRatings.map((r) => (
            <Radio key={r} value={r}>
              {text(satisfactionLabels[r])}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      {rating === 'dissatisfied' && dissatisfiedHint && <p role="note">{dissatisfiedHint}</p>}
      <Form.Item name="comment" label={t('survey.comment')}>
        <Input.TextArea rows={3} maxLength={maxComment} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={loading}>
        {submitText}
      </Button>
    </Form>
  );
}
