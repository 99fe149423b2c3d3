import { expect } from 'vitest';
import type { TestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { medOrgs, testIdNumber } from './test-fixtures';

/**
 * The setting of referral tests: the mediation organisations; a security officer who issues API
 * tokens through POST /api/tokens; a settings manager (city scope) who keeps the referrers registry;
 * helpers to issue a token, register a referring body and build a referral.
 */
export async function referralSetup(t: TestApp) {
  const orgs = await medOrgs(t);
  const tokenAdmin = await loginAs(t, {
    permissions: ['tokens.token.manage', 'mediation.referral.submit'],
    scope: 'city',
    orgId: orgs.city.id,
    category: 'security',
  });
  const settings = await loginAs(t, { permissions: ['mediation.settings.manage'], scope: 'city', orgId: orgs.city.id });

  const issueToken = async (name: string, permissions = ['mediation.referral.submit']) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: tokenAdmin.headers,
      payload: {
        name,
        orgId: orgs.city.id,
        scope: 'own',
        permissions,
        expiresAt: new Date(t.kernel.clock.now().getTime() + 180 * 86_400_000).toISOString(),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const token = res.json() as { id: string; secret: string };
    return { id: token.id, headers: { authorization: `Bearer ${token.secret}` } };
  };

  const registerReferrer = async (payload: Record<string, unknown>) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/mediation/referrers', headers: settings.headers, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; code: string; version: number };
  };

  /** A body with its own token, registered (optionally with a webhook). */
  const referringBody = async (code: string, kind: string, extra: Record<string, unknown> = {}) => {
    const token = await issueToken(`${code} 接口`);
    const referrer = await registerReferrer({ kind, name: `${code} 单位`, code, regionCode: '120103', tokenId: token.id, ...extra });
    return { token, referrer };
  };

  return { orgs, tokenAdmin, settings, issueToken, registerReferrer, referringBody };
}

/** A court's referral of a neighbours' dispute in 友谊路街道 (the street committee is proposed from the region). */
export function referralBody(code: string, externalRef: string, overrides: Record<string, unknown> = {}) {
  return {
    referrerCode: code,
    externalRef,
    regionCode: '120103001001',
    kind: 'neighbour',
    facts: '原告孙丽诉称，被告周涛在两户之间的公共通道堆放杂物并砌筑围墙，影响其通行，双方多次争吵，请求排除妨碍。',
    amountYuan: 5000,
    parties: [
      { role: 'applicant', name: '孙丽', gender: 'female', idNumber: testIdNumber('246'), phone: '13912340011' },
      { role: 'respondent', name: '周涛', gender: 'male', idNumber: testIdNumber('257'), phone: '13912340012' },
    ],
    ...overrides,
  };
}

export async function countRows(t: TestApp, table: 'medCases' | 'medReferrals' | 'medReferrers' | 'medWebhookDeliveries'): Promise<number> {
  const row = await t.kernel.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
