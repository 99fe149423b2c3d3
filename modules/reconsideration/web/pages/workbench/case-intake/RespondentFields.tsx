import { Card, Form, Input, Radio, Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useRespondents } from '../../../api/cases';
import { useReconT } from '../../../i18n';

/** 被申请人: an agency from the organisation register (行政执法部门), or typed in when it is not there. */
export function RespondentFields() {
  const tr = useReconT();
  const mode = Form.useWatch('respondentMode');
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search);
  const respondents = useRespondents(q);
  return (
    <Card title={<h2 className="tp-card-title">{tr('intake.respondent')}</h2>}>
      <Form.Item name="respondentMode" label={tr('intake.respondentMode')}>
        <Radio.Group
          options={[
            { value: 'pick', label: tr('intake.respondentPick') },
            { value: 'free', label: tr('intake.respondentFree') },
          ]}
        />
      </Form.Item>
      {mode === 'free' ? (
        <Form.Item
          name="respondentName"
          label={tr('intake.respondentName')}
          rules={[{ required: true, whitespace: true, message: tr('intake.respondentNameRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      ) : (
        <Form.Item
          name="respondentOrgId"
          label={tr('intake.respondentOrg')}
          rules={[{ required: true, message: tr('intake.respondentOrgRequired') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder={tr('intake.respondentSearch')}
            loading={respondents.isFetching}
            options={respondents.data?.items.map((r) => ({ value: r.id, label: r.name }))}
            style={{ maxWidth: 480 }}
          />
        </Form.Item>
      )}
    </Card>
  );
}
