import { api } from './client';
import type { Citizen, PortalService } from './types';

export const portalApi = {
  services: () => api<PortalService[]>('/portal/services'),
  sendSmsCode: (phone: string) => api<void>('/citizen/sms-code', { method: 'POST', body: { phone }, authRedirect: false }),
  login: (body: { phone: string; code: string }) =>
    api<{ citizen: Citizen }>('/citizen/login', { method: 'POST', body, authRedirect: false }),
  me: () => api<{ citizen: Citizen }>('/citizen/me', { authRedirect: false }),
  logout: () => api<void>('/citizen/logout', { method: 'POST', authRedirect: false }),
};
