import { annualNotice, festivals } from './festivals';
import type { YearScheduleInput } from './holiday-types';

/**
 * 2024: 国办发明电〔2023〕7号, issued 2023-10-25. New Year's Day and the Dragon Boat Festival are
 * single days "与周末连休" (joined to the weekend). The notice only encourages employers to let
 * staff rest on New Year's Eve (2024-02-09); it is not an official rest day and stays a working day.
 */
export const holidays2024: YearScheduleInput = {
  year: 2024,
  source: annualNotice(2024, '2023-10-25', '国办发明电〔2023〕7号'),
  arrangements: [
    { name: festivals.newYearsDay, rest: [{ from: '2024-01-01', to: '2024-01-01' }], makeUpWorkdays: [] },
    { name: festivals.springFestival, rest: [{ from: '2024-02-10', to: '2024-02-17' }], makeUpWorkdays: ['2024-02-04', '2024-02-18'] },
    { name: festivals.qingming, rest: [{ from: '2024-04-04', to: '2024-04-06' }], makeUpWorkdays: ['2024-04-07'] },
    { name: festivals.labourDay, rest: [{ from: '2024-05-01', to: '2024-05-05' }], makeUpWorkdays: ['2024-04-28', '2024-05-11'] },
    { name: festivals.dragonBoat, rest: [{ from: '2024-06-10', to: '2024-06-10' }], makeUpWorkdays: [] },
    { name: festivals.midAutumn, rest: [{ from: '2024-09-15', to: '2024-09-17' }], makeUpWorkdays: ['2024-09-14'] },
    { name: festivals.nationalDay, rest: [{ from: '2024-10-01', to: '2024-10-07' }], makeUpWorkdays: ['2024-09-29', '2024-10-12'] },
  ],
};
