import { buildTestApp, type TestApp } from '../../../server/test/build-test-app';
import { loginAs, type LoggedIn } from '../../../server/test/login';
import { tempFileStore } from '../../../server/src/attachments/test-helpers';
import { createTestCase, reconOrgs } from './test-fixtures';

/**
 * The people of a decision test, in 河西 (subtree scope): a handler who drafts, an office head who
 * reviews, an authority head who approves, a chief holding both review and approval (for the
 * one-step-per-person rule), a reader, and a 南开 office that must never see 河西's cases.
 */
export async function decisionTestbed() {
  const t = await buildTestApp(tempFileStore());
  const orgs = await reconOrgs(t);
  const as = (permissions: string[], orgId = orgs.hexi.id) => loginAs(t, { permissions, scope: 'subtree', orgId });
  const read = 'reconsideration.case.read';
  const people = {
    handler: await as([read, 'reconsideration.case.handle', 'reconsideration.decision.draft']),
    officeHead: await as([read, 'reconsideration.decision.review', 'reconsideration.case.handle']),
    authorityHead: await as([read, 'reconsideration.decision.approve']),
    chief: await as([read, 'reconsideration.decision.review', 'reconsideration.decision.approve']),
    reader: await as([read]),
    nankai: await as(
      [read, 'reconsideration.decision.draft', 'reconsideration.decision.review', 'reconsideration.decision.approve'],
      orgs.nankai.id,
    ),
  };
  return { t, orgs, people };
}

export type Testbed = Awaited<ReturnType<typeof decisionTestbed>>;

export function acceptedCase(
  bed: Testbed,
  opts: {
    on?: string;
    procedure?: 'ordinary' | 'simplified';
    citizenId?: string | null;
    overrides?: Parameters<typeof createTestCase>[1]['overrides'];
  } = {},
) {
  return createTestCase(bed.t, {
    orgId: bed.orgs.hexi.id,
    respondentOrgId: bed.orgs.agency.id,
    receivedOn: '2025-11-13',
    accept: { on: opts.on ?? '2025-11-20', procedure: opts.procedure ?? 'ordinary' },
    citizenId: opts.citizenId ?? null,
    overrides: opts.overrides,
  });
}

export function call(t: TestApp, who: LoggedIn | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return t.app.inject({
    method,
    url: `/api/reconsideration${url}`,
    headers: who?.headers ?? {},
    payload: payload as Record<string, unknown>,
  });
}

export async function auditActions(t: TestApp, entityId: string): Promise<string[]> {
  const rows = await t.kernel.db.selectFrom('auditEvents').select('action').where('entityId', '=', entityId).orderBy('seq').execute();
  return rows.map((r) => r.action);
}
