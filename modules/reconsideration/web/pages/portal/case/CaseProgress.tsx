import { Steps } from 'antd';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import type { CitizenCaseDetail } from '../../../../contract/portal';
import { useReconPortalT } from '../../../portal-i18n';
import { isClosedState } from './case-status';

/**
 * The case's path in plain words, as a vertical timeline:
 * 已收到 → (需补正) → 审查中 → 已受理 → 审理中 → 已办结; closed at the review (不予受理, 视为放弃,
 * 告知管辖) it ends after 审查中 with the outcome's words.
 */
export function CaseProgress({ c }: { c: CitizenCaseDetail }) {
  const t = useReconPortalT();
  const text = useLocalText();
  const { date } = useFormat();
  const withCorrection = c.corrections.length > 0 || c.state === 'correcting';
  const closedAtReview = ['rejected', 'abandoned', 'transferred'].includes(c.state);
  const closed = isClosedState(c.state);
  const lastCorrection = c.corrections.at(-1);
  const items = [
    { key: 'received', title: t('case.stage.received'), content: date(c.receivedOn) },
    ...(withCorrection
      ? [
          {
            key: 'correcting',
            title: t('case.stage.correcting'),
            content: lastCorrection?.correctedOn
              ? t('case.correctedOn', { date: date(lastCorrection.correctedOn) })
              : lastCorrection
                ? date(lastCorrection.noticeOn)
                : undefined,
          },
        ]
      : []),
    { key: 'review', title: t('case.stage.review') },
    ...(closedAtReview
      ? []
      : [
          { key: 'accepted', title: t('case.stage.accepted') },
          { key: 'hearing', title: t('case.stage.hearing') },
        ]),
    { key: 'closed', title: closed ? text(c.status) : t('case.stage.closed'), content: c.closedOn ? date(c.closedOn) : undefined },
  ];
  const at = (key: string) => items.findIndex((i) => i.key === key);
  const current = closed
    ? items.length - 1
    : c.state === 'correcting'
      ? at('correcting')
      : c.state === 'received'
        ? at('review')
        : at('hearing');
  return <Steps orientation="vertical" size="small" current={current} status={closed ? 'finish' : 'process'} items={items} />;
}
