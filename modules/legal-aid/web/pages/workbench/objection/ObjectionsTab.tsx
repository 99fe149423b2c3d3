import { Button, Card, DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useCan } from '../../../../../../web/src/access/can';
import { QueryError } from '../../../../../../web/src/components/QueryError';
import { useAidMutation } from '../../../api/keys';
import { useCaseObjections, workApi } from '../../../api/work';
import { TextModal } from '../../../components/TextModal';
import { useAidT } from '../../../i18n';
import { ObjectionTable } from './ObjectionTable';

/** 第四十九条: objections against a denial or termination on this case; the bureau decides within 5 days. */
export function ObjectionsTab({ caseId }: { caseId: string }) {
  const tr = useAidT();
  const can = useCan();
  const list = useCaseObjections(caseId);
  const [open, setOpen] = useState(false);
  const record = useAidMutation((b: { reason: string; receivedOn: string }) => workApi.recordObjection(caseId, b));
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Card
      size="small"
      title={tr('obj.title')}
      extra={
        can({ anyOf: ['legalAid.application.intake', 'legalAid.objection.decide'] }) && (
          <Button onClick={() => setOpen(true)}>{tr('obj.record')}</Button>
        )
      }
    >
      <ObjectionTable items={list.data?.items} loading={list.isPending} />
      <TextModal
        open={open}
        title={tr('obj.record')}
        formName="aid-obj-record"
        label={tr('common.reason')}
        initialValues={{ receivedOn: dayjs() }}
        extra={
          <Form.Item name="receivedOn" label={tr('obj.receivedOn')} rules={[{ required: true, message: tr('common.required') }]}>
            <DatePicker />
          </Form.Item>
        }
        onClose={() => setOpen(false)}
        onSubmit={(reason, _c, v) => record.mutateAsync({ reason, receivedOn: (v.receivedOn as Dayjs).format('YYYY-MM-DD') })}
      />
    </Card>
  );
}
