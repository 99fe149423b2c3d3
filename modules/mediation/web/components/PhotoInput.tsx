import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Spin, Typography } from 'antd';
import { useId, useRef, useState } from 'react';
import { useApiErrorHandler } from '../../../../web/src/api/use-api-error';
import { attachmentUrl, uploadAttachment } from '../api/upload';
import { useMedT } from '../i18n';

export interface UploadedPhoto {
  id: string;
  fileName: string;
}

interface Props {
  /** Given by antd's Form.Item, so its label points at the file input. */
  id?: string;
  /** The case the photos belong to (attachment owner `medCase`), or a draft id with `entityType="medDraft"`. */
  caseId: string;
  entityType?: 'medCase' | 'medDraft';
  /** Photos only (camera), or photos and papers (PDF scans) too. */
  anyFile?: boolean;
  label: string;
  value?: UploadedPhoto[];
  onChange?(value: UploadedPhoto[]): void;
}

/**
 * Photos taken on the spot: a real file input with `accept="image/*" capture` (the phone opens its
 * camera), each picture uploaded at once to POST /api/attachments under the case and shown as a
 * thumbnail that can be removed before the record is saved. Works as an antd form control.
 */
export function PhotoInput({ id, caseId, entityType = 'medCase', anyFile, label, value = [], onChange }: Props) {
  const tr = useMedT();
  const ownId = useId();
  const inputId = id ?? ownId;
  const input = useRef<HTMLInputElement>(null);
  const onError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);

  const pick = async (files: FileList | null) => {
    if (!files?.length) return;
    setBusy(true);
    const added: UploadedPhoto[] = [];
    try {
      for (const file of Array.from(files)) {
        const stored = await uploadAttachment(entityType, caseId, file);
        added.push({ id: stored.id, fileName: stored.fileName });
      }
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
      if (added.length) onChange?.([...value, ...added]);
    }
  };

  return (
    <div>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept={anyFile ? 'image/*,application/pdf' : 'image/*'}
        capture={anyFile ? undefined : 'environment'}
        multiple
        className="med-visually-hidden"
        onChange={(e) => void pick(e.target.files)}
      />
      <label
        htmlFor={inputId}
        className="ant-btn ant-btn-default med-photo-pick"
        style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}
      >
        <CameraOutlined aria-hidden /> {label}
      </label>
      {busy && <Spin size="small" style={{ marginInlineStart: 8 }} aria-label={tr('photo.uploading')} />}
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
        {tr('photo.hint')}
      </Typography.Paragraph>
      {value.length > 0 && (
        <ul className="med-photo-list" aria-label={tr('photo.list')}>
          {value.map((p) => (
            <li key={p.id} className="med-photo">
              {/\.pdf$/i.test(p.fileName) ? (
                <span
                  style={{
                    width: 88,
                    height: 88,
                    display: 'grid',
                    placeItems: 'center',
                    border: '1px solid #e6e9ef',
                    borderRadius: 6,
                    fontSize: 12,
                  }}
                >
                  {p.fileName}
                </span>
              ) : (
                <img src={attachmentUrl(p.id)} alt={p.fileName} width={88} height={88} style={{ objectFit: 'cover', borderRadius: 6 }} />
              )}
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={tr('photo.remove', { name: p.fileName })}
                onClick={() => onChange?.(value.filter((x) => x.id !== p.id))}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
