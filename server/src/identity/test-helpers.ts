import type { TestApp } from '../../test/build-test-app';

/** Tests only: helpers of the identity route tests. */

export function api(t: TestApp) {
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers?: Record<string, string>, payload?: unknown) =>
    t.app.inject({ method, url, ...(headers ? { headers } : {}), ...(payload !== undefined ? { payload: payload as object } : {}) });
  return {
    get: (url: string, headers?: Record<string, string>) => call('GET', url, headers),
    post: (url: string, headers?: Record<string, string>, payload?: unknown) => call('POST', url, headers, payload),
    patch: (url: string, headers?: Record<string, string>, payload?: unknown) => call('PATCH', url, headers, payload),
    del: (url: string, headers?: Record<string, string>) => call('DELETE', url, headers),
  };
}

/** Moves the kernel clock to `base + ms` (sign-in, lockout and session expiry read it). */
export function clockAt(t: TestApp, base: Date) {
  let offset = 0;
  t.kernel.clock.now = () => new Date(base.getTime() + offset);
  return {
    advance(ms: number) {
      offset += ms;
    },
    reset() {
      offset = 0;
    },
    now: () => new Date(base.getTime() + offset),
  };
}

export const minutes = (n: number) => n * 60 * 1000;

/** Audit events with this action, oldest first, diffs parsed. */
export async function auditEvents(t: TestApp, action: string, entityId?: string) {
  let q = t.kernel.db.selectFrom('auditEvents').selectAll().where('action', '=', action);
  if (entityId) q = q.where('entityId', '=', entityId);
  const rows = await q.orderBy('seq').execute();
  return rows.map((r) => ({ ...r, diff: r.diff ? (JSON.parse(r.diff) as Record<string, [unknown, unknown]>) : null }));
}

/** Headers of a session without the CSRF header (the cookie alone). */
export function withoutCsrf(headers: Record<string, string>): Record<string, string> {
  return { cookie: headers.cookie! };
}

export const userAdminPermissions = ['identity.user.read', 'identity.user.create', 'identity.user.update'];

/**
 * An organisation tree with system administrators at three reaches (tests only):
 *   city ─ districtA ─ officeA1        cityAdmin (city scope at city)
 *        └ districtB ─ officeB1        districtAdmin (subtree at districtA), officeAdmin (own at officeA1)
 */
export async function buildUserWorld(t: TestApp) {
  const { createOrg } = await import('../../test/factories');
  const { loginAs } = await import('../../test/login');
  const city = await createOrg(t, { type: 'cityBureau', name: '天津市司法局' });
  const districtA = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '河西区司法局' });
  const districtB = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '河东区司法局' });
  const officeA1 = await createOrg(t, { parentId: districtA.id, type: 'justiceOffice', name: '大营门街道司法所' });
  const officeB1 = await createOrg(t, { parentId: districtB.id, type: 'justiceOffice', name: '大王庄街道司法所' });
  const cityAdmin = await loginAs(t, { permissions: userAdminPermissions, scope: 'city', orgId: city.id });
  const districtAdmin = await loginAs(t, { permissions: userAdminPermissions, scope: 'subtree', orgId: districtA.id });
  const officeAdmin = await loginAs(t, { permissions: userAdminPermissions, scope: 'own', orgId: officeA1.id });
  return { orgs: { city, districtA, districtB, officeA1, officeB1 }, cityAdmin, districtAdmin, officeAdmin };
}
