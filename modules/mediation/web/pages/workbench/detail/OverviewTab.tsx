import { Alert, Card, Descriptions, Typography } from 'antd';
import type { CaseDetail } from '../../../../contract/case';
import { useMedT } from '../../../i18n';

/** 概况: the dispute in the parties' words, the amount, and how a closed case ended. */
export function OverviewTab({ c }: { c: CaseDetail }) {
  const tr = useMedT();
  return (
    <Card size="small" title={<h2 className="tp-card-title">{c.title}</h2>}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'facts',
            label: tr('detail.facts'),
            children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.facts}</Typography.Paragraph>,
          },
          ...(c.amountYuan != null
            ? [{ key: 'amount', label: tr('detail.amount'), children: tr('detail.yuan', { n: c.amountYuan }) }]
            : []),
          { key: 'parties', label: tr('list.parties'), children: c.partiesSummary },
        ]}
      />
      {c.closingReason && (
        <Alert type="info" showIcon title={tr('detail.closingReason')} description={c.closingReason} style={{ marginTop: 12 }} />
      )}
    </Card>
  );
}
