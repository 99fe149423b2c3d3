import { Button, Card, Form, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import type { CaseworkView } from '../../../../contract/casework';
import { terminationGroundLabels, terminationGrounds, type TerminationGround } from '../../../../contract/enums';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useAidMutation } from '../../../api/keys';
import { workApi } from '../../../api/work';
import { useLabel, useOptions } from '../../../components/labels';
import { TextModal } from '../../../components/TextModal';
import { useAidT } from '../../../i18n';

type Dialog = { kind: 'report' } | { kind: 'decide'; reportId?: string; ground?: TerminationGround } | null;

/** 第四十八条: the provider reports a ground, the centre decides (terminate, or not), with notice. */
export function TerminationSection({ caseId, w }: { caseId: string; w: CaseworkView }) {
  const tr = useAidT();
  const fmt = useFormat();
  const label = useLabel();
  const options = useOptions();
  const [dialog, setDialog] = useState<Dialog>(null);
  const report = useAidMutation((b: { ground: TerminationGround; facts: string }) => workApi.reportTermination(caseId, b));
  const decide = useAidMutation((b: { ground: TerminationGround; reason: string; reportId?: string; reject: boolean }) =>
    workApi.decideTermination(caseId, b),
  );
  const a = w.abilities;
  if (w.terminations.length === 0 && !a.canReportTermination && !a.canDecideTermination) return null;
  const groundField = (
    <Form.Item name="ground" label={tr('work.ground')} rules={[{ required: true, message: tr('common.required') }]}>
      <Select options={options(terminationGrounds, terminationGroundLabels)} />
    </Form.Item>
  );
  return (
    <Card
      size="small"
      title={tr('work.terminations')}
      extra={
        <Space>
          {a.canReportTermination && <Button onClick={() => setDialog({ kind: 'report' })}>{tr('work.reportTermination')}</Button>}
          {a.canDecideTermination && (
            <Button danger onClick={() => setDialog({ kind: 'decide' })}>
              {tr('work.decideTermination')}
            </Button>
          )}
        </Space>
      }
    >
      {w.terminations.length === 0 && tr('work.empty')}
      <ul className="aid-list">
        {w.terminations.map((t) => (
          <li key={t.id}>
            <Tag>{tr(`work.status.${t.status}`)}</Tag>
            {label(t.groundLabel, true)} · {t.facts}
            {t.decidedOn && ` · ${fmt.date(t.decidedOn)} ${t.decisionReason ?? ''}`}
            {t.status === 'reported' && a.canDecideTermination && (
              <Button size="small" type="link" onClick={() => setDialog({ kind: 'decide', reportId: t.id, ground: t.ground })}>
                {tr('work.decideTermination')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <TextModal
        open={dialog?.kind === 'report'}
        title={tr('work.reportTermination')}
        formName="aid-term-report"
        label={tr('work.facts')}
        extra={groundField}
        onClose={() => setDialog(null)}
        onSubmit={(facts, _c, v) => report.mutateAsync({ ground: v.ground as TerminationGround, facts })}
      />
      <TextModal
        open={dialog?.kind === 'decide'}
        title={tr('work.decideTermination')}
        formName="aid-term-decide"
        label={tr('common.reason')}
        danger
        choice={
          dialog?.kind === 'decide' && dialog.reportId
            ? { label: tr('obj.outcome'), yes: tr('work.decideTermination'), no: tr('work.rejectReport') }
            : undefined
        }
        extra={groundField}
        initialValues={{ ground: dialog?.kind === 'decide' ? dialog.ground : undefined }}
        onClose={() => setDialog(null)}
        onSubmit={(reason, yes, v) =>
          decide.mutateAsync({
            ground: v.ground as TerminationGround,
            reason,
            reportId: dialog?.kind === 'decide' ? dialog.reportId : undefined,
            reject: !yes,
          })
        }
      />
    </Card>
  );
}
