import { Tag, Typography } from 'antd';
import type { CandidateView } from '../../../../contract/assignment';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { useAidT } from '../../../i18n';

/** The conflict findings of one candidate: scored matches on names and ID numbers, shown to the reviewer. */
export function ConflictList({ findings }: { findings: CandidateView['conflicts'] }) {
  const tr = useAidT();
  const text = useLocalText();
  const fmt = useFormat();
  if (findings.length === 0) return <Typography.Text>{tr('assign.noConflict')}</Typography.Text>;
  return (
    <ul className="aid-list" style={{ fontSize: 13 }}>
      {findings.map((f) => (
        <li key={`${f.historyId}-${f.partyName}`}>
          <Tag color={f.blocking ? 'red' : 'orange'}>
            {tr(f.blocking ? 'assign.blocking' : 'assign.notice')} {f.score.toFixed(2)}
          </Tag>
          {text({ zh: f.reasonZh, en: f.reasonEn })}
          {f.historyMatter && ` · ${f.historyMatter}`}
          {f.historyDate && ` · ${fmt.date(f.historyDate)}`}
        </li>
      ))}
    </ul>
  );
}
