import { Alert, Card, Tag, Typography } from 'antd';
import type { EligibilityResultView } from '../../../../contract/application';
import { useLabel } from '../../../components/labels';
import { useAidT } from '../../../i18n';

const colours = { eligible: 'success', ineligible: 'error', outOfScope: 'warning', discretion: 'info' } as const;

/** The pre-check result: outcome, the reasons with their articles, the hardship figures (EXAMPLE label) and materials. */
export function EligibilityCard({ result }: { result: EligibilityResultView | null }) {
  const tr = useAidT();
  const label = useLabel();
  if (!result) return <Alert type="info" showIcon title={tr('elig.none')} />;
  return (
    <Card size="small" title={tr('elig.title')}>
      <Alert type={colours[result.outcome]} showIcon title={label(result.outcomeLabel)} style={{ marginBottom: 8 }} />
      {result.hardship && (
        <p>
          {tr('elig.threshold', { per: result.hardship.perCapitaYuan, th: result.hardship.thresholdYuan })}{' '}
          {result.hardship.example && (
            <Tag color="orange" title={tr('common.exampleNote')}>
              {tr('common.example')}
            </Tag>
          )}
        </p>
      )}
      <Typography.Title level={3} style={{ fontSize: 14 }}>
        {tr('elig.reasons')}
      </Typography.Title>
      <ul className="aid-list">
        {result.reasons.map((r, i) => (
          <li key={i}>{label(r, true)}</li>
        ))}
      </ul>
      {result.materials.length > 0 && (
        <>
          <Typography.Title level={3} style={{ fontSize: 14 }}>
            {tr('elig.materials')}
          </Typography.Title>
          <ul className="aid-list">
            {result.materials.map((m) => (
              <li key={m.key}>{label(m, true)}</li>
            ))}
          </ul>
        </>
      )}
      {result.suggestedDenial && <Alert type="warning" title={tr('elig.suggestedDenial', { reason: result.suggestedDenial })} />}
    </Card>
  );
}
