import { DownloadOutlined } from '@ant-design/icons';
import { serviceChannelLabels, type ServiceChannel } from '@tianping/common/contract/service';
import { Card, Table, Tag, Typography } from 'antd';
import type { z } from 'zod';
import type { CaseDetail, serviceViewSchema } from '../../../../contract/intake';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { attachmentUrl } from '../../../api/upload';
import { type ReconMessageKey, useReconT } from '../../../i18n';

type Service = z.infer<typeof serviceViewSchema>;
type Doc = CaseDetail['documents'][number];
const statusKeys: Record<string, ReconMessageKey> = {
  sent: 'docs.status.sent',
  opened: 'docs.status.opened',
  acknowledged: 'docs.status.acknowledged',
};
const statusColours: Record<string, string> = { sent: 'blue', opened: 'gold', acknowledged: 'green' };

/** 文书与送达: the case's documents and files, each with its service records (channel, sent, acknowledged). */
export function DocumentsTab({ c }: { c: CaseDetail }) {
  const tr = useReconT();
  const fmt = useFormat();
  const text = useLocalText();
  const servicesOf = (id: string) => c.services.filter((s) => s.attachmentId === id);
  const channel = (ch: string) => (Object.hasOwn(serviceChannelLabels, ch) ? text(serviceChannelLabels[ch as ServiceChannel]) : ch);

  return (
    <Card title={<h2 className="tp-card-title">{tr('docs.title')}</h2>} size="small">
      <Table<Doc>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={c.documents}
        locale={{ emptyText: tr('docs.none') }}
        scroll={{ x: 900 }}
        columns={[
          {
            key: 'file',
            title: tr('docs.fileName'),
            render: (_, d) => (
              <a href={attachmentUrl(d.id)} aria-label={tr('docs.downloadName', { name: d.fileName })}>
                <DownloadOutlined /> {d.fileName}
              </a>
            ),
          },
          { key: 'version', title: tr('docs.version'), render: (_, d) => (d.documentVersion ? `v${d.documentVersion}` : '—') },
          { key: 'created', title: tr('docs.createdAt'), render: (_, d) => fmt.dateTime(d.createdAt) },
          {
            key: 'service',
            title: tr('docs.services'),
            render: (_, d) => {
              const list = servicesOf(d.id);
              if (list.length === 0) return <Typography.Text type="secondary">{tr('docs.noServices')}</Typography.Text>;
              return list.map((s: Service) => {
                const status = statusKeys[s.status];
                return (
                  <div key={s.id}>
                    <Tag>{channel(s.channel)}</Tag>
                    <Tag color={statusColours[s.status]}>{status ? tr(status) : s.status}</Tag>
                    {tr('docs.sentAt')} {fmt.dateTime(s.sentAt)} · {tr('docs.acknowledgedAt')}{' '}
                    {s.acknowledgedAt ? fmt.dateTime(s.acknowledgedAt) : tr('docs.notAcknowledged')}
                  </div>
                );
              });
            },
          },
        ]}
      />
    </Card>
  );
}
