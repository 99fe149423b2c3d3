/** Workbench paths of the knowledge base, consultation queue and public Q&A review. */
export const kbPaths = {
  list: '/workbench/hotline/knowledge',
  create: '/workbench/hotline/knowledge/new',
  article: (id: string) => `/workbench/hotline/knowledge/${encodeURIComponent(id)}`,
  edit: (id: string) => `/workbench/hotline/knowledge/${encodeURIComponent(id)}/edit`,
  consultations: '/workbench/hotline/consultations',
  consultation: (id: string) => `/workbench/hotline/consultations/${encodeURIComponent(id)}`,
  publicQa: '/workbench/hotline/public-qa',
};
