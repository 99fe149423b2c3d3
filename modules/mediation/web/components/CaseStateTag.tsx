import { Tag, Tooltip } from 'antd';
import { caseStateLabels, closedCaseStates, riskLevelLabels, type CaseState, type EnumLabel, type RiskLevel } from '../../contract/enums';
import { useLocalText } from '../../../../web/src/i18n/locale-context';

const colours: Partial<Record<CaseState, string>> = {
  received: 'blue',
  accepted: 'gold',
  mediating: 'processing',
  succeeded: 'success',
};

function isCaseState(s: string): s is CaseState {
  return Object.hasOwn(caseStateLabels, s);
}

/** The workflow state in words (with the article it rests on as a tooltip); closed states are grey. */
export function CaseStateTag({ state }: { state: string }) {
  const text = useLocalText();
  const known = isCaseState(state) ? caseStateLabels[state] : undefined;
  const closed = (closedCaseStates as readonly string[]).includes(state);
  const colour = isCaseState(state) ? (colours[state] ?? (closed ? 'default' : undefined)) : undefined;
  const tag = <Tag color={colour}>{known ? text(known) : state}</Tag>;
  return known?.article ? <Tooltip title={known.article}>{tag}</Tooltip> : tag;
}

const riskColours: Record<RiskLevel, string | undefined> = { none: undefined, low: 'blue', medium: 'orange', high: 'red' };

/** 风险等级 (第二十五条); nothing for `none` unless `showNone`. */
export function RiskTag({ level, showNone }: { level: string; showNone?: boolean }) {
  const text = useLocalText();
  if (!Object.hasOwn(riskLevelLabels, level) || (level === 'none' && !showNone)) return null;
  const label = riskLevelLabels[level as RiskLevel];
  return <Tag color={riskColours[level as RiskLevel]}>{text(label)}</Tag>;
}

/** The label of an enumerated value in the current language; the code itself when unknown. */
export function useEnumText() {
  const text = useLocalText();
  return <K extends string>(labels: Readonly<Record<K, EnumLabel>>, code: string | null | undefined): string =>
    code && Object.hasOwn(labels, code) ? text(labels[code as K]) : (code ?? '');
}

/** `{ value, label }` options of an enumeration for a Select or Radio group. */
export function useEnumOptions() {
  const text = useLocalText();
  return <K extends string>(codes: readonly K[], labels: Readonly<Record<K, EnumLabel>>) =>
    codes.map((value) => ({ value, label: text(labels[value]) }));
}
