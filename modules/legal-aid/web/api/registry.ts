import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type {
  forwardBodySchema,
  forwardResultSchema,
  monthlyStatsSchema,
  rosterBodySchema,
  rosterListSchema,
  serviceBodySchema,
  serviceListSchema,
  stationBodySchema,
  stationListSchema,
  stationPatchSchema,
} from '../../contract/duty';
import type { hardshipStandardBodySchema, hardshipStandardListSchema } from '../../contract/hardship';
import type { objectionListSchema } from '../../contract/objection';
import type {
  ProviderDetail,
  providerBodySchema,
  ProviderListQuery,
  providerPageSchema,
  providerPatchSchema,
  historyEntryBodySchema,
} from '../../contract/provider';
import type { AssignmentSettingsBody, AssignmentSettingsView } from '../../contract/assignment';
import type { drawCreateSchema, drawListSchema, drawViewSchema } from '../../contract/quality';
import type {
  scheduleEntryCreateSchema,
  scheduleListSchema,
  subsidyDecisionSchema,
  subsidyListSchema,
  subsidyPaymentSchema,
  SubsidyView,
} from '../../contract/subsidy';
import { aidKeys } from './keys';

export type ProviderPage = z.infer<typeof providerPageSchema>;
export type ProviderFilters = Partial<Omit<ProviderListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };
export type StationList = z.infer<typeof stationListSchema>;
export type RosterList = z.infer<typeof rosterListSchema>;
export type ServiceList = z.infer<typeof serviceListSchema>;
export type MonthlyStats = z.infer<typeof monthlyStatsSchema>;
export type ForwardResult = z.infer<typeof forwardResultSchema>;
export type HardshipStandardList = z.infer<typeof hardshipStandardListSchema>;
export type ScheduleList = z.infer<typeof scheduleListSchema>;
export type SubsidyList = z.infer<typeof subsidyListSchema>;
export type DrawList = z.infer<typeof drawListSchema>;
export type DrawView = z.infer<typeof drawViewSchema>;
export type ObjectionList = z.infer<typeof objectionListSchema>;

const b = '/legal-aid';
const send = <R>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown) => api<R>(`${b}${path}`, { method, body });

/** Registers and settings: providers, duty stations, hardship standards, subsidies, sampling draws, objections. */
export const registryApi = {
  providers: (q: ProviderFilters) => api<ProviderPage>(`${b}/providers`, { query: { ...q } }),
  provider: (id: string) => api<ProviderDetail>(`${b}/providers/${id}`),
  createProvider: (body: z.input<typeof providerBodySchema>) => send<ProviderDetail>('POST', '/providers', body),
  patchProvider: (id: string, body: z.input<typeof providerPatchSchema>) => send<ProviderDetail>('PATCH', `/providers/${id}`, body),
  addHistory: (id: string, body: z.input<typeof historyEntryBodySchema>) => send<ProviderDetail>('POST', `/providers/${id}/history`, body),
  stations: () => api<StationList>(`${b}/duty/stations`),
  createStation: (body: z.input<typeof stationBodySchema>) => send<unknown>('POST', '/duty/stations', body),
  patchStation: (id: string, body: z.input<typeof stationPatchSchema>) => send<unknown>('PATCH', `/duty/stations/${id}`, body),
  roster: (id: string, from: string, to: string) => api<RosterList>(`${b}/duty/stations/${id}/roster`, { query: { from, to } }),
  addRoster: (id: string, body: z.input<typeof rosterBodySchema>) => send<RosterList>('POST', `/duty/stations/${id}/roster`, body),
  removeRoster: (id: string, entryId: string) => send<unknown>('DELETE', `/duty/stations/${id}/roster/${entryId}`),
  services: (stationId: string, month: string) => api<ServiceList>(`${b}/duty/services`, { query: { stationId, month } }),
  recordService: (body: z.input<typeof serviceBodySchema>) => send<unknown>('POST', '/duty/services', body),
  forwardApplication: (body: z.input<typeof forwardBodySchema>) => send<ForwardResult>('POST', '/duty/applications', body),
  monthly: (id: string, month: string) => api<MonthlyStats>(`${b}/duty/stations/${id}/monthly`, { query: { month } }),
  standards: () => api<HardshipStandardList>(`${b}/hardship-standards`),
  addStandard: (body: z.input<typeof hardshipStandardBodySchema>) => send<unknown>('POST', '/hardship-standards', body),
  schedule: () => api<ScheduleList>(`${b}/subsidy-schedules`),
  addSchedule: (body: z.input<typeof scheduleEntryCreateSchema>) => send<unknown>('POST', '/subsidy-schedules', body),
  subsidies: (q: { status?: string; page: number; pageSize: number }) => api<SubsidyList>(`${b}/subsidies`, { query: { ...q } }),
  decideSubsidy: (sid: string, body: z.input<typeof subsidyDecisionSchema>) =>
    send<SubsidyView>('POST', `/subsidies/${sid}/decision`, body),
  paySubsidy: (sid: string, body: z.input<typeof subsidyPaymentSchema>) => send<SubsidyView>('POST', `/subsidies/${sid}/payment`, body),
  draws: (q: { page: number; pageSize: number }) => api<DrawList>(`${b}/sampling-draws`, { query: { ...q } }),
  draw: (id: string) => api<DrawView>(`${b}/sampling-draws/${id}`),
  createDraw: (body: z.input<typeof drawCreateSchema>) => send<DrawView>('POST', '/sampling-draws', body),
  assignmentSettings: () => api<AssignmentSettingsView>(`${b}/assignment-settings`),
  saveAssignmentSettings: (body: AssignmentSettingsBody) => send<AssignmentSettingsView>('PUT', '/assignment-settings', body),
  objections: (q: { status?: string; page: number; pageSize: number }) => api<ObjectionList>(`${b}/objections`, { query: { ...q } }),
};

/** One registry query: key by name and arguments, previous data kept while paging. */
export function useRegistry<T>(name: string, q: object, fn: () => Promise<T>, enabled = true) {
  return useQuery({ queryKey: aidKeys.registry(name, q), queryFn: fn, enabled, placeholderData: keepPreviousData, retry: false });
}
