import { Alert, App, Card, Descriptions, Radio, Skeleton, Typography } from 'antd';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { useCan, useStaff } from '../../../../../web/src/access/can';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useReconSettings, useUpdateReconSettings } from '../../api/handling';
import { useStageT } from '../../i18n/stages';
import { useLabel } from '../case-handling/parts';

/**
 * /workbench/reconsideration/settings — the local rule on whether suspension time counts towards the
 * decision period of 行政复议法 第六十二条 (the law is silent); changed city-wide by the office head.
 */
export default function SettingsPage() {
  const st = useStageT();
  const label = useLabel();
  const can = useCan();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const settings = useReconSettings();
  const update = useUpdateReconSettings();
  const { me } = useStaff();
  const active = me.assignments.find((a) => a.id === me.activeAssignmentId);
  /** The rule is city-wide: the server accepts a change only from a city-scope office head. */
  const editable = can('reconsideration.decision.review') && active?.scope === 'city';

  const change = (excluded: boolean) =>
    update.mutateAsync({ suspensionExcludedFromDecisionPeriod: excluded }).then(
      () => void message.success(st('common.saved')),
      (e: unknown) => onError(e),
    );

  return (
    <>
      <PageHeading title={st('set.menu')} />
      <Card title={st('set.title')}>
        {settings.isPending ? <Skeleton active /> : null}
        {settings.isError ? <QueryError error={settings.error} onRetry={() => void settings.refetch()} /> : null}
        {settings.data ? (
          <>
            <Alert type="warning" showIcon title={st('h.localRule')} description={st('set.lawSilent')} style={{ marginBottom: 16 }} />
            <Radio.Group
              aria-label={st('set.suspension')}
              disabled={!editable || update.isPending}
              value={settings.data.suspensionExcludedFromDecisionPeriod}
              onChange={(e) => void change(e.target.value as boolean)}
              style={{ display: 'flex', flexDirection: 'column', gap: 8, marginBottom: 16 }}
              options={[
                { value: true, label: st('set.on') },
                { value: false, label: st('set.off') },
              ]}
            />
            {editable ? null : <Typography.Paragraph type="secondary">{st('set.cityOnly')}</Typography.Paragraph>}
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={st('set.current')}>
                <Typography.Text>{label(settings.data.note)}</Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          </>
        ) : null}
      </Card>
    </>
  );
}
