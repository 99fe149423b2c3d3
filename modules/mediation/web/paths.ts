/** Workbench and portal addresses of the mediation pages (menu, links, redirects after saving). */
export const casesPath = '/workbench/mediation/cases';
export const intakePath = `${casesPath}/new`;
export const casePath = (id: string, tab?: string) => `${casesPath}/${id}${tab ? `?tab=${tab}` : ''}`;
export const sessionPath = (id: string) => `${casesPath}/${id}/session`;
export const todayPath = '/workbench/mediation/today';
export const referrersPath = '/workbench/mediation/referrers';
export const targetsPath = '/workbench/mediation/settings';

export const portalBase = '/portal/mediation';
export const portalRequestPath = `${portalBase}/request`;
export const portalCasesPath = portalBase;
export const portalCasePath = (id: string) => `${portalBase}/cases/${id}`;
