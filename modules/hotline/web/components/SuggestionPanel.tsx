import { BookOutlined, FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useLocalText } from '../../../../web/src/i18n/locale-context';
import type { FaqSuggestion, LawSuggestion, SuggestResult } from '../../contract/suggest';
import { useComponentT } from './components-i18n';
import './components.css';

/** The result of POST /api/hotline/suggest and GET /api/hotline/search (HK, contract/suggest.ts). */
export type SuggestionResults = Pick<SuggestResult, 'faq' | 'laws'> & Partial<Pick<SuggestResult, 'note'>>;

/** What an inserted suggestion carries: its text already labelled with its source. */
export interface InsertedSuggestion {
  kind: 'faq' | 'law';
  /** Text to put into the answer, ending with the source line (来源：…). */
  text: string;
  source: string;
}

export interface SuggestionPanelProps {
  results: SuggestionResults | undefined;
  loading?: boolean;
  /** Called by 插入答复; absent → no insert buttons (read-only search results). */
  onInsert?: (s: InsertedSuggestion) => void;
  /** Heading level-free title above the lists (e.g. 答复建议 or 检索结果). */
  title?: string;
  /** Results per kind to show (default 5). */
  limit?: number;
  /** Compact list without the «human checks» note. */
  compact?: boolean;
  /** Show links to the workbench law library (staff pages; off on the portal). */
  showLinks?: boolean;
}

/**
 * Knowledge-base articles and law articles found for a question, each with where it comes from;
 * 插入答复 copies the text into the answer labelled with its source. Nothing is sent to a citizen
 * without a human: the agent edits and saves the answer.
 */
export function SuggestionPanel({ results, loading, onInsert, title, limit = 5, compact, showLinks = true }: SuggestionPanelProps) {
  const tr = useComponentT();
  const lt = useLocalText();
  const faq = (results?.faq ?? []).slice(0, limit);
  const laws = (results?.laws ?? []).slice(0, limit);
  const insertFaq = (f: FaqSuggestion) => {
    const source = `${lt(f.source)}《${f.title}》`;
    onInsert?.({ kind: 'faq', source, text: `${f.excerpt}\n（${source}）` });
  };
  const insertLaw = (l: LawSuggestion) => {
    const source = `${lt(l.source)}：${l.citation}`;
    onInsert?.({ kind: 'law', source, text: `${l.citation}：${l.text}\n（${source}）` });
  };
  return (
    <Card size="small" title={title} loading={loading && !results} className="hl-suggestions">
      {!compact && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {results?.note ? lt(results.note) : tr('suggest.humanNote')}
        </Typography.Paragraph>
      )}
      {faq.length === 0 && laws.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tr('suggest.empty')} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }} size="small">
          {faq.length > 0 && (
            <List
              size="small"
              header={
                <Typography.Text strong>
                  <BookOutlined aria-hidden /> {tr('suggest.faq')}
                </Typography.Text>
              }
              dataSource={faq}
              rowKey={(f) => `faq-${f.articleId}`}
              renderItem={(f) => (
                <List.Item>
                  <Flex vertical gap={4} style={{ width: '100%' }}>
                    <Flex justify="space-between" align="start" gap="small">
                      <Typography.Text strong>{f.title}</Typography.Text>
                      {onInsert && (
                        <Button
                          size="small"
                          icon={<PlusOutlined />}
                          onClick={() => insertFaq(f)}
                          aria-label={tr('suggest.insertFaq', { title: f.title })}
                        >
                          {tr('suggest.insert')}
                        </Button>
                      )}
                    </Flex>
                    <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ marginBottom: 0 }}>
                      {f.excerpt}
                    </Typography.Paragraph>
                    <Space size={4} wrap>
                      <Tag color="blue" className="hl-source-tag">
                        {lt(f.source)}
                      </Tag>
                      {showLinks && f.link && (
                        <Typography.Link href={f.link} target="_blank" rel="noreferrer" style={{ fontSize: 12 }}>
                          {tr('suggest.openQa')}
                        </Typography.Link>
                      )}
                      {f.lawRefs.length > 0 && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {tr('suggest.lawRefs', { refs: f.lawRefs.map((r) => r.citation).join('、') })}
                        </Typography.Text>
                      )}
                    </Space>
                    {!compact && f.why.length > 0 && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {tr('suggest.why', { why: f.why.join('、') })}
                      </Typography.Text>
                    )}
                  </Flex>
                </List.Item>
              )}
            />
          )}
          {laws.length > 0 && (
            <List
              size="small"
              header={
                <Typography.Text strong>
                  <FileTextOutlined aria-hidden /> {tr('suggest.laws')}
                </Typography.Text>
              }
              dataSource={laws}
              rowKey={(l) => `law-${l.articleId}`}
              renderItem={(l) => (
                <List.Item>
                  <Flex vertical gap={4} style={{ width: '100%' }}>
                    <Flex justify="space-between" align="start" gap="small">
                      <Typography.Text strong>{l.citation}</Typography.Text>
                      {onInsert && (
                        <Button
                          size="small"
                          icon={<PlusOutlined />}
                          onClick={() => insertLaw(l)}
                          aria-label={tr('suggest.insertLaw', { label: l.citation })}
                        >
                          {tr('suggest.insert')}
                        </Button>
                      )}
                    </Flex>
                    <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ marginBottom: 0 }}>
                      {l.text}
                    </Typography.Paragraph>
                    <Space size={4} wrap>
                      <Tag color="green" className="hl-source-tag">
                        {lt(l.source)}：{l.citation}
                      </Tag>
                      {showLinks && l.link && (
                        <Typography.Link href={l.link} target="_blank" rel="noreferrer" style={{ fontSize: 12 }}>
                          {tr('suggest.openLaw')}
                        </Typography.Link>
                      )}
                    </Space>
                    {!compact && l.why.length > 0 && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {tr('suggest.why', { why: l.why.join('、') })}
                      </Typography.Text>
                    )}
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </Space>
      )}
    </Card>
  );
}
