import { expect } from 'vitest';
import { buildTestApp, type TestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { tempFileStore } from '../../../server/src/attachments/test-helpers';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { createMediator, intakeBody, medOrgs, staffPermissions, testIdNumber } from './test-fixtures';

/**
 * Shared setup of the handling tests: the mediation organisations, a village committee's staff,
 * its mediator, and `mediating()` — a case registered, accepted and consented by both parties.
 */
export async function handlingSetup(clock = '2026-03-02T02:00:00.000Z') {
  const t = await buildTestApp(tempFileStore());
  const orgs = await medOrgs(t);
  setClock(t, clock);
  const staff = await loginAs(t, { permissions: staffPermissions, orgId: orgs.villageA.id, scope: 'own' });
  const reader = await loginAs(t, { permissions: ['mediation.case.read'], orgId: orgs.villageA.id, scope: 'own' });
  const other = await loginAs(t, { permissions: staffPermissions, orgId: orgs.villageB.id, scope: 'own' });
  const mediatorId = await createMediator(t, orgs.villageA.id, { name: '刘桂兰' });
  let seq = 500;

  const post = (id: string, path: string, payload: object, headers: Record<string, string> = staff.headers) =>
    t.app.inject({ method: 'POST', url: `/api/mediation/cases/${id}/${path}`, payload, headers });

  /** A case in `mediating` (both parties consented); `extra` overrides the intake body. */
  async function mediating(phones: [string, string], extra: Record<string, unknown> = {}) {
    seq += 2;
    const parties = [
      {
        role: 'applicant',
        name: '周敏',
        gender: 'female',
        idNumber: testIdNumber(String(seq)),
        phone: phones[0],
        address: '天津市河西区平江里5号',
      },
      {
        role: 'respondent',
        name: '吴刚',
        gender: 'male',
        idNumber: testIdNumber(String(seq + 1)),
        phone: phones[1],
        address: '天津市河西区平江里6号',
      },
    ];
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/mediation/cases',
      payload: intakeBody({
        parties,
        title: `相邻通行纠纷${seq}`,
        facts: `第${seq}号：${'通道堆放杂物影响通行'.repeat((seq % 7) + 1)}`,
        receivedOn: '2026-02-20',
        confirmNotDuplicate: true,
        notDuplicateReason: '测试用不同纠纷',
        ...extra,
      }),
      headers: staff.headers,
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json() as { id: string; parties: { id: string; role: string }[] };
    expect((await post(c.id, 'accept', { mediatorId })).statusCode).toBe(200);
    for (const p of c.parties) {
      const r = await post(c.id, `parties/${p.id}/consent`, { answer: 'given', way: 'written' });
      expect(r.statusCode, r.body).toBe(200);
    }
    const [applicant, respondent] = c.parties;
    return { id: c.id, applicant: applicant!.id, respondent: respondent!.id };
  }

  /** A supervisor (subtree scope) at an organisation: their user id. */
  const staffAt = async (orgId: string) => (await loginAs(t, { permissions: ['mediation.case.read'], orgId, scope: 'subtree' })).userId;

  return { t, orgs, staff, reader, other, mediatorId, post, mediating, staffAt };
}

export type HandlingSetup = Awaited<ReturnType<typeof handlingSetup>>;

/** Rows of a handling table for a case, for "nothing written" checks. */
export async function countOf(
  t: TestApp,
  table: 'medSessions' | 'medRiskMeasures' | 'medAgreements' | 'medOutcomes' | 'medPerformance' | 'medFollowups' | 'medConfirmations',
  caseId: string,
) {
  const row = await t.kernel.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .where('caseId', '=', caseId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A written agreement signed by both parties and the mediator with the committee's seal. */
export function writtenAgreement(c: { applicant: string; respondent: string }, on = '2026-03-02') {
  return {
    form: 'written',
    reachedOn: on,
    facts: '吴刚在公共通道堆放杂物，影响周敏通行，双方多次争执。',
    disputedMatters: '杂物清理及损失补偿',
    responsibilities: '吴刚负主要责任',
    terms: '吴刚于十日内清理通道杂物，并补偿周敏500元。',
    performanceManner: '当面清理并现金支付',
    performanceDueOn: '2026-03-12',
    signatures: [
      { partyId: c.applicant, signedOn: on, way: 'signature' },
      { partyId: c.respondent, signedOn: on, way: 'fingerprint' },
    ],
    mediatorSignature: { name: '刘桂兰', signedOn: on, committeeSeal: true },
  };
}
