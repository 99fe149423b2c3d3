/** Workbench addresses of the module's pages (menu, links, redirects after saving). */
export const casesPath = '/workbench/reconsideration/cases';
export const intakePath = `${casesPath}/new`;
export const casePath = (id: string) => `${casesPath}/${id}`;
