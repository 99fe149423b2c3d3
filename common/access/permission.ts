import { z } from 'zod';

/** A permission key: `<module>.<resource>.<action>`, lower camel case segments. */
export type PermissionKey = `${string}.${string}.${string}`;
export const permissionKeyPattern = /^[a-z][a-zA-Z0-9]*\.[a-z][a-zA-Z0-9]*\.[a-z][a-zA-Z0-9]*$/;
export const permissionKeySchema = z.string().regex(permissionKeyPattern);

/**
 * Which of the separated administrator duties (三员分立) a permission belongs to, or
 * `business` for the work itself. A role holds permissions of one category only, plus any
 * `common` ones (e.g. reading the organisation tree), which every role may hold.
 */
export const permissionCategories = ['business', 'system', 'security', 'audit', 'common'] as const;
export type PermissionCategory = (typeof permissionCategories)[number];

export interface PermissionDef {
  key: PermissionKey;
  category: PermissionCategory;
  zh: string;
  en: string;
}

/** How far a role assignment reaches from the organisation it is held in. */
export const dataScopes = ['own', 'subtree', 'city'] as const;
export type DataScope = (typeof dataScopes)[number];
export const dataScopeLabels: Record<DataScope, { zh: string; en: string }> = {
  own: { zh: '本机构', en: 'Own organisation' },
  subtree: { zh: '本机构及下级', en: 'Organisation and subordinates' },
  city: { zh: '全市', en: 'Whole city' },
};
