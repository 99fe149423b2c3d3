import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { setClock } from '@tianping/server/workflow/test-workflow';
import { createTestCase, reconOrgs } from './test-fixtures';

export const read = 'reconsideration.case.read';
export const handle = 'reconsideration.case.handle';
export const review = 'reconsideration.decision.review';

/**
 * The common ground of the handling tests: the clock on Mon 20 Oct 2025 (10:00 Beijing), the
 * organisations, a 河西 handler and reader, a 南开 handler who must never see 河西's cases, a POST
 * helper for `/api/reconsideration/cases/:id/<path>` and a case of 河西 accepted on 30 Sep 2025
 * (ordinary procedure unless told).
 */
export async function handlingTestbed() {
  const t = await buildTestApp();
  setClock(t, '2025-10-20T02:00:00.000Z');
  const orgs = await reconOrgs(t);
  const staff = (permissions: string[], orgId = orgs.hexi.id, scope: 'subtree' | 'own' | 'city' = 'subtree') =>
    loginAs(t, { permissions, scope, orgId });
  const handler = await staff([read, handle]);
  const reader = await staff([read]);
  const nankai = await staff([read, handle], orgs.nankai.id);

  const newCase = (
    opts: { accept?: boolean; procedure?: 'ordinary' | 'simplified'; on?: string; handlerId?: string | null; citizenId?: string } = {},
  ) =>
    createTestCase(t, {
      orgId: orgs.hexi.id,
      respondentOrgId: orgs.agency.id,
      ...(opts.citizenId ? { citizenId: opts.citizenId } : {}),
      ...(opts.accept === false
        ? {}
        : { accept: { on: opts.on ?? '2025-09-30', procedure: opts.procedure ?? 'ordinary', handlerId: opts.handlerId ?? null } }),
    });
  const post = (id: string, path: string, headers: Record<string, string> | undefined, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/reconsideration/cases/${id}/${path}`, headers: headers ?? {}, payload });

  return { t, orgs, staff, handler, reader, nankai, newCase, post };
}
