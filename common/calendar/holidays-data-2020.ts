import { annualNotice, festivals, jointFestival, stateCouncilGeneralOffice } from './festivals';
import type { YearScheduleInput } from './holiday-types';

/** 国务院办公厅关于延长2020年春节假期的通知 (COVID-19): Spring Festival extended to 2 February. */
const EXTENSION_2020 = '国办发明电〔2020〕1号';

/**
 * 2020: 国办发明电〔2019〕16号 (issued 2019-11-21), amended by 国办发明电〔2020〕1号 (issued 2020-01-26),
 * which extended the Spring Festival break to 2020-02-02 and so cancelled the make-up working day
 * of Saturday 2020-02-01; work resumed on Monday 2020-02-03.
 */
export const holidays2020: YearScheduleInput = {
  year: 2020,
  source: annualNotice(2020, '2019-11-21', '国办发明电〔2019〕16号'),
  amendments: [
    {
      title: '国务院办公厅关于延长2020年春节假期的通知',
      documentNumber: EXTENSION_2020,
      issuer: stateCouncilGeneralOffice,
      issuedOn: '2020-01-26',
    },
  ],
  arrangements: [
    { name: festivals.newYearsDay, rest: [{ from: '2020-01-01', to: '2020-01-01' }], makeUpWorkdays: [] },
    {
      name: festivals.springFestival,
      rest: [
        { from: '2020-01-24', to: '2020-01-30' },
        { from: '2020-01-31', to: '2020-02-02', basis: EXTENSION_2020 },
      ],
      makeUpWorkdays: ['2020-01-19'],
    },
    { name: festivals.qingming, rest: [{ from: '2020-04-04', to: '2020-04-06' }], makeUpWorkdays: [] },
    { name: festivals.labourDay, rest: [{ from: '2020-05-01', to: '2020-05-05' }], makeUpWorkdays: ['2020-04-26', '2020-05-09'] },
    { name: festivals.dragonBoat, rest: [{ from: '2020-06-25', to: '2020-06-27' }], makeUpWorkdays: ['2020-06-28'] },
    {
      name: jointFestival(festivals.nationalDay, festivals.midAutumn),
      rest: [{ from: '2020-10-01', to: '2020-10-08' }],
      makeUpWorkdays: ['2020-09-27', '2020-10-10'],
    },
  ],
};
