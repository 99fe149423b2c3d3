import { Alert, Skeleton, Tag, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { EligibilityResultView } from '../../../../contract/application';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { useAidPortalT } from '../../../portal-i18n';

const outcomeType = { eligible: 'success', ineligible: 'warning', outOfScope: 'warning', discretion: 'info' } as const;

/** Step 5: the materials this matter needs (from the pre-check), photos picked now and uploaded on submit. */
export function MaterialsStep({
  result,
  files,
  onFiles,
}: {
  result: EligibilityResultView | null;
  files: File[];
  onFiles(f: File[]): void;
}) {
  const t = useAidPortalT();
  const text = useLocalText();
  if (!result) return <Skeleton active />;
  return (
    <>
      <p>{t('materials.intro')}</p>
      <ul className="aid-list" style={{ fontSize: '1.05em' }}>
        {result.materials.map((m) => (
          <li key={m.key}>{text(m)}</li>
        ))}
      </ul>
      <Upload.Dragger
        multiple
        accept="image/*,.pdf"
        fileList={files.map((f, i) => ({ uid: String(i), name: f.name, status: 'done' as const }))}
        beforeUpload={(f) => {
          onFiles([...files, f]);
          return false;
        }}
        onRemove={(f) => onFiles(files.filter((_, i) => String(i) !== f.uid))}
      >
        <p style={{ fontSize: 28, margin: 0 }}>
          <UploadOutlined />
        </p>
        <p>{t('materials.pick')}</p>
      </Upload.Dragger>
    </>
  );
}

/** Step 6: the pre-check explained BEFORE submitting — outcome, every reason with its article, never a silent refusal. */
export function ResultStep({ result }: { result: EligibilityResultView | null }) {
  const t = useAidPortalT();
  const text = useLocalText();
  if (!result) return <Alert type="info" title={t('result.loading')} />;
  return (
    <>
      <p>{t('result.intro')}</p>
      <Alert
        type={outcomeType[result.outcome]}
        showIcon
        title={<strong style={{ fontSize: '1.1em' }}>{text(result.outcomeLabel)}</strong>}
        style={{ marginBottom: 12 }}
      />
      {result.hardship && (
        <p>
          {t('result.threshold', { per: result.hardship.perCapitaYuan, th: result.hardship.thresholdYuan })}
          {result.hardship.example && <Tag color="orange">{t('result.example')}</Tag>}
        </p>
      )}
      <h3 style={{ fontSize: '1.05em' }}>{t('result.reasons')}</h3>
      <ul className="aid-list">
        {result.reasons.map((r, i) => (
          <li key={i}>
            {text(r)}
            {r.article && <span style={{ color: 'rgba(0,0,0,0.65)' }}>（{r.article}）</span>}
          </li>
        ))}
      </ul>
      {result.outcome !== 'eligible' && <Alert type="info" title={t('result.notEligible')} />}
    </>
  );
}
