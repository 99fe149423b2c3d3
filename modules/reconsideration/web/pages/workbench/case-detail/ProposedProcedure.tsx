import { Card, Flex } from 'antd';
import type { CaseDetail } from '../../../../contract/intake';
import { ProcedureTag } from '../../../components/ProcedureTag';
import { useReconT } from '../../../i18n';
import { ProcedureReasons } from './ProcedureReasons';

/** 建议适用程序 (第五十三条): what the system proposes from the data and why; the handler confirms on acceptance. */
export function ProposedProcedure({ c }: { c: CaseDetail }) {
  const tr = useReconT();
  return (
    <Card title={<h2 className="tp-card-title">{tr('detail.proposed')}</h2>} size="small">
      <Flex vertical gap="small">
        <div>
          <ProcedureTag procedure={c.proposedProcedure.procedure} />
        </div>
        <ProcedureReasons proposal={c.proposedProcedure} />
      </Flex>
    </Card>
  );
}
