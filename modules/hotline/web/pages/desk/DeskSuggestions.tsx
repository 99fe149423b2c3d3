import { Alert, Form, type FormInstance, Typography } from 'antd';
import { useSuggestions } from '../../api/desk';
import { type InsertedSuggestion, SuggestionPanel } from '../../components/SuggestionPanel';
import { useDebounced } from '../../components/use-debounced';
import { useDeskT } from '../../desk-i18n';
import type { DeskFormValues } from './DeskTicketForm';

/** Suggested answers for the question being typed (debounced POST /api/hotline/suggest). */
export function DeskSuggestions({ form, onInsert }: { form: FormInstance<DeskFormValues>; onInsert: (s: InsertedSuggestion) => void }) {
  const tr = useDeskT();
  const question = (Form.useWatch('question', form) as string | undefined) ?? '';
  const category = Form.useWatch('category', form) as string | undefined;
  const text = useDebounced(question, 500);
  const cat = useDebounced(category, 500);
  const suggest = useSuggestions(text, cat);
  if (text.trim().length < 2) return <Typography.Paragraph type="secondary">{tr('desk.suggestHint')}</Typography.Paragraph>;
  if (suggest.isError) return <Alert type="warning" showIcon title={tr('desk.unavailable')} />;
  return (
    <SuggestionPanel title={tr('desk.suggestions')} results={suggest.data} loading={suggest.isFetching} onInsert={onInsert} limit={3} />
  );
}
