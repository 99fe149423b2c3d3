/** react-query key roots of the reconsideration pages; a mutation invalidates the case it changed. */
export const reconKeys = {
  cases: ['reconsideration', 'cases'] as const,
  caseList: (q: object) => ['reconsideration', 'cases', 'list', q] as const,
  case: (id: string) => ['reconsideration', 'cases', 'detail', id] as const,
  bodies: ['reconsideration', 'bodies'] as const,
  respondents: (q: string) => ['reconsideration', 'respondents', q] as const,
};
