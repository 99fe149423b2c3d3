import { Form, Pagination, Select } from 'antd';
import { useState } from 'react';
import { objectionStatuses, objectionStatusLabels } from '../../../../contract/objection';
import { PageHeading } from '../../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../../web/src/components/QueryError';
import { registryApi, useRegistry } from '../../../api/registry';
import { AidPage } from '../../../components/AidPage';
import { useOptions } from '../../../components/labels';
import { useAidT } from '../../../i18n';
import { ObjectionTable } from './ObjectionTable';

/** /workbench/legal-aid/objections — the justice bureau's objections (第四十九条), decided within 5 days. */
export default function ObjectionsPage() {
  const tr = useAidT();
  const options = useOptions();
  const [q, setQ] = useState<{ status?: string; page: number; pageSize: number }>({ status: 'open', page: 1, pageSize: 20 });
  const list = useRegistry('objections', q, () => registryApi.objections(q));
  return (
    <AidPage>
      <PageHeading title={tr('page.objections')} />
      <div className="tp-stack">
        <Form layout="inline" name="aid-obj-filter">
          <Form.Item label={tr('obj.filter')} htmlFor="aid-obj-status">
            <Select
              id="aid-obj-status"
              allowClear
              style={{ width: 180 }}
              value={q.status}
              options={options(objectionStatuses, objectionStatusLabels)}
              onChange={(v) => setQ({ ...q, status: v, page: 1 })}
            />
          </Form.Item>
        </Form>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <ObjectionTable items={list.data?.items} loading={list.isFetching} withCase />
        <Pagination
          current={q.page}
          pageSize={q.pageSize}
          total={list.data?.total ?? 0}
          onChange={(page, pageSize) => setQ({ ...q, page, pageSize })}
          showTotal={(n) => tr('common.total', { n })}
        />
      </div>
    </AidPage>
  );
}
