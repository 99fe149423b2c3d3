import { Button, Card, Empty, Table, Typography } from 'antd';
import { useState } from 'react';
import type { DecisionView } from '../../../contract/decision';
import { attachmentUrl } from '../../api/upload';
import { useStageT } from '../../i18n/stages';
import { DateText, useLabel, ToneTag } from '../case-handling/parts';
import { LetterModal, ReportModal } from './decision-modals';

const statusColours = { none: 'default', awaitingReport: 'blue', overdue: 'red', reported: 'green' } as const;

/** 行政复议意见书 (reported on within 60 days, 第七十六条) and 建议书. */
export function LettersSection({ caseId, view }: { caseId: string; view: DecisionView }) {
  const st = useStageT();
  const label = useLabel();
  const [creating, setCreating] = useState(false);
  const [reporting, setReporting] = useState<string | null>(null);
  if (!view.opinionLetters.length && !view.abilities.canIssueOpinionLetter) return null;
  return (
    <Card
      title={st('d.letters')}
      size="small"
      extra={view.abilities.canIssueOpinionLetter ? <Button onClick={() => setCreating(true)}>{st('d.newLetter')}</Button> : null}
    >
      {view.opinionLetters.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={st('d.noLetters')} />
      ) : (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={view.opinionLetters}
          expandable={{
            expandedRowRender: (l) => (
              <>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{l.content}</Typography.Paragraph>
                {l.reportContent ? (
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                    <strong>{st('d.reportContent')}：</strong>
                    {l.reportContent}
                  </Typography.Paragraph>
                ) : null}
              </>
            ),
          }}
          columns={[
            { title: st('d.letterKind'), key: 'kind', render: (_, l) => label(l.label) },
            { title: st('d.recipientName'), dataIndex: 'recipientName' },
            { title: st('d.letterIssuedOn'), key: 'issued', render: (_, l) => <DateText value={l.issuedOn} /> },
            { title: st('d.reportDueOn'), key: 'due', render: (_, l) => <DateText value={l.reportDueOn} /> },
            {
              title: st('d.status'),
              key: 'status',
              render: (_, l) => <ToneTag color={statusColours[l.status]}>{st(`d.letterStatus.${l.status}`)}</ToneTag>,
            },
            { title: st('d.reportedOn'), key: 'reported', render: (_, l) => <DateText value={l.reportedOn} /> },
            {
              title: st('common.actions'),
              key: 'actions',
              render: (_, l) => (
                <>
                  {l.document ? <a href={attachmentUrl(l.document.attachmentId)}>{st('common.download')}</a> : null}
                  {l.canRecordReport && !l.reportedOn ? (
                    <Button size="small" type="link" onClick={() => setReporting(l.id)}>
                      {st('d.recordReport')}
                    </Button>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      )}
      <LetterModal caseId={caseId} open={creating} onClose={() => setCreating(false)} />
      <ReportModal caseId={caseId} letterId={reporting} onClose={() => setReporting(null)} />
    </Card>
  );
}
