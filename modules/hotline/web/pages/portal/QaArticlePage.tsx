import { Alert, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { usePublicQa } from '../../api/public-qa';
import { useHotlinePortalT } from '../../portal-i18n';
import { Facts, hotlinePortalPaths, LinkButton, PortalCard, PortalTitle } from './portal-parts';

/** /portal/hotline/qa/:id — one published question and its staff-reviewed answer. */
export default function QaArticlePage() {
  const t = useHotlinePortalT();
  const text = useLocalText();
  const { date } = useFormat();
  usePageTitle(t('title.qaArticle'));
  const { id = '' } = useParams();
  const qa = usePublicQa(id);
  const heading = <PortalTitle back={{ to: hotlinePortalPaths.qa, label: t('title.qa') }}>{t('title.qaArticle')}</PortalTitle>;
  if (qa.isPending) return <Skeleton active />;
  if (qa.isError)
    return (
      <>
        {heading}
        <QueryError error={qa.error} />
      </>
    );
  return (
    <>
      {heading}
      <PortalCard title={t('qa.question')}>
        <Facts
          items={[
            { label: t('qa.category'), value: text(qa.data.categoryLabel) },
            ...(qa.data.publishedAt ? [{ label: t('qa.publishedAt'), value: date(qa.data.publishedAt) }] : []),
          ]}
        />
        <div className="hl-portal-answer" style={{ marginTop: 8 }}>
          {qa.data.question}
        </div>
      </PortalCard>
      <PortalCard title={t('qa.answer')}>
        <Alert type="success" showIcon title={t('qa.reviewed')} description={text(qa.data.note)} style={{ marginBottom: 8 }} />
        <div className="hl-portal-answer">{qa.data.answer}</div>
      </PortalCard>
      <LinkButton to={hotlinePortalPaths.ask} type="primary" size="large" block>
        {t('qa.ask')}
      </LinkButton>
    </>
  );
}
