import { Form, Select } from 'antd';
import { actKindLabels, actKinds, caseStateLabels, caseStates, procedureLabels, procedures } from '../../../../contract/enums';
import { CaseListFilterForm } from '../../../../../../web/src/components/CaseListFilterForm';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import type { CaseListFilters } from '../../../api/cases';
import { useReconT } from '../../../i18n';

/** The case list's filters; submitting starts again at page 1. */
export function CaseFilters({ value, onChange }: { value: CaseListFilters; onChange(q: CaseListFilters): void }) {
  const tr = useReconT();
  const text = useLocalText();
  const late = (
    <Form.Item name="late" label={tr('filter.late')}>
      <Select
        allowClear
        style={{ width: 150 }}
        options={[
          { value: 'true', label: tr('filter.lateYes') },
          { value: 'false', label: tr('filter.lateNo') },
        ]}
      />
    </Form.Item>
  );
  return (
    <CaseListFilterForm name="recon-case-filters" className="recon-filters" value={value} onChange={onChange} tr={tr} afterDeadline={late}>
      <Form.Item name="state" label={tr('filter.state')}>
        <Select allowClear style={{ width: 150 }} options={caseStates.map((s) => ({ value: s, label: text(caseStateLabels[s]) }))} />
      </Form.Item>
      <Form.Item name="procedure" label={tr('filter.procedure')}>
        <Select allowClear style={{ width: 120 }} options={procedures.map((p) => ({ value: p, label: text(procedureLabels[p]) }))} />
      </Form.Item>
      <Form.Item name="actKind" label={tr('filter.actKind')}>
        <Select allowClear style={{ width: 160 }} options={actKinds.map((k) => ({ value: k, label: text(actKindLabels[k]) }))} />
      </Form.Item>
    </CaseListFilterForm>
  );
}
