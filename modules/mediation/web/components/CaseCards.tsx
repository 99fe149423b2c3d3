import { Empty, Flex, Pagination } from 'antd';
import { Link } from 'react-router';
import type { CaseListItem } from '../../contract/case';
import { useFormat } from '../../../../web/src/i18n/format';
import { useLocalText } from '../../../../web/src/i18n/locale-context';
import { useMedT } from '../i18n';
import { casePath } from '../paths';
import { CaseStateTag, RiskTag } from './CaseStateTag';
import { ExplainedDeadlineTag as DeadlineTag } from '../../../../web/src/components/ExplainedDeadline';

interface Props {
  items: readonly CaseListItem[] | undefined;
  empty: string;
  /** Shown at the end of each card (e.g. 记录调解 on the today page). */
  action?: (c: CaseListItem) => React.ReactNode;
  paging?: { current: number; pageSize: number; total: number; onChange(page: number, pageSize: number): void };
  label: string;
}

/** Cases as cards for a phone (375 px): number, dispute, parties, state, time target — no table, no sideways scrolling. */
export function CaseCards({ items, empty, action, paging, label }: Props) {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  if (!items?.length) return <Empty description={empty} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <>
      <ul className="med-cards" aria-label={label}>
        {items.map((c) => (
          <li key={c.id} className="med-card">
            <h3>
              <Link to={casePath(c.id)}>{c.title}</Link>
            </h3>
            <div className="med-meta">{c.caseNumber}</div>
            <div>{c.partiesSummary}</div>
            <Flex wrap gap={4} align="center" style={{ margin: '6px 0' }}>
              <CaseStateTag state={c.state} />
              <RiskTag level={c.riskLevel} />
              <span className="med-meta">{text(c.kindLabel)}</span>
            </Flex>
            {c.targetDueOn && (
              <Flex wrap gap={4} align="center" className="med-meta">
                {tr('list.targetDue')}
                {tr('common.colon')}
                {fmt.date(c.targetDueOn)} <DeadlineTag deadline={c.deadline} compact />
              </Flex>
            )}
            {action && <div style={{ marginTop: 8 }}>{action(c)}</div>}
          </li>
        ))}
      </ul>
      {paging && paging.total > paging.pageSize && (
        <Pagination
          simple
          style={{ marginTop: 12 }}
          current={paging.current}
          pageSize={paging.pageSize}
          total={paging.total}
          onChange={paging.onChange}
        />
      )}
    </>
  );
}
