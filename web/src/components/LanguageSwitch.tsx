import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { type Locale, useLocale } from '../i18n/locale-context';
import { useT } from '../i18n/use-t';

/** 中文 / English; the choice is stored in the browser. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    <Select<Locale>
      className={className}
      value={locale}
      onChange={setLocale}
      aria-label={t('lang.label')}
      prefix={<GlobalOutlined aria-hidden />}
      popupMatchSelectWidth={false}
      options={[
        { value: 'zh-CN', label: <span lang="zh-CN">{t('lang.zh')}</span> },
        { value: 'en', label: <span lang="en">{t('lang.en')}</span> },
      ]}
    />
  );
}
