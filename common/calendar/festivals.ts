import type { LocalizedText } from './legal-basis';
import type { NoticeInput } from './holiday-types';

/** The festivals for which all citizens get days off (全国年节及纪念日放假办法 第二条). */
export const festivals = {
  newYearsDay: { zh: '元旦', en: 'New Year’s Day' },
  springFestival: { zh: '春节', en: 'Spring Festival' },
  qingming: { zh: '清明节', en: 'Qingming Festival' },
  labourDay: { zh: '劳动节', en: 'Labour Day' },
  dragonBoat: { zh: '端午节', en: 'Dragon Boat Festival' },
  midAutumn: { zh: '中秋节', en: 'Mid-Autumn Festival' },
  nationalDay: { zh: '国庆节', en: 'National Day' },
} as const satisfies Record<string, LocalizedText>;

/** A block the notice names jointly, in the notice's own order (国庆节、中秋节 or 中秋节、国庆节). */
export function jointFestival(first: LocalizedText, second: LocalizedText): LocalizedText {
  return { zh: `${first.zh}、${second.zh}`, en: `${first.en} and ${second.en}` };
}

export const stateCouncilGeneralOffice: LocalizedText = { zh: '国务院办公厅', en: 'General Office of the State Council' };

/** The yearly notice: 国务院办公厅关于<year>年部分节假日安排的通知. */
export function annualNotice(year: number, issuedOn: string, documentNumber?: string): NoticeInput {
  return {
    title: `国务院办公厅关于${year}年部分节假日安排的通知`,
    issuer: stateCouncilGeneralOffice,
    issuedOn,
    ...(documentNumber === undefined ? {} : { documentNumber }),
  };
}
