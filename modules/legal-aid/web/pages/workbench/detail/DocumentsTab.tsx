import { Table } from 'antd';
import type { CaseDetail } from '../../../../contract/case';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { attachmentUrl } from '../../../api/upload';
import { useAidT } from '../../../i18n';

type Doc = CaseDetail['documents'][number];

/** The case's documents (decision letters, notices, files uploaded), each downloadable. */
export function DocumentsTab({ c }: { c: CaseDetail }) {
  const tr = useAidT();
  const fmt = useFormat();
  return (
    <Table<Doc>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={c.documents}
      locale={{ emptyText: tr('docs.none') }}
      columns={[
        { key: 'name', title: tr('docs.name'), render: (_, d) => <a href={attachmentUrl(d.id)}>{d.fileName}</a> },
        { key: 'created', title: tr('docs.created'), width: 200, render: (_, d) => fmt.dateTime(d.createdAt) },
      ]}
    />
  );
}
