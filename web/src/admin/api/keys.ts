/** react-query key roots of the admin pages; a mutation invalidates its root. */
export const adminKeys = {
  orgs: ['orgs'] as const,
  regions: ['regions'] as const,
  users: ['users'] as const,
  roles: ['roles'] as const,
  permissions: ['permissions'] as const,
  tokens: ['tokens'] as const,
  audit: ['audit'] as const,
  sms: ['sms'] as const,
};
