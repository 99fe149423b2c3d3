import { Button, Card, Col, Row, Tag } from 'antd';
import { useState } from 'react';
import type { CaseworkView } from '../../../../contract/casework';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useAidMutation } from '../../../api/keys';
import { workApi } from '../../../api/work';
import { TextModal } from '../../../components/TextModal';
import { useAidT } from '../../../i18n';

type Dialog = { kind: 'replacement' | 'complaint' } | { kind: 'decideReplacement' | 'handleComplaint'; id: string } | null;

/** 第五十五条: the recipient's requests to replace the provider, and complaints — recorded and decided. */
export function RequestsSection({ caseId, w }: { caseId: string; w: CaseworkView }) {
  const tr = useAidT();
  const fmt = useFormat();
  const [dialog, setDialog] = useState<Dialog>(null);
  const a = w.abilities;
  const recordReplacement = useAidMutation((reason: string) => workApi.replacementRequest(caseId, { reason }));
  const decideReplacement = useAidMutation((b: { rid: string; approve: boolean; reason: string }) =>
    workApi.decideReplacement(caseId, b.rid, { approve: b.approve, reason: b.reason }),
  );
  const recordComplaint = useAidMutation((content: string) => workApi.complaint(caseId, { content }));
  const handleComplaint = useAidMutation((b: { cid: string; result: string }) =>
    workApi.handleComplaint(caseId, b.cid, { result: b.result }),
  );
  const close = () => setDialog(null);
  const id = dialog && 'id' in dialog ? dialog.id : '';
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={tr('work.replacements')}
          extra={
            a.canRecordReplacementRequest && (
              <Button onClick={() => setDialog({ kind: 'replacement' })}>{tr('work.recordReplacement')}</Button>
            )
          }
        >
          {w.replacements.length === 0 && tr('work.empty')}
          <ul className="aid-list">
            {w.replacements.map((r) => (
              <li key={r.id}>
                {fmt.date(r.requestedOn)} <Tag>{tr(`work.status.${r.status}`)}</Tag> {r.reason}
                {r.decisionReason && ` → ${r.decisionReason}`}
                {r.status === 'pending' && a.canDecideReplacement && (
                  <Button size="small" type="link" onClick={() => setDialog({ kind: 'decideReplacement', id: r.id })}>
                    {tr('obj.decide')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={tr('work.complaints')}
          extra={a.canRecordComplaint && <Button onClick={() => setDialog({ kind: 'complaint' })}>{tr('work.recordComplaint')}</Button>}
        >
          {w.complaints.length === 0 && tr('work.empty')}
          <ul className="aid-list">
            {w.complaints.map((c) => (
              <li key={c.id}>
                {fmt.date(c.receivedOn)} <Tag>{tr(`work.status.${c.status}`)}</Tag> {c.content}
                {c.result && ` → ${c.result}`}
                {c.status === 'open' && a.canHandleComplaint && (
                  <Button size="small" type="link" onClick={() => setDialog({ kind: 'handleComplaint', id: c.id })}>
                    {tr('work.handle')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </Card>
      </Col>
      <TextModal
        open={dialog?.kind === 'replacement'}
        title={tr('work.recordReplacement')}
        formName="aid-repl"
        label={tr('common.reason')}
        onClose={close}
        onSubmit={(t) => recordReplacement.mutateAsync(t)}
      />
      <TextModal
        open={dialog?.kind === 'decideReplacement'}
        title={tr('obj.decide')}
        formName="aid-repl-decide"
        label={tr('common.reason')}
        choice={{ label: tr('obj.outcome'), yes: tr('work.approve'), no: tr('work.reject') }}
        onClose={close}
        onSubmit={(reason, approve) => decideReplacement.mutateAsync({ rid: id, approve, reason })}
      />
      <TextModal
        open={dialog?.kind === 'complaint'}
        title={tr('work.recordComplaint')}
        formName="aid-complaint"
        label={tr('work.content')}
        onClose={close}
        onSubmit={(t) => recordComplaint.mutateAsync(t)}
      />
      <TextModal
        open={dialog?.kind === 'handleComplaint'}
        title={tr('work.handle')}
        formName="aid-complaint-handle"
        label={tr('work.handleResult')}
        onClose={close}
        onSubmit={(result) => handleComplaint.mutateAsync({ cid: id, result })}
      />
    </Row>
  );
}
