import { expect } from 'vitest';
import type { TestApp } from '../../../server/test/build-test-app';
import { createOrg } from '../../../server/test/factories';
import { loginAs } from '../../../server/test/login';

/**
 * Organisations of a hotline test: the city bureau (its 12348 centre), the 河西 and 南开 district
 * bureaus each with its public legal service centre (公共法律服务中心).
 */
export async function hotlineOrgs(t: TestApp) {
  const city = await createOrg(t, { type: 'cityBureau', name: '天津市司法局', regionCode: '120000' });
  const hexiBureau = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '天津市河西区司法局', regionCode: '120103' });
  const hexi = await createOrg(t, {
    parentId: hexiBureau.id,
    type: 'legalServiceCentre',
    name: '河西区公共法律服务中心',
    regionCode: '120103',
  });
  const nankaiBureau = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '天津市南开区司法局', regionCode: '120104' });
  const nankai = await createOrg(t, {
    parentId: nankaiBureau.id,
    type: 'legalServiceCentre',
    name: '南开区公共法律服务中心',
    regionCode: '120104',
  });
  return { city, hexiBureau, hexi, nankaiBureau, nankai };
}

export const agentPermissions = ['hotline.ticket.read', 'hotline.ticket.handle'];

/** An agent on a seat of the centre (scope `own`). */
export function loginAgent(t: TestApp, orgId: string, extra: string[] = []) {
  return loginAs(t, { permissions: [...agentPermissions, ...extra], orgId, scope: 'own' });
}

/** Issues an API token of the centre through POST /api/tokens; returns the Authorization header. */
export async function telephonyToken(t: TestApp, orgId: string, permissions = ['hotline.callEvent.submit']) {
  const admin = await loginAs(t, { permissions: ['tokens.token.manage', ...permissions], orgId, scope: 'own', category: 'security' });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/tokens',
    headers: admin.headers,
    payload: {
      name: '12348 话务系统',
      orgId,
      scope: 'own',
      permissions,
      expiresAt: new Date(t.kernel.clock.now().getTime() + 180 * 86_400_000).toISOString(),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { authorization: `Bearer ${(res.json() as { secret: string }).secret}` };
}

let seq = 0;
/** A fresh call id and a builder of its events (ISO instants `s` seconds after a fixed minute). */
export function newCall(base = '2025-03-03T01:00:00.000Z') {
  const callId = `CALL-${Date.now().toString(36)}-${++seq}`;
  const at = (s: number) => new Date(Date.parse(base) + s * 1000).toISOString();
  const ev = (type: string, s: number, extra: Record<string, unknown> = {}) => ({
    eventId: `${callId}-${type}-${s}`,
    callId,
    type,
    at: at(s),
    queue: '12348-main',
    ...extra,
  });
  return { callId, at, ev };
}

export async function count(t: TestApp, table: 'hlCalls' | 'hlCallEvents' | 'hlTickets' | 'hlRosters'): Promise<number> {
  const r = await t.kernel.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
