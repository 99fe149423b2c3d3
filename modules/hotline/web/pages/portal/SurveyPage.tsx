import { useMutation } from '@tanstack/react-query';
import { Form, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../../../../web/src/api/api-error';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { categoryLabels } from '../../../contract/enums';
import type { SurveyAnswerBody, SurveyAnswered } from '../../../contract/survey';
import { surveyApi, usePublicSurvey } from '../../api/portal';
import { useHotlinePortalT } from '../../portal-i18n';
import { type RatingValues, RatingForm } from './RatingForm';
import { Facts, hotlinePortalPaths, LinkButton, PortalCard, PortalTitle } from './portal-parts';

type LinkProblem = 'used' | 'expired' | 'invalid';

/** The error codes of a link that cannot be answered (plan: 409 used, 410 expired, 400/404 forged). */
function linkProblem(error: unknown): LinkProblem | undefined {
  if (!isApiError(error)) return undefined;
  if (error.code === 'HOTLINE_SURVEY_USED' || error.status === 409) return 'used';
  if (error.code === 'HOTLINE_SURVEY_EXPIRED' || error.status === 410) return 'expired';
  if (error.code === 'HOTLINE_SURVEY_INVALID' || error.status === 404 || error.status === 400) return 'invalid';
  return undefined;
}

/**
 * /portal/hotline/survey/:token — the page the SMS link opens after a contact was closed. No sign-in:
 * the single-use signed token is the key. Shows which contact it is about, three choices and a comment;
 * a used, expired or forged link gets a plain explanation instead of an error.
 */
export default function SurveyPage() {
  const t = useHotlinePortalT();
  const text = useLocalText();
  usePageTitle(t('title.survey'));
  const { token = '' } = useParams();
  const survey = usePublicSurvey(token);
  const [done, setDone] = useState<SurveyAnswered | null>(null);
  const [problem, setProblem] = useState<LinkProblem | null>(null);

  const heading = <PortalTitle>{t('title.survey')}</PortalTitle>;
  if (done) {
    return (
      <>
        {heading}
        <Result
          status={done.rating === 'dissatisfied' ? 'info' : 'success'}
          title={t('survey.thanks')}
          subTitle={done.rating === 'dissatisfied' ? t('survey.thanksDissatisfied') : text(done.message)}
          extra={<ToHome />}
        />
      </>
    );
  }
  const shown = problem ?? linkProblem(survey.error) ?? (survey.data?.answered ? 'used' : undefined);
  if (shown) {
    return (
      <>
        {heading}
        <ProblemResult problem={shown} />
      </>
    );
  }
  if (survey.isPending) return <Skeleton active />;
  if (survey.isError) {
    return (
      <>
        {heading}
        <QueryError error={survey.error} onRetry={() => void survey.refetch()} />
      </>
    );
  }
  return (
    <>
      {heading}
      <p>{t('survey.intro')}</p>
      <SurveyAbout token={token} />
      <SurveyForm token={token} onDone={setDone} onProblem={setProblem} />
    </>
  );
}

function SurveyAbout({ token }: { token: string }) {
  const t = useHotlinePortalT();
  const text = useLocalText();
  const { date, dateTime } = useFormat();
  const { data } = usePublicSurvey(token);
  if (!data) return null;
  const category = categoryLabels[data.category];
  return (
    <PortalCard title={t('survey.about')}>
      <Facts
        items={[
          { label: t('survey.ticketNumber'), value: data.ticketNumber },
          { label: t('survey.centre'), value: data.centre },
          { label: t('survey.category'), value: category ? text(category) : data.categoryZh },
          { label: t('survey.contactedAt'), value: dateTime(data.contactedAt) },
          { label: t('survey.expiresAt'), value: date(data.expiresAt) },
        ]}
      />
    </PortalCard>
  );
}

function SurveyForm({
  token,
  onDone,
  onProblem,
}: {
  token: string;
  onDone: (answered: SurveyAnswered) => void;
  onProblem: (problem: LinkProblem) => void;
}) {
  const t = useHotlinePortalT();
  const [form] = Form.useForm<RatingValues>();
  const onError = useApiErrorHandler();
  const answer = useMutation({
    mutationFn: (body: SurveyAnswerBody) => surveyApi.answer(token, body),
    onSuccess: (answered) => onDone(answered),
    onError: (err) => {
      const problem = linkProblem(err);
      if (problem && !(isApiError(err) && err.status === 400 && err.field && err.field !== 'token')) onProblem(problem);
      else onError(err, form);
    },
  });
  return (
    <PortalCard title={t('survey.card')}>
      <RatingForm
        form={form}
        label={t('survey.rating')}
        submitText={t('survey.submit')}
        loading={answer.isPending}
        onSubmit={(v) => answer.mutate(v)}
        dissatisfiedHint={t('survey.dissatisfiedHint')}
      />
      <p style={{ marginTop: 12, color: 'rgba(0,0,0,0.65)', fontSize: '0.9em' }}>{t('survey.localRule')}</p>
    </PortalCard>
  );
}

function ProblemResult({ problem }: { problem: LinkProblem }) {
  const t = useHotlinePortalT();
  return (
    <Result
      status={problem === 'used' ? 'info' : 'warning'}
      title={t(`survey.${problem}`)}
      subTitle={t(`survey.${problem}Text`)}
      extra={<ToHome />}
    />
  );
}

function ToHome() {
  const t = useHotlinePortalT();
  return (
    <LinkButton to={hotlinePortalPaths.home} size="large">
      {t('survey.toHome')}
    </LinkButton>
  );
}
