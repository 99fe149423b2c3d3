import { Alert, Button, Descriptions, Grid } from 'antd';
import type { ReactNode } from 'react';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { actKindLabels } from '../../../../contract/enums';
import { useBodies } from '../../../api/portal';
import { useReconPortalT } from '../../../portal-i18n';
import type { ApplyFormValues } from './apply-form';

interface Props {
  values: ApplyFormValues;
  respondentLabel: string | undefined;
  files: File[];
  goTo: (step: number) => void;
}

/** Step 7: everything that will be submitted, each part with a way back to edit it, and the time-limit rule. */
export function ReviewStep({ values, respondentLabel, files, goTo }: Props) {
  const t = useReconPortalT();
  const text = useLocalText();
  const { date } = useFormat();
  const bodies = useBodies();
  const screens = Grid.useBreakpoint();
  const none = t('review.none');
  const a = values.applicant;
  const bodyName = bodies.data?.items.find((b) => b.id === values.orgId)?.name;
  const edit = (step: number) => (
    <Button type="link" onClick={() => goTo(step)}>
      {t('review.edit')}
    </Button>
  );
  const section = (title: string, step: number, items: { label: string; value: ReactNode }[]) => (
    <Descriptions
      size="small"
      column={1}
      bordered={Boolean(screens.md)}
      layout={screens.md ? 'horizontal' : 'vertical'}
      title={title}
      extra={edit(step)}
      style={{ marginBottom: 16 }}
      items={items.map((i, k) => ({ key: k, label: i.label, children: i.value || none }))}
    />
  );
  return (
    <>
      <Alert type="info" showIcon title={t('review.intro')} style={{ marginBottom: 16 }} />
      {section(t('step.applicant'), 0, [
        { label: t('applicant.kind'), value: a.kind === 'organisation' ? t('applicant.organisation') : t('applicant.person') },
        { label: a.kind === 'organisation' ? t('applicant.orgName') : t('applicant.name'), value: a.name },
        a.kind === 'organisation'
          ? { label: t('applicant.creditCode'), value: a.creditCode }
          : { label: t('applicant.idNumber'), value: a.idNumber },
        ...(a.kind === 'organisation' ? [{ label: t('applicant.representative'), value: a.representative }] : []),
        { label: t('applicant.phone'), value: a.phone },
        { label: t('applicant.address'), value: a.address },
      ])}
      {section(
        t('step.agents'),
        1,
        values.agents?.length
          ? values.agents.map((g, i) => ({
              label: t('agents.item', { n: i + 1 }),
              value: `${g.name ?? ''}（${g.agentKind ? t(`agents.kind.${g.agentKind}`) : ''}）${g.authorisationLetterAttachmentId ? ` · ${t('agents.letter')} ✓` : ''}`,
            }))
          : [{ label: t('step.agents'), value: t('review.agentsNone') }],
      )}
      {section(t('step.respondent'), 2, [
        { label: t('cases.respondent'), value: respondentLabel ?? values.respondentName },
        { label: t('respondent.body'), value: bodyName },
      ])}
      {section(t('step.act'), 3, [
        { label: t('act.kind'), value: values.act.kind ? text(actKindLabels[values.act.kind]) : undefined },
        { label: t('act.documentNo'), value: values.act.documentNo },
        { label: t('act.madeOn'), value: date(values.act.madeOn) },
        { label: t('act.learnedOn'), value: date(values.act.learnedOn) },
        { label: t('act.rightsStated'), value: values.act.rightsStated ? t('act.rightsYes') : t('act.rightsNo') },
        ...(values.act.rightsStated ? [] : [{ label: t('act.learnedOfRightsOn'), value: date(values.act.learnedOfRightsOn) }]),
        { label: t('act.amountYuan'), value: values.act.amountYuan ?? undefined },
      ])}
      {section(t('step.requests'), 4, [
        { label: t('requests.requests'), value: <span style={{ whiteSpace: 'pre-wrap' }}>{values.requests}</span> },
        { label: t('requests.facts'), value: <span style={{ whiteSpace: 'pre-wrap' }}>{values.factsAndReasons}</span> },
      ])}
      {section(t('step.materials'), 5, [
        {
          label: t('step.materials'),
          value: files.length ? files.map((f) => f.name).join('、') : undefined,
        },
      ])}
      <Alert type="warning" showIcon title={t('review.timeliness')} description={t('review.timelinessRule')} style={{ marginBottom: 16 }} />
    </>
  );
}
