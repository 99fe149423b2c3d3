import { Alert, Typography } from 'antd';
import type { CaseDetail } from '../../../../contract/intake';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { useReconT } from '../../../i18n';

/** Why the system proposes its procedure (第五十三条 criteria met or not), with the articles. */
export function ProcedureReasons({ proposal }: { proposal: CaseDetail['proposedProcedure'] }) {
  const tr = useReconT();
  const text = useLocalText();
  return (
    <>
      {proposal.reasons.length > 0 && (
        <div>
          <Typography.Text strong>{tr('detail.proposedReasons')}</Typography.Text>
          <ul className="recon-list">
            {proposal.reasons.map((r, i) => (
              <li key={i}>
                {text(r)}
                {r.article && <Typography.Text type="secondary">（{r.article}）</Typography.Text>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {proposal.handlerMustConfirm && (
        <Alert
          type="warning"
          showIcon
          title={`${text(proposal.handlerMustConfirm)}${proposal.handlerMustConfirm.article ? `（${proposal.handlerMustConfirm.article}）` : ''}`}
        />
      )}
    </>
  );
}
