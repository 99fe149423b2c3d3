import { annualNotice, festivals } from './festivals';
import type { YearScheduleInput } from './holiday-types';

/** 2021: 国办发明电〔2020〕27号, issued 2020-11-25. */
export const holidays2021: YearScheduleInput = {
  year: 2021,
  source: annualNotice(2021, '2020-11-25', '国办发明电〔2020〕27号'),
  arrangements: [
    { name: festivals.newYearsDay, rest: [{ from: '2021-01-01', to: '2021-01-03' }], makeUpWorkdays: [] },
    { name: festivals.springFestival, rest: [{ from: '2021-02-11', to: '2021-02-17' }], makeUpWorkdays: ['2021-02-07', '2021-02-20'] },
    { name: festivals.qingming, rest: [{ from: '2021-04-03', to: '2021-04-05' }], makeUpWorkdays: [] },
    { name: festivals.labourDay, rest: [{ from: '2021-05-01', to: '2021-05-05' }], makeUpWorkdays: ['2021-04-25', '2021-05-08'] },
    { name: festivals.dragonBoat, rest: [{ from: '2021-06-12', to: '2021-06-14' }], makeUpWorkdays: [] },
    { name: festivals.midAutumn, rest: [{ from: '2021-09-19', to: '2021-09-21' }], makeUpWorkdays: ['2021-09-18'] },
    { name: festivals.nationalDay, rest: [{ from: '2021-10-01', to: '2021-10-07' }], makeUpWorkdays: ['2021-09-26', '2021-10-09'] },
  ],
};
