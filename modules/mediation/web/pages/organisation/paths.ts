/** Workbench paths of the committee, mediator and campaign pages. */
export const committeesPath = '/workbench/mediation/committees';
export const committeeNewPath = '/workbench/mediation/committees/new';
export const committeePath = (orgId: string) => `/workbench/mediation/committees/${orgId}`;
export const committeeEditPath = (orgId: string) => `/workbench/mediation/committees/${orgId}/edit`;
export const mediatorsPath = '/workbench/mediation/mediators';
export const mediatorPath = (id: string) => `/workbench/mediation/mediators/${id}`;
export const campaignsPath = '/workbench/mediation/campaigns';
export const campaignPath = (id: string) => `/workbench/mediation/campaigns/${id}`;
export const campaignReportPath = (id: string) => `/workbench/mediation/campaigns/${id}/report`;
export const medCasePath = (id: string) => `/workbench/mediation/cases/${id}`;
