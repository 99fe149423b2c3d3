/** Workbench paths of the hotline's desk pages. */
export const deskPath = '/workbench/hotline/desk';
export const ticketsPath = '/workbench/hotline/tickets';
export const ticketPath = (id: string) => `/workbench/hotline/tickets/${id}`;
export const transfersPath = '/workbench/hotline/transfers';
export const callbacksPath = '/workbench/hotline/callbacks';
export const followupsPath = '/workbench/hotline/followups';
export const rostersPath = '/workbench/hotline/rosters';
export const settingsPath = '/workbench/hotline/settings';
