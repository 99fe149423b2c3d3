import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { uploadAttachment } from '../../../api/upload';
import { useReconT } from '../../../i18n';

interface Props {
  id?: string;
  /** The draft the letter belongs to until the case exists (owner `reconDraft`). */
  draftId: string;
  value?: string;
  onChange?(attachmentId: string | undefined): void;
  'aria-describedby'?: string;
}

/** 授权委托书: uploaded at once under the draft; the field's value is the attachment id the intake sends. */
export function LetterUpload({ id, draftId, value, onChange }: Props) {
  const tr = useReconT();
  const onError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState<string>();

  return (
    <Space wrap>
      <Upload
        accept=".pdf,.png,.jpg,.jpeg,.docx"
        showUploadList={false}
        beforeUpload={(file) => {
          setBusy(true);
          uploadAttachment('reconDraft', draftId, file)
            .then((a) => {
              setName(a.fileName);
              onChange?.(a.id);
            })
            .catch((e: unknown) => onError(e))
            .finally(() => setBusy(false));
          return false;
        }}
      >
        <Button id={id} icon={<UploadOutlined />} loading={busy}>
          {tr('intake.letterUpload')}
        </Button>
      </Upload>
      {value && (
        <Typography.Text>
          <PaperClipOutlined /> {tr('intake.letterUploaded', { name: name ?? value })}
        </Typography.Text>
      )}
    </Space>
  );
}
