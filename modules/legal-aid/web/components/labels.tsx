import { Typography } from 'antd';
import { useLocalText } from '../../../../web/src/i18n/locale-context';

interface Labelled {
  zh: string;
  en: string;
  article?: string;
}

/** An enumerated value's label in the current language, with the article it rests on (when given). */
export function useLabel() {
  const text = useLocalText();
  return (l: Labelled | null | undefined, withArticle = false) => {
    if (!l) return '';
    return withArticle && l.article ? `${text(l)}（${l.article}）` : text(l);
  };
}

/** The label, with its article in secondary type underneath. */
export function LabelWithArticle({ label }: { label: Labelled | null | undefined }) {
  const text = useLocalText();
  if (!label) return null;
  return (
    <span>
      {text(label)}
      {label.article && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {label.article}
        </Typography.Text>
      )}
    </span>
  );
}

/** Options for a Select or Radio group from a contract's code list and labels. */
export function useOptions() {
  const text = useLocalText();
  return <K extends string>(codes: readonly K[], labels: Readonly<Record<K, Labelled>>) =>
    codes.map((k) => ({ value: k, label: text(labels[k]) }));
}
