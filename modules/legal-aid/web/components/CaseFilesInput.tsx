import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../../web/src/api/api-error';
import { useLocale } from '../../../../web/src/i18n/locale-context';
import { uploadCaseFile } from '../api/upload';
import { useAidT } from '../i18n';

interface Props {
  caseId: string;
  id?: string;
  value?: string[];
  onChange?(ids: string[]): void;
  /** Citizen pages pass their own upload route. */
  upload?: (caseId: string, file: File) => Promise<{ id: string }>;
}

/** A form control: files uploaded to the case at once (owner `aidCase`); its value is their attachment ids. */
export function CaseFilesInput({ caseId, id, value = [], onChange, upload = uploadCaseFile }: Props) {
  const tr = useAidT();
  const { message } = App.useApp();
  const { locale } = useLocale();
  const [list, setList] = useState<UploadFile[]>([]);
  return (
    <Upload
      fileList={list}
      multiple
      beforeUpload={(file) => {
        const uid = file.uid;
        setList((l) => [...l, { uid, name: file.name, status: 'uploading' }]);
        upload(caseId, file).then(
          (a) => {
            setList((l) => l.map((f) => (f.uid === uid ? { ...f, status: 'done', response: a.id } : f)));
            onChange?.([...value, a.id]);
            message.success(tr('common.uploaded', { name: file.name }));
          },
          (e: unknown) => {
            setList((l) => l.map((f) => (f.uid === uid ? { ...f, status: 'error' } : f)));
            message.error(isApiError(e) ? e.text(locale) : String(e));
          },
        );
        return false;
      }}
      onRemove={(f) => {
        setList((l) => l.filter((x) => x.uid !== f.uid));
        if (typeof f.response === 'string') onChange?.(value.filter((v) => v !== f.response));
      }}
    >
      <Button id={id} icon={<UploadOutlined />}>
        {tr('common.upload')}
      </Button>
    </Upload>
  );
}
