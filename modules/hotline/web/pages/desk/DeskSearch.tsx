import { Alert, Input } from 'antd';
import { useState } from 'react';
import { useHotlineSearch } from '../../api/desk';
import { type InsertedSuggestion, SuggestionPanel } from '../../components/SuggestionPanel';
import { useDeskT } from '../../desk-i18n';

/** The desk's one search box over the knowledge base and the law library; results show their source. */
export function DeskSearch({ onInsert }: { onInsert: (s: InsertedSuggestion) => void }) {
  const tr = useDeskT();
  const [q, setQ] = useState('');
  const search = useHotlineSearch(q);
  return (
    <div className="tp-stack">
      <label htmlFor="hl-desk-search" className="hl-label">
        {tr('desk.search')}
      </label>
      <Input.Search
        id="hl-desk-search"
        allowClear
        enterButton
        placeholder={tr('desk.searchPlaceholder')}
        onSearch={(v) => setQ(v.trim())}
        loading={search.isFetching}
      />
      {search.isError && <Alert type="warning" showIcon title={tr('desk.unavailable')} />}
      {q && !search.isError && (
        <SuggestionPanel title={tr('desk.searchResults')} results={search.data} loading={search.isFetching} onInsert={onInsert} compact />
      )}
    </div>
  );
}
