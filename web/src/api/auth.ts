import { api } from './client';
import type { Me, TotpSetup } from './types';

export const authApi = {
  login: (body: { username: string; password: string; totpCode?: string }) =>
    api<Me>('/auth/login', { method: 'POST', body, authRedirect: false }),
  logout: () => api<void>('/auth/logout', { method: 'POST', authRedirect: false }),
  logoutAll: () => api<void>('/auth/logout-all', { method: 'POST', authRedirect: false }),
  me: () => api<Me>('/auth/me', { authRedirect: false }),
  switchAssignment: (assignmentId: string) => api<Me>('/auth/switch', { method: 'POST', body: { assignmentId } }),
  changePassword: (body: { currentPassword: string; newPassword: string }) => api<void>('/auth/password', { method: 'POST', body }),
  totpSetup: () => api<TotpSetup>('/auth/totp/setup', { method: 'POST' }),
  totpEnable: (code: string) => api<void>('/auth/totp/enable', { method: 'POST', body: { code } }),
  totpDisable: (code: string) => api<void>('/auth/totp/disable', { method: 'POST', body: { code } }),
};
