import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './api/query-client';
import { LocaleProvider } from './i18n/LocaleProvider';
import { useLocale } from './i18n/locale-context';
import { createAppRouter } from './router';
import { baseTheme } from './theme';

const router = createAppRouter();

function ThemedApp() {
  const { locale } = useLocale();
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={baseTheme}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

/** Providers, outermost first: data cache, language, antd (locale + theme + message API), router. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <ThemedApp />
      </LocaleProvider>
    </QueryClientProvider>
  );
}
