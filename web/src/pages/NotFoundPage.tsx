import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../components/use-page-title';
import { useT } from '../i18n/use-t';

export default function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  usePageTitle(t('notFound.title'));
  return (
    <Result
      status="404"
      title={<h1 className="tp-h1-plain">{t('notFound.title')}</h1>}
      subTitle={t('notFound.text')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('notFound.home')}
        </Button>
      }
    />
  );
}
