import { Form, Select } from 'antd';
import { caseSourceLabels, caseSources, caseStateLabels, caseStates, disputeKindLabels, disputeKinds } from '../../../../contract/enums';
import { CaseListFilterForm } from '../../../../../../web/src/components/CaseListFilterForm';
import { useEnumOptions } from '../../../components/CaseStateTag';
import { useMedT } from '../../../i18n';
import type { CaseListFilters } from './list-query';

/** The case list's filters (one column on a phone); submitting starts again at page 1. */
export function CaseFilters({ value, onChange }: { value: CaseListFilters; onChange(q: CaseListFilters): void }) {
  const tr = useMedT();
  const options = useEnumOptions();
  return (
    <CaseListFilterForm
      name="med-case-filters"
      className="med-filters"
      value={value}
      onChange={onChange}
      tr={tr}
      keep={{ orgId: value.orgId, mediatorId: value.mediatorId }}
    >
      <Form.Item name="state" label={tr('filter.state')}>
        <Select allowClear style={{ width: 170 }} options={options(caseStates, caseStateLabels)} />
      </Form.Item>
      <Form.Item name="kind" label={tr('filter.kind')}>
        <Select allowClear style={{ width: 150 }} options={options(disputeKinds, disputeKindLabels)} />
      </Form.Item>
      <Form.Item name="source" label={tr('filter.source')}>
        <Select allowClear style={{ width: 180 }} options={options(caseSources, caseSourceLabels)} />
      </Form.Item>
    </CaseListFilterForm>
  );
}
