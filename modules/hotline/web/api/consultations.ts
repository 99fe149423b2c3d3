import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type {
  ConsultationAnswerBody,
  ConsultationState,
  opinionLetterResultSchema,
  ProposePublicBody,
  StaffConsultation,
  staffConsultationListSchema,
} from '../../contract/consultation';
import type { SuggestResult } from '../../contract/suggest';
import { hlKeys, useHlMutation } from './keys';
import { attachmentUrl, postFile } from '../../../../web/src/api/upload';

export type StaffConsultationList = z.infer<typeof staffConsultationListSchema>;
export type StaffConsultationListItem = StaffConsultationList['items'][number];
export type OpinionLetterResult = z.infer<typeof opinionLetterResultSchema>;

export interface ConsultationFilters {
  page: number;
  pageSize: number;
  state?: ConsultationState;
  overdue?: 'true';
  mine?: 'true';
}

export { attachmentUrl, postFile };

const b = '/hotline/consultations';
const one = (id: string) => `${b}/${encodeURIComponent(id)}`;

/** The staff side of online consultations (contract/consultation.ts, HK): queue, claim, answer, letter, propose. */
export const consultationApi = {
  list: (q: ConsultationFilters) => api<StaffConsultationList>(b, { query: { ...q } }),
  get: (id: string) => api<StaffConsultation>(one(id)),
  claim: (id: string) => api<StaffConsultation>(`${one(id)}/claim`, { method: 'POST', body: {} }),
  answer: (id: string, body: ConsultationAnswerBody) => api<StaffConsultation>(`${one(id)}/answer`, { method: 'POST', body }),
  opinionLetter: (id: string) => api<OpinionLetterResult>(`${one(id)}/opinion-letter`, { method: 'POST', body: {} }),
  proposePublic: (id: string, body: ProposePublicBody) => api<unknown>(`${one(id)}/propose-public`, { method: 'POST', body }),
  suggest: (text: string, category?: string) => api<SuggestResult>('/hotline/suggest', { method: 'POST', body: { text, category } }),
};

export function useConsultationList(q: ConsultationFilters) {
  return useQuery({
    queryKey: hlKeys.part('consultations', q),
    queryFn: () => consultationApi.list(q),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

export function useConsultation(id: string) {
  return useQuery({ queryKey: hlKeys.part('consultation', { id }), queryFn: () => consultationApi.get(id) });
}

/** Suggestions for the consultation's question (FAQ and law articles with their sources). */
export function useConsultationSuggestions(text: string | undefined, category: string | undefined) {
  return useQuery({
    queryKey: hlKeys.suggest({ text, category, for: 'consultation' }),
    queryFn: () => consultationApi.suggest(text!.slice(0, 2000), category),
    enabled: Boolean(text && text.trim().length >= 2),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export const useClaimConsultation = (id: string) => useHlMutation(() => consultationApi.claim(id));
export const useAnswerConsultation = (id: string) => useHlMutation((body: ConsultationAnswerBody) => consultationApi.answer(id, body));
export const useOpinionLetter = (id: string) => useHlMutation(() => consultationApi.opinionLetter(id));
export const useProposePublic = (id: string) => useHlMutation((body: ProposePublicBody) => consultationApi.proposePublic(id, body));
