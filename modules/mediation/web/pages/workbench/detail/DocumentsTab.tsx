import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { serviceChannelLabels, type ServiceChannel } from '@tianping/common/contract/service';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Table, Tag, Typography, Upload } from 'antd';
import type { CaseDetail } from '../../../../contract/case';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { medKeys } from '../../../api/keys';
import { attachmentUrl, uploadAttachment } from '../../../api/upload';
import { useMedT } from '../../../i18n';

type Doc = CaseDetail['documents'][number];
const statusColours: Record<string, string> = { sent: 'blue', opened: 'gold', acknowledged: 'green' };

/** 文书: the case's documents (agreement, notices, applications) and files, with their electronic service records. */
export function DocumentsTab({ c }: { c: CaseDetail }) {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const client = useQueryClient();
  const channel = (ch: string) => (Object.hasOwn(serviceChannelLabels, ch) ? text(serviceChannelLabels[ch as ServiceChannel]) : ch);
  const statusText: Record<string, string> = { sent: tr('docs.sent'), opened: tr('docs.opened'), acknowledged: tr('docs.acknowledged') };

  return (
    <Card
      size="small"
      title={<h2 className="tp-card-title">{tr('docs.title')}</h2>}
      extra={
        c.abilities.canUpload && (
          <Upload
            showUploadList={false}
            customRequest={({ file }) =>
              uploadAttachment('medCase', c.id, file as File).then(
                () => {
                  message.success(tr('docs.uploaded'));
                  void client.invalidateQueries({ queryKey: medKeys.case(c.id) });
                },
                (e: unknown) => onError(e),
              )
            }
          >
            <Button icon={<UploadOutlined />}>{tr('docs.upload')}</Button>
          </Upload>
        )
      }
    >
      <Table<Doc>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={c.documents}
        locale={{ emptyText: tr('docs.none') }}
        scroll={{ x: 640 }}
        columns={[
          {
            key: 'file',
            title: tr('docs.fileName'),
            render: (_, d) => (
              <a href={attachmentUrl(d.id)} aria-label={tr('docs.download', { name: d.fileName })}>
                <DownloadOutlined /> {d.fileName}
              </a>
            ),
          },
          { key: 'created', title: tr('docs.createdAt'), render: (_, d) => fmt.dateTime(d.createdAt) },
          {
            key: 'service',
            title: tr('docs.services'),
            render: (_, d) => {
              const list = c.services.filter((s) => s.attachmentId === d.id);
              if (list.length === 0) return <Typography.Text type="secondary">{tr('docs.noServices')}</Typography.Text>;
              return list.map((s) => (
                <div key={s.id}>
                  <Tag>{channel(s.channel)}</Tag>
                  <Tag color={statusColours[s.status]}>{statusText[s.status] ?? s.status}</Tag>
                  {fmt.dateTime(s.sentAt)}
                  {s.acknowledgedAt && ` · ${tr('docs.acknowledged')} ${fmt.dateTime(s.acknowledgedAt)}`}
                </div>
              ));
            },
          },
        ]}
      />
    </Card>
  );
}
