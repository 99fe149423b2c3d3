import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type {
  CitizenConsultation,
  citizenConsultationListSchema,
  ConsultationCreateBody,
  consultationRatingBodySchema,
} from '../../contract/consultation';
import type { citizenTicketListSchema, PublicSurvey, SurveyAnswerBody, SurveyAnswered } from '../../contract/survey';
import { postFile } from './consultations';
import { hlKeys } from './keys';

export type CitizenTicketList = z.infer<typeof citizenTicketListSchema>;
export type CitizenTicket = CitizenTicketList['items'][number];

const surveyPath = (token: string) => `/hotline/public/surveys/${encodeURIComponent(token)}`;
const citizen = '/citizen/hotline';

/**
 * The survey page opened from the SMS link (GET/POST /api/hotline/public/surveys/:token, no login) and
 * the signed-in citizen's hotline contacts (GET /api/citizen/hotline/tickets, POST …/:id/survey).
 */
export const surveyApi = {
  get: (token: string) => api<PublicSurvey>(surveyPath(token), { authRedirect: false }),
  answer: (token: string, body: SurveyAnswerBody) => api<SurveyAnswered>(surveyPath(token), { method: 'POST', body, authRedirect: false }),
  myTickets: () => api<CitizenTicketList>(`${citizen}/tickets`, { authRedirect: false }),
  rateTicket: (id: string, body: SurveyAnswerBody) =>
    api<SurveyAnswered>(`${citizen}/tickets/${encodeURIComponent(id)}/survey`, { method: 'POST', body, authRedirect: false }),
};

export function usePublicSurvey(token: string) {
  return useQuery({ queryKey: hlKeys.part('portal-survey', { token }), queryFn: () => surveyApi.get(token), retry: false });
}

export function useMyTickets(enabled: boolean) {
  return useQuery({ queryKey: hlKeys.part('portal-tickets'), queryFn: surveyApi.myTickets, enabled });
}

export function useRateTicket(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyAnswerBody) => surveyApi.rateTicket(id, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: hlKeys.part('portal-tickets') }),
  });
}

// Online consultation (contract/consultation.ts, HK): the citizen's questions.

export type CitizenConsultationList = z.infer<typeof citizenConsultationListSchema>;
export type ConsultationRatingBody = z.input<typeof consultationRatingBodySchema>;

const one = (id: string) => `${citizen}/consultations/${encodeURIComponent(id)}`;

export const citizenConsultationApi = {
  create: (body: ConsultationCreateBody) =>
    api<CitizenConsultation>(`${citizen}/consultations`, { method: 'POST', body, authRedirect: false }),
  upload: (id: string, file: File) => postFile(`${one(id)}/attachments`, file),
  list: () => api<CitizenConsultationList>(`${citizen}/consultations`, { authRedirect: false }),
  get: (id: string) => api<CitizenConsultation>(one(id), { authRedirect: false }),
  rate: (id: string, body: ConsultationRatingBody) =>
    api<CitizenConsultation>(`${one(id)}/rating`, { method: 'POST', body, authRedirect: false }),
};

export function useMyConsultations(enabled: boolean) {
  return useQuery({ queryKey: hlKeys.part('portal-consultations'), queryFn: citizenConsultationApi.list, enabled });
}

export function useMyConsultation(id: string, enabled: boolean) {
  return useQuery({ queryKey: hlKeys.part('portal-consultation', { id }), queryFn: () => citizenConsultationApi.get(id), enabled });
}

export function useRateConsultation(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ConsultationRatingBody) => citizenConsultationApi.rate(id, body),
    onSuccess: (view) => {
      client.setQueryData(hlKeys.part('portal-consultation', { id }), view);
      void client.invalidateQueries({ queryKey: hlKeys.part('portal-consultations') });
    },
  });
}
