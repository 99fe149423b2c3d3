import { Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { QualityView } from '../../../../contract/quality';
import { QueryError } from '../../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { useAidMutation } from '../../../api/keys';
import { useQuality, useRubric, workApi } from '../../../api/work';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { useLabel } from '../../../components/labels';
import { useAidT } from '../../../i18n';

type Review = QualityView['reviews'][number];
type Followup = QualityView['followups'][number];

/** 卷宗评查 with the rubric (local, configurable), and follow-up calls with satisfaction (第五十七、五十九条). */
export function QualityTab({ caseId }: { caseId: string }) {
  const tr = useAidT();
  const fmt = useFormat();
  const text = useLocalText();
  const label = useLabel();
  const quality = useQuality(caseId, true);
  const [dialog, setDialog] = useState<'review' | 'followup' | null>(null);
  const rubric = useRubric(dialog === 'review');
  const [reviewForm] = Form.useForm<{ scores: Record<string, number>; comments?: string; reviewedOn: Dayjs }>();
  const [followForm] = Form.useForm<{
    channel: 'phone' | 'visit';
    contactedOn: Dayjs;
    reached: boolean;
    satisfaction?: number;
    comment?: string;
  }>();
  const review = useAidMutation((b: { scores: Record<string, number>; comments?: string; reviewedOn: string }) =>
    workApi.review(caseId, b),
  );
  const followup = useAidMutation(
    (b: { channel: 'phone' | 'visit'; contactedOn: string; reached: boolean; satisfaction?: number; comment?: string }) =>
      workApi.followup(caseId, b),
  );
  if (quality.isError) return <QueryError error={quality.error} onRetry={() => void quality.refetch()} />;
  const q = quality.data;
  if (!q) return <Card loading />;
  return (
    <div className="tp-stack">
      <Card
        size="small"
        title={tr('q.reviews')}
        extra={q.abilities.canReview && <Button onClick={() => setDialog('review')}>{tr('q.addReview')}</Button>}
      >
        <Table<Review>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={q.reviews}
          locale={{ emptyText: tr('work.empty') }}
          columns={[
            { key: 'on', title: tr('q.reviewedOn'), width: 130, render: (_, r) => fmt.date(r.reviewedOn) },
            {
              key: 'total',
              title: tr('sub.total'),
              width: 160,
              render: (_, r) => (
                <Space>
                  {r.total}
                  <Tag>{label(r.gradeLabel)}</Tag>
                </Space>
              ),
            },
            {
              key: 'items',
              title: tr('q.reviews'),
              render: (_, r) => r.items.map((i) => `${text(i)} ${i.points}/${i.maxPoints}`).join('；'),
            },
            { key: 'comments', title: tr('q.comments'), render: (_, r) => r.comments },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={tr('q.followups')}
        extra={q.abilities.canFollowUp && <Button onClick={() => setDialog('followup')}>{tr('q.addFollowup')}</Button>}
      >
        <Table<Followup>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={q.followups}
          locale={{ emptyText: tr('work.empty') }}
          columns={[
            { key: 'on', title: tr('common.date'), width: 130, render: (_, f) => fmt.date(f.contactedOn) },
            { key: 'channel', title: tr('q.channel'), width: 100, render: (_, f) => tr(`q.channel.${f.channel}`) },
            { key: 'reached', title: tr('q.reached'), width: 110, render: (_, f) => tr(f.reached ? 'common.yes' : 'common.no') },
            { key: 'sat', title: tr('q.satisfaction'), width: 110, render: (_, f) => f.satisfaction ?? '—' },
            { key: 'comment', title: tr('q.comment'), render: (_, f) => f.comment },
          ]}
        />
      </Card>
      <FormModal
        open={dialog === 'review'}
        title={tr('q.addReview')}
        formName="aid-q-review"
        form={reviewForm}
        busy={review.isPending}
        initialValues={{ reviewedOn: dayjs() }}
        onClose={() => setDialog(null)}
        onSubmit={(v) =>
          review.mutateAsync({ scores: v.scores, comments: v.comments?.trim() || undefined, reviewedOn: v.reviewedOn.format('YYYY-MM-DD') })
        }
      >
        {rubric.data && <p>{label(rubric.data.note, true)}</p>}
        {rubric.data?.items.map((i) => (
          <Form.Item
            key={i.key}
            name={['scores', i.key]}
            label={`${text(i)}（0–${i.maxPoints}）`}
            rules={[{ required: true, message: tr('common.required') }]}
          >
            <InputNumber min={0} max={i.maxPoints} precision={0} />
          </Form.Item>
        ))}
        <Form.Item name="reviewedOn" label={tr('q.reviewedOn')} rules={[{ required: true, message: tr('common.required') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="comments" label={tr('q.comments')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </FormModal>
      <FormModal
        open={dialog === 'followup'}
        title={tr('q.addFollowup')}
        formName="aid-q-follow"
        form={followForm}
        busy={followup.isPending}
        initialValues={{ channel: 'phone', contactedOn: dayjs(), reached: true }}
        onClose={() => setDialog(null)}
        onSubmit={(v) =>
          followup.mutateAsync({
            channel: v.channel,
            contactedOn: v.contactedOn.format('YYYY-MM-DD'),
            reached: v.reached,
            satisfaction: v.satisfaction ?? undefined,
            comment: v.comment?.trim() || undefined,
          })
        }
      >
        <Form.Item name="channel" label={tr('q.channel')}>
          <Radio.Group
            options={[
              { value: 'phone', label: tr('q.channel.phone') },
              { value: 'visit', label: tr('q.channel.visit') },
            ]}
          />
        </Form.Item>
        <Form.Item name="contactedOn" label={tr('common.date')} rules={[{ required: true, message: tr('common.required') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="reached" valuePropName="checked">
          <Checkbox>{tr('q.reached')}</Checkbox>
        </Form.Item>
        <Form.Item name="satisfaction" label={tr('q.satisfaction')}>
          <InputNumber min={1} max={5} precision={0} />
        </Form.Item>
        <Form.Item name="comment" label={tr('q.comment')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
