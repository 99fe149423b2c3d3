import { annualNotice, festivals, jointFestival } from './festivals';
import type { YearScheduleInput } from './holiday-types';

/** 2023: 国办发明电〔2022〕16号, issued 2022-12-08. New Year's Day starts on 2022-12-31. */
export const holidays2023: YearScheduleInput = {
  year: 2023,
  source: annualNotice(2023, '2022-12-08', '国办发明电〔2022〕16号'),
  arrangements: [
    { name: festivals.newYearsDay, rest: [{ from: '2022-12-31', to: '2023-01-02' }], makeUpWorkdays: [] },
    { name: festivals.springFestival, rest: [{ from: '2023-01-21', to: '2023-01-27' }], makeUpWorkdays: ['2023-01-28', '2023-01-29'] },
    { name: festivals.qingming, rest: [{ from: '2023-04-05', to: '2023-04-05' }], makeUpWorkdays: [] },
    { name: festivals.labourDay, rest: [{ from: '2023-04-29', to: '2023-05-03' }], makeUpWorkdays: ['2023-04-23', '2023-05-06'] },
    { name: festivals.dragonBoat, rest: [{ from: '2023-06-22', to: '2023-06-24' }], makeUpWorkdays: ['2023-06-25'] },
    {
      name: jointFestival(festivals.midAutumn, festivals.nationalDay),
      rest: [{ from: '2023-09-29', to: '2023-10-06' }],
      makeUpWorkdays: ['2023-10-07', '2023-10-08'],
    },
  ],
};
