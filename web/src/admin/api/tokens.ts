import { api } from '../../api/client';
import type { ApiToken, DataScope } from '../../api/types';

export interface TokenCreate {
  name: string;
  orgId: string;
  scope: DataScope;
  permissions: string[];
  expiresAt: string;
}

export const tokensApi = {
  list: () => api<ApiToken[]>('/tokens'),
  create: (body: TokenCreate) => api<ApiToken & { secret: string }>('/tokens', { method: 'POST', body }),
  revoke: (id: string) => api<ApiToken>(`/tokens/${id}/revoke`, { method: 'POST' }),
};
