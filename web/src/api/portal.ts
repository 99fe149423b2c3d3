import type { InboxItem } from '@tianping/common/contract/service';
import { api, buildUrl } from './client';
import type { Citizen, PortalService } from './types';

export const portalApi = {
  services: () => api<PortalService[]>('/portal/services'),
  sendSmsCode: (phone: string) => api<void>('/citizen/sms-code', { method: 'POST', body: { phone }, authRedirect: false }),
  login: (body: { phone: string; code: string }) =>
    api<{ citizen: Citizen }>('/citizen/login', { method: 'POST', body, authRedirect: false }),
  me: () => api<{ citizen: Citizen }>('/citizen/me', { authRedirect: false }),
  logout: () => api<void>('/citizen/logout', { method: 'POST', authRedirect: false }),
  inbox: () => api<{ items: InboxItem[] }>('/citizen/inbox', { authRedirect: false }),
  /** 签收: a POST with the CSRF header; the first one records the service as completed. */
  acknowledge: (id: string) => api<InboxItem>(`/citizen/inbox/${id}/acknowledge`, { method: 'POST', authRedirect: false }),
  /** The acknowledged document itself (a plain GET the browser opens; it changes nothing). */
  documentUrl: (id: string) => buildUrl(`/citizen/inbox/${id}/file`),
};
