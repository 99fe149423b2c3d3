import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Org } from '../../api/types';
import { useLocale } from '../../i18n/locale-context';
import { orgsApi } from '../api/orgs';
import { adminKeys } from '../api/keys';

/** Organisation types (GET /orgs/types) and a label function for an organisation's type. */
export function useOrgTypes() {
  const { locale } = useLocale();
  const types = useQuery({ queryKey: [...adminKeys.orgs, 'types'], queryFn: orgsApi.types, staleTime: Infinity });
  const typeLabel = useCallback(
    (org: Pick<Org, 'type' | 'typeLabel'>) => {
      const known = types.data?.find((ty) => ty.code === org.type);
      if (known) return locale === 'en' ? known.en : known.zh;
      if (typeof org.typeLabel === 'string') return org.typeLabel;
      return org.typeLabel ? (locale === 'en' ? org.typeLabel.en : org.typeLabel.zh) : org.type;
    },
    [types.data, locale],
  );
  const options = (types.data ?? []).map((ty) => ({ value: ty.code, label: locale === 'en' ? ty.en : ty.zh }));
  return { types, typeLabel, options };
}
