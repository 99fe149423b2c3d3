import { Button, Popover } from 'antd';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocale, useLocalText } from '../../../../../../web/src/i18n/locale-context';
import type { CitizenCaseDetail } from '../../../../contract/portal';
import { useReconPortalT } from '../../../portal-i18n';
import { PlainList } from '../PlainList';
import { Pill } from './case-status';

type Deadline = CitizenCaseDetail['deadlines'][number];

/** Every running deadline with its date, a plain explanation and the engine's computation on demand. */
export function CaseDeadlines({ deadlines }: { deadlines: Deadline[] }) {
  const t = useReconPortalT();
  const text = useLocalText();
  const { locale } = useLocale();
  const { date } = useFormat();
  return (
    <PlainList<Deadline>
      items={deadlines}
      empty={t('case.deadlinesNone')}
      rowKey={(d) => d.key}
      render={(d) => {
        const lines = locale === 'en' ? d.lines.en : d.lines.zh;
        return (
          <>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'baseline' }}>
              <strong>{text(d.label)}</strong>
              <span>{t('case.due', { date: date(d.dueDate) })}</span>
              {d.status === 'suspended' && <Pill tone="grey">{t('case.suspended')}</Pill>}
            </div>
            <div>{text(d.explanation)}</div>
            {lines.length > 0 && (
              <Popover
                trigger="click"
                title={t('case.explainTitle')}
                content={
                  <ol style={{ margin: 0, paddingInlineStart: 20, maxWidth: 360 }}>
                    {lines.map((l, i) => (
                      <li key={i}>{l}</li>
                    ))}
                  </ol>
                }
              >
                <Button type="link" style={{ padding: 0 }}>
                  {t('case.explain')}
                </Button>
              </Popover>
            )}
          </>
        );
      }}
    />
  );
}
