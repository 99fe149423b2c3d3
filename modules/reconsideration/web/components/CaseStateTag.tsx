import { Tag, Tooltip } from 'antd';
import { caseStateLabels, closedCaseStates, type CaseState } from '../../contract/enums';
import { useLocalText } from '../../../../web/src/i18n/locale-context';

const colours: Partial<Record<CaseState, string>> = {
  received: 'blue',
  correcting: 'gold',
  accepted: 'processing',
  suspended: 'warning',
  deciding: 'purple',
  decided: 'success',
  mediated: 'success',
};

function isCaseState(s: string): s is CaseState {
  return Object.hasOwn(caseStateLabels, s);
}

/** The workflow state in words (with the article it rests on as a tooltip); closed states are grey. */
export function CaseStateTag({ state, label }: { state: string; label?: { zh: string; en: string } }) {
  const text = useLocalText();
  const known = isCaseState(state) ? caseStateLabels[state] : undefined;
  const shown = label ?? known ?? { zh: state, en: state };
  const closed = (closedCaseStates as readonly string[]).includes(state);
  const colour = isCaseState(state) ? (colours[state] ?? (closed ? 'default' : undefined)) : undefined;
  const tag = <Tag color={colour}>{text(shown)}</Tag>;
  return known?.article ? <Tooltip title={known.article}>{tag}</Tooltip> : tag;
}
