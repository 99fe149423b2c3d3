import { Button, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ObjectionView } from '../../../../contract/objection';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useAidMutation } from '../../../api/keys';
import { workApi } from '../../../api/work';
import { ExplainPopover } from '../../../../../../web/src/components/ExplainedDeadline';
import { useLabel } from '../../../components/labels';
import { TextModal } from '../../../components/TextModal';
import { useAidT } from '../../../i18n';
import { casePath } from '../../../paths';

/** Objections with their 5-day due date (explained) and, for the bureau, 维持 / 责令改正. */
export function ObjectionTable({ items, loading, withCase }: { items: ObjectionView[] | undefined; loading: boolean; withCase?: boolean }) {
  const tr = useAidT();
  const fmt = useFormat();
  const label = useLabel();
  const [deciding, setDeciding] = useState<ObjectionView | null>(null);
  const decide = useAidMutation((b: { oid: string; outcome: 'uphold' | 'correct'; reason: string; version: number }) =>
    workApi.decideObjection(b.oid, { outcome: b.outcome, reason: b.reason, version: b.version }),
  );
  return (
    <>
      <Table<ObjectionView>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={items}
        locale={{ emptyText: tr('obj.empty') }}
        scroll={{ x: 900 }}
        columns={[
          ...(withCase
            ? [
                {
                  key: 'case',
                  title: tr('obj.case'),
                  width: 220,
                  render: (_: unknown, o: ObjectionView) => <Link to={casePath(o.caseId, 'objections')}>{o.caseNumber}</Link>,
                },
              ]
            : []),
          { key: 'against', title: tr('obj.against'), width: 170, render: (_, o) => label(o.againstLabel) },
          { key: 'received', title: tr('obj.receivedOn'), width: 130, render: (_, o) => fmt.date(o.receivedOn) },
          {
            key: 'due',
            title: tr('obj.dueOn'),
            width: 200,
            render: (_, o) => (
              <>
                {fmt.date(o.dueOn)} {o.overdue && o.status === 'open' && <Tag color="red">{tr('obj.overdue')}</Tag>}
                <ExplainPopover title={tr('obj.dueOn')} lines={o.dueExplanation} />
              </>
            ),
          },
          { key: 'reason', title: tr('common.reason'), render: (_, o) => o.reason },
          {
            key: 'status',
            title: tr('obj.status'),
            width: 200,
            render: (_, o) => (
              <>
                <Tag color={o.status === 'open' ? 'blue' : o.status === 'upheld' ? 'default' : 'green'}>{label(o.statusLabel)}</Tag>
                {o.decisionReason && <div>{o.decisionReason}</div>}
                {o.furtherRemedy && <div style={{ fontSize: 12 }}>{label(o.furtherRemedy, true)}</div>}
                {o.abilities.canDecide && (
                  <Button size="small" type="primary" onClick={() => setDeciding(o)}>
                    {tr('obj.decide')}
                  </Button>
                )}
              </>
            ),
          },
        ]}
      />
      <TextModal
        open={deciding !== null}
        title={tr('obj.decide')}
        formName="aid-obj-decide"
        label={tr('common.reason')}
        choice={{ label: tr('obj.outcome'), yes: tr('obj.uphold'), no: tr('obj.correct') }}
        onClose={() => setDeciding(null)}
        onSubmit={(reason, uphold) =>
          decide.mutateAsync({ oid: deciding!.id, outcome: uphold ? 'uphold' : 'correct', reason, version: deciding!.version })
        }
      />
    </>
  );
}
