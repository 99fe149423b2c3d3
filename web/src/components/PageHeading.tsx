import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { usePageTitle } from './use-page-title';

/** The page's one `<h1>`, which also becomes the document title. */
export function PageHeading({ title, extra }: { title: string; extra?: ReactNode }) {
  usePageTitle(title);
  return (
    <Flex justify="space-between" align="center" wrap gap="small" className="tp-page-heading">
      <Typography.Title level={1}>{title}</Typography.Title>
      {extra}
    </Flex>
  );
}
