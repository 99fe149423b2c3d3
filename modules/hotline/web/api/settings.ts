import { useQuery } from '@tanstack/react-query';
import { api } from '../../../../web/src/api/client';
import type { HotlineSettings, HotlineSettingsView } from '../../contract/settings';
import { hlKeys } from './keys';

/** The service levels of the hotline — local, configurable rules (HA, contract/settings.ts). */
export const settingsApi = {
  get: () => api<HotlineSettingsView>('/hotline/settings'),
  put: (body: HotlineSettings) => api<HotlineSettingsView>('/hotline/settings', { method: 'PUT', body }),
};

export function useHotlineSettings() {
  return useQuery({ queryKey: hlKeys.part('settings'), queryFn: settingsApi.get });
}
