import { Select } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useLawSearch } from '../../api/knowledge';
import { useKnowledgeT } from '../../knowledge-i18n';

export interface LawOption {
  articleId: string;
  label: string;
}

/**
 * Law articles chosen from the law library search (GET /api/laws/search): a form control whose value
 * is the list of article ids; `known` gives the labels of the ids already linked (the article's lawRefs).
 */
export function LawPicker({
  id,
  value = [],
  onChange,
  known,
}: {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  known: readonly LawOption[];
}) {
  const tr = useKnowledgeT();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const search = useLawSearch(q);
  const [labels, setLabels] = useState<Record<string, string>>(() => Object.fromEntries(known.map((k) => [k.articleId, k.label])));
  const options = useMemo(() => {
    const hits = (search.data?.items ?? []).map((h) => ({ value: h.articleId, label: `《${h.lawTitle}》${h.label}` }));
    const chosen = value.filter((v) => !hits.some((h) => h.value === v)).map((v) => ({ value: v, label: labels[v] ?? v }));
    return [...chosen, ...hits];
  }, [search.data, value, labels]);
  const change = (ids: string[]) => {
    const next = { ...labels };
    for (const o of options) if (ids.includes(o.value)) next[o.value] = o.label;
    setLabels(next);
    setTyped('');
    onChange?.(ids.slice(0, 10));
  };
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={change}
      options={options}
      showSearch={{
        searchValue: typed,
        filterOption: false,
        onSearch: (s: string) => {
          setTyped(s);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setQ(s.trim()), 300);
        },
      }}
      loading={search.isFetching}
      placeholder={tr('kb.lawsPlaceholder')}
      notFoundContent={q.length < 2 ? tr('kb.lawsSearching') : tr('kb.lawsEmpty')}
      style={{ width: '100%' }}
      maxCount={10}
    />
  );
}
