/** Workbench and portal addresses of the module's pages. */
export const queuePath = '/workbench/legal-aid/cases';
export const noticesPath = '/workbench/legal-aid/notices';
export const intakePath = '/workbench/legal-aid/intake';
export const casePath = (id: string, tab?: string) => `${queuePath}/${id}${tab ? `?tab=${tab}` : ''}`;
export const portalHome = '/portal/legal-aid';
export const portalApply = '/portal/legal-aid/apply';
export const portalCases = '/portal/legal-aid/cases';
export const portalCase = (id: string) => `${portalCases}/${id}`;
