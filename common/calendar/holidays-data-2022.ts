import { annualNotice, festivals } from './festivals';
import type { YearScheduleInput } from './holiday-types';

/** 2022: 国办发明电〔2021〕11号, issued 2021-10-25. */
export const holidays2022: YearScheduleInput = {
  year: 2022,
  source: annualNotice(2022, '2021-10-25', '国办发明电〔2021〕11号'),
  arrangements: [
    { name: festivals.newYearsDay, rest: [{ from: '2022-01-01', to: '2022-01-03' }], makeUpWorkdays: [] },
    { name: festivals.springFestival, rest: [{ from: '2022-01-31', to: '2022-02-06' }], makeUpWorkdays: ['2022-01-29', '2022-01-30'] },
    { name: festivals.qingming, rest: [{ from: '2022-04-03', to: '2022-04-05' }], makeUpWorkdays: ['2022-04-02'] },
    { name: festivals.labourDay, rest: [{ from: '2022-04-30', to: '2022-05-04' }], makeUpWorkdays: ['2022-04-24', '2022-05-07'] },
    { name: festivals.dragonBoat, rest: [{ from: '2022-06-03', to: '2022-06-05' }], makeUpWorkdays: [] },
    { name: festivals.midAutumn, rest: [{ from: '2022-09-10', to: '2022-09-12' }], makeUpWorkdays: [] },
    { name: festivals.nationalDay, rest: [{ from: '2022-10-01', to: '2022-10-07' }], makeUpWorkdays: ['2022-10-08', '2022-10-09'] },
  ],
};
