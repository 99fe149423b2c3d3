import { Tag, Tooltip } from 'antd';
import { procedureLabels, type Procedure } from '../../contract/enums';
import { useLocalText } from '../../../../web/src/i18n/locale-context';

/** 普通程序 / 简易程序, with the articles of the procedure as a tooltip; nothing before acceptance. */
export function ProcedureTag({ procedure }: { procedure: string | null }) {
  const text = useLocalText();
  if (!procedure || !Object.hasOwn(procedureLabels, procedure)) return null;
  const label = procedureLabels[procedure as Procedure];
  return (
    <Tooltip title={label.article}>
      <Tag color={procedure === 'simplified' ? 'cyan' : 'geekblue'}>{text(label)}</Tag>
    </Tooltip>
  );
}
