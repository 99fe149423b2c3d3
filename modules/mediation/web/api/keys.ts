/** react-query key roots of the mediation pages; a mutation invalidates the case it changed. */
export const medKeys = {
  cases: ['mediation', 'cases'] as const,
  caseList: (q: object) => ['mediation', 'cases', 'list', q] as const,
  case: (id: string) => ['mediation', 'cases', 'detail', id] as const,
  handling: (id: string) => ['mediation', 'cases', 'handling', id] as const,
  referrers: ['mediation', 'referrers'] as const,
  settings: ['mediation', 'settings'] as const,
  mediators: (orgId: string) => ['mediation', 'mediators', orgId] as const,
  citizenCases: ['mediation', 'citizen', 'cases'] as const,
  citizenCase: (id: string) => ['mediation', 'citizen', 'cases', id] as const,
  citizenHandling: (id: string) => ['mediation', 'citizen', 'handling', id] as const,
};
