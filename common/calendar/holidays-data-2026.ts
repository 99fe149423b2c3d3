import { annualNotice, festivals } from './festivals';
import type { YearScheduleInput } from './holiday-types';

/**
 * 2026: 国务院办公厅关于2026年部分节假日安排的通知, issued 2025-11-04 (text as published by Xinhua).
 * Document number 国办发明电〔2025〕7号: taken from secondary sources that cite it consistently; the
 * gov.cn page itself was not read here.
 */
export const holidays2026: YearScheduleInput = {
  year: 2026,
  source: annualNotice(2026, '2025-11-04', '国办发明电〔2025〕7号'),
  arrangements: [
    { name: festivals.newYearsDay, rest: [{ from: '2026-01-01', to: '2026-01-03' }], makeUpWorkdays: ['2026-01-04'] },
    { name: festivals.springFestival, rest: [{ from: '2026-02-15', to: '2026-02-23' }], makeUpWorkdays: ['2026-02-14', '2026-02-28'] },
    { name: festivals.qingming, rest: [{ from: '2026-04-04', to: '2026-04-06' }], makeUpWorkdays: [] },
    { name: festivals.labourDay, rest: [{ from: '2026-05-01', to: '2026-05-05' }], makeUpWorkdays: ['2026-05-09'] },
    { name: festivals.dragonBoat, rest: [{ from: '2026-06-19', to: '2026-06-21' }], makeUpWorkdays: [] },
    { name: festivals.midAutumn, rest: [{ from: '2026-09-25', to: '2026-09-27' }], makeUpWorkdays: [] },
    { name: festivals.nationalDay, rest: [{ from: '2026-10-01', to: '2026-10-07' }], makeUpWorkdays: ['2026-09-20', '2026-10-10'] },
  ],
};
