import type { CalendarYearDetail, CalendarYearSummary, DeadlineResponse, StatutoryPeriodView } from '@tianping/common/contract/calendar';
import { api } from '../../api/client';

export interface CalendarYearList {
  calendarVersion: string;
  maintainedYears: number[];
  items: CalendarYearSummary[];
}

export interface PeriodCatalogue {
  modules: { id: string; name: { zh: string; en: string } }[];
  items: StatutoryPeriodView[];
}

type Text = { zh: string; en: string };

export interface YearEntry {
  year: number;
  sourceTitle: string;
  documentNumber?: string | null;
  publishedOn: string;
  holidays: { name: Text; from: string; to: string }[];
  makeUpWorkdays: { name: Text; date: string }[];
  correctsOfficial?: boolean;
}

/** PUT /calendar/years/:year: the corrected schedule of an administrator's entry. */
export type YearCorrection = Omit<YearEntry, 'year' | 'correctsOfficial'> & { version: number; reason: string };

export interface DeadlineQuery {
  periodId?: string;
  period?: { amount: number; unit: string; legalBasis: { law: string; article: string } };
  start: string;
  excluded: { kind: string; from: string; to: string }[];
  extensions: { amount: number; unit: string; approvedOn: string }[];
}

export const calendarKeys = {
  years: ['calendar', 'years'] as const,
  year: (year: number) => ['calendar', 'years', year] as const,
  periods: ['calendar', 'periods'] as const,
};

export const calendarApi = {
  years: () => api<CalendarYearList>('/calendar/years'),
  year: (year: number) => api<CalendarYearDetail>(`/calendar/years/${year}`),
  enter: (body: YearEntry) => api<CalendarYearDetail>('/calendar/years', { method: 'POST', body }),
  correct: (year: number, body: YearCorrection) => api<CalendarYearDetail>(`/calendar/years/${year}`, { method: 'PUT', body }),
  periods: () => api<PeriodCatalogue>('/calendar/periods'),
  deadline: (body: DeadlineQuery) => api<DeadlineResponse>('/calendar/deadline', { method: 'POST', body }),
};
