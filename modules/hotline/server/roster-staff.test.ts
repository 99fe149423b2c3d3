import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { hotlineOrgs, loginAgent } from './test-fixtures';

describe('GET /api/hotline/rosters/eligible-staff (the roster person picker)', async () => {
  const t = await buildTestApp();
  const orgs = await hotlineOrgs(t);
  const agent = await loginAgent(t, orgs.hexi.id);
  const nankaiAgent = await loginAgent(t, orgs.nankai.id);
  const lawyer = await loginAs(t, { permissions: ['hotline.consultation.answer'], orgId: orgs.hexi.id, scope: 'own' });
  await loginAs(t, { permissions: ['hotline.ticket.read'], orgId: orgs.hexi.id, scope: 'own' });
  await loginAs(t, { permissions: ['hotline.ticket.handle'], orgId: orgs.hexiBureau.id, scope: 'own' });
  const supervise = ['hotline.ticket.read', 'hotline.ticket.supervise'];
  const hexiSupervisor = await loginAs(t, { permissions: supervise, orgId: orgs.hexi.id, scope: 'own' });
  const citySupervisor = await loginAs(t, { permissions: supervise, orgId: orgs.city.id, scope: 'city' });
  const staff = (headers: Record<string, string>, q = '') =>
    t.app.inject({ method: 'GET', url: `/api/hotline/rosters/eligible-staff${q}`, headers });
  const ids = async (headers: Record<string, string>, q = '') => {
    const res = await staff(headers, q);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { id: string }[]).map((i) => i.id).sort();
  };

  it('401, 403 for an agent; agents and lawyers of the centres in scope only (not readers, not a bureau)', async () => {
    expect((await staff({})).statusCode).toBe(401);
    expect((await staff(agent.headers)).statusCode).toBe(403);
    expect(await ids(hexiSupervisor.headers)).toEqual([agent.userId, lawyer.userId].sort());
    expect(await ids(citySupervisor.headers)).toEqual([agent.userId, lawyer.userId, nankaiAgent.userId].sort());
    expect(await ids(citySupervisor.headers, `?orgId=${orgs.nankai.id}`)).toEqual([nankaiAgent.userId]);
    expect(await ids(hexiSupervisor.headers, `?orgId=${orgs.nankai.id}`)).toEqual([]);
    const item = (await staff(hexiSupervisor.headers)).json().items.find((i: { id: string }) => i.id === agent.userId);
    expect(item).toEqual({ id: agent.userId, name: expect.any(String), orgId: orgs.hexi.id, orgName: '河西区公共法律服务中心' });
  });
});
