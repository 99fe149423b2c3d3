import { Alert, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../../../contract/case';
import type { CaseworkView } from '../../../../contract/casework';
import { QueryError } from '../../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useCasework } from '../../../api/work';
import { useLabel } from '../../../components/labels';
import { useAidT } from '../../../i18n';
import { ClosureModal, ProgressModal } from './progress-modals';
import { RequestsSection } from './RequestsSection';
import { SubsidyCard } from './SubsidyCard';
import { TerminationSection } from './TerminationSection';

type Progress = CaseworkView['progress'][number];

/** The assigned provider's work: progress log, meetings, hearings, documents, the 第五十条 closure report. */
export function CaseworkTab({ c }: { c: CaseDetail }) {
  const tr = useAidT();
  const fmt = useFormat();
  const label = useLabel();
  const work = useCasework(c.id);
  const [dialog, setDialog] = useState<'progress' | 'closure' | null>(null);
  if (work.isError) return <QueryError error={work.error} onRetry={() => void work.refetch()} />;
  const w = work.data;
  if (!w) return <Card loading />;
  const a = w.abilities;
  return (
    <div className="tp-stack">
      <Space wrap>
        {a.canLogProgress && (
          <Button type="primary" onClick={() => setDialog('progress')}>
            {tr('work.addProgress')}
          </Button>
        )}
        {a.canClose && <Button onClick={() => setDialog('closure')}>{tr('work.close')}</Button>}
        {w.nextHearingOn && <Tag color="blue">{tr('work.nextHearing', { date: fmt.date(w.nextHearingOn) })}</Tag>}
      </Space>
      <Card size="small" title={tr('work.progress')}>
        <Table<Progress>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={w.progress}
          locale={{ emptyText: tr('work.empty') }}
          scroll={{ x: 760 }}
          columns={[
            { key: 'date', title: tr('work.occurredOn'), width: 170, render: (_, p) => `${fmt.date(p.occurredOn)} ${p.time ?? ''}` },
            { key: 'kind', title: tr('work.kind'), width: 150, render: (_, p) => label(p.kindLabel) },
            {
              key: 'title',
              title: tr('work.title'),
              render: (_, p) => (
                <>
                  <strong>{p.title}</strong>
                  {p.place && ` · ${p.place}`}
                  <div style={{ whiteSpace: 'pre-wrap' }}>{p.content}</div>
                </>
              ),
            },
          ]}
        />
      </Card>
      {w.closure && (
        <Card size="small" title={tr('work.closure')}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={tr('work.closedOn')}>{fmt.date(w.closure.closedOn)}</Descriptions.Item>
            <Descriptions.Item label={tr('work.result')}>{label(w.closure.resultLabel)}</Descriptions.Item>
            <Descriptions.Item label={tr('work.summary')} span={2}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{w.closure.summary}</div>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <TerminationSection caseId={c.id} w={w} />
      <RequestsSection caseId={c.id} w={w} />
      <SubsidyCard subsidy={w.subsidy} />
      {w.legalBasis.length > 0 && (
        <Alert type="info" title={tr('work.legalBasis')} description={w.legalBasis.map((l) => label(l, true)).join('；')} />
      )}
      <ProgressModal caseId={c.id} open={dialog === 'progress'} onClose={() => setDialog(null)} />
      <ClosureModal caseId={c.id} open={dialog === 'closure'} onClose={() => setDialog(null)} />
    </div>
  );
}
