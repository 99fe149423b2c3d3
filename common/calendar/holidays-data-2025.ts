import { annualNotice, festivals, jointFestival } from './festivals';
import type { YearScheduleInput } from './holiday-types';

/**
 * 2025: 国办发明电〔2024〕12号, issued 2024-11-12 — the first schedule under the 2024 revision of
 * 全国年节及纪念日放假办法 (Spring Festival and Labour Day one day longer, 第二条).
 */
export const holidays2025: YearScheduleInput = {
  year: 2025,
  source: annualNotice(2025, '2024-11-12', '国办发明电〔2024〕12号'),
  arrangements: [
    { name: festivals.newYearsDay, rest: [{ from: '2025-01-01', to: '2025-01-01' }], makeUpWorkdays: [] },
    { name: festivals.springFestival, rest: [{ from: '2025-01-28', to: '2025-02-04' }], makeUpWorkdays: ['2025-01-26', '2025-02-08'] },
    { name: festivals.qingming, rest: [{ from: '2025-04-04', to: '2025-04-06' }], makeUpWorkdays: [] },
    { name: festivals.labourDay, rest: [{ from: '2025-05-01', to: '2025-05-05' }], makeUpWorkdays: ['2025-04-27'] },
    { name: festivals.dragonBoat, rest: [{ from: '2025-05-31', to: '2025-06-02' }], makeUpWorkdays: [] },
    {
      name: jointFestival(festivals.nationalDay, festivals.midAutumn),
      rest: [{ from: '2025-10-01', to: '2025-10-08' }],
      makeUpWorkdays: ['2025-09-28', '2025-10-11'],
    },
  ],
};
