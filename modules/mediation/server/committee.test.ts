import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { warnEndingTerms } from './committee.jobs';
import { medOrgs } from './test-fixtures';

const read = 'mediation.committee.read';
const manage = 'mediation.committee.manage';

describe('mediation committees (人民调解法 第八–第十条)', async () => {
  const t = await buildTestApp();
  t.kernel.clock = { now: () => new Date('2026-03-10T02:00:00.000Z') };
  const orgs = await medOrgs(t);
  const hexiManager = await loginAs(t, { permissions: [read, manage], scope: 'subtree', orgId: orgs.hexi.id });
  const hexiReader = await loginAs(t, { permissions: [read], scope: 'subtree', orgId: orgs.hexi.id });
  const villageStaff = await loginAs(t, { permissions: [read], scope: 'own', orgId: orgs.villageA.id });
  const nankaiManager = await loginAs(t, { permissions: [read, manage], scope: 'subtree', orgId: orgs.nankai.id });
  const officeStaff = await loginAs(t, { permissions: [read], scope: 'own', orgId: orgs.office.id });
  const nobody = await loginAs(t, { permissions: ['mediation.case.read'], scope: 'city', orgId: orgs.city.id });

  const url = '/api/mediation/committees';
  const req = (method: 'GET' | 'POST' | 'PUT', path: string, headers?: Record<string, string>, payload?: object) =>
    t.app.inject({ method, url: path, headers: headers ?? {}, ...(payload === undefined ? {} : { payload }) });
  const member = (over: Record<string, unknown> = {}) => ({
    name: '张某',
    gender: 'male',
    role: 'member',
    termStartOn: '2023-06-01',
    ...over,
  });
  const members = (n: number, over: Record<string, unknown>[] = []) =>
    Array.from({ length: n }, (_, i) =>
      member({ name: `委员${i + 1}`, ...(i === 0 ? { role: 'chair' } : {}), ...(i === 1 ? { gender: 'female' } : {}), ...over[i] }),
    );
  const valid = (over: Record<string, unknown> = {}) => ({
    orgId: orgs.villageA.id,
    kind: 'village',
    establishedOn: '2011-03-01',
    members: members(5),
    ...over,
  });
  const committeeRows = async () => t.kernel.db.selectFrom('medCommittees').select('orgId').execute();
  const memberRows = async () => t.kernel.db.selectFrom('medCommitteeMembers').select('id').execute();

  it('401 without a session, 403 without the permissions', async () => {
    expect((await req('GET', url)).statusCode).toBe(401);
    expect((await req('POST', url, undefined, valid())).statusCode).toBe(401);
    expect((await req('GET', url, nobody.headers)).statusCode).toBe(403);
    expect((await req('POST', url, hexiReader.headers, valid())).statusCode).toBe(403);
  });

  it('400 with code and field for 2 or 10 members, no woman, no chair, too long a term, missing field — nothing written', async () => {
    const cases: [Record<string, unknown>, string, string?][] = [
      [valid({ members: members(2) }), 'members', 'MED_COMMITTEE_SIZE'],
      [valid({ members: members(10) }), 'members', 'MED_COMMITTEE_SIZE'],
      [valid({ members: members(3, [{}, { gender: 'male' }]) }), 'members', 'MED_COMMITTEE_NO_WOMAN'],
      [valid({ members: members(3, [{ role: 'member' }]) }), 'members', 'MED_COMMITTEE_CHAIR'],
      [valid({ members: members(3, [{}, {}, { termEndOn: '2026-06-01' }]) }), 'members.2.termEndOn', 'MED_COMMITTEE_TERM_INVALID'],
      [valid({ kind: 'industry' }), 'industryField', 'MED_COMMITTEE_FIELD_REQUIRED'],
      [valid({ kind: 'hamlet' }), 'kind'],
      [valid({ members: members(3, [{ gender: 'x' }]) }), 'members.0.gender'],
      [valid({ orgId: orgs.office.id, kind: 'village' }), 'orgId', 'MED_COMMITTEE_ORG_TYPE'],
    ];
    for (const [body, field, code] of cases) {
      const res = await req('POST', url, hexiManager.headers, body);
      expect(res.statusCode, JSON.stringify(body) + res.body).toBe(400);
      expect(res.json().error.field).toBe(field);
      if (code) expect(res.json().error.code).toBe(code);
    }
    expect(await committeeRows()).toHaveLength(0);
    expect(await memberRows()).toHaveLength(0);
  });

  it('404 for an organisation outside the scope', async () => {
    const res = await req('POST', url, nankaiManager.headers, valid());
    expect(res.statusCode).toBe(404);
    expect(res.json().error.field).toBe('orgId');
  });

  it('registers a village committee with its members, 3-year terms and the supervising 司法所, audited', async () => {
    const res = await req('POST', url, hexiManager.headers, valid({ members: members(5, [{ termStartOn: '2023-05-01' }]) }));
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      orgId: orgs.villageA.id,
      kind: 'village',
      memberCount: 5,
      womenCount: 1,
      supervisingOrgId: orgs.office.id,
      parentId: orgs.office.id,
      abilities: { update: true },
    });
    expect(c.members[0]).toMatchObject({ role: 'chair', termStartOn: '2023-05-01', termEndOn: '2026-04-30' });
    // 2026-04-30 is 51 days after 2026-03-10: within the 60-day warning period.
    expect(c.warnings).toEqual([expect.objectContaining({ name: '委员1', termEndOn: '2026-04-30', daysLeft: 51, expired: false })]);
    const audit = await t.kernel.db.selectFrom('auditEvents').selectAll().where('entityId', '=', orgs.villageA.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['mediation.committee.create']);
    const again = await req('POST', url, hexiManager.headers, valid());
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'MED_COMMITTEE_EXISTS', field: 'orgId' });
  });

  it('a street committee may sit at the 司法所; industry committees name their field', async () => {
    const street = await req('POST', url, hexiManager.headers, valid({ orgId: orgs.office.id, kind: 'street' }));
    expect(street.statusCode, street.body).toBe(201);
    expect(street.json()).toMatchObject({ orgType: 'justiceOffice', supervisingOrgId: orgs.office.id });
    const medical = await req(
      'POST',
      url,
      hexiManager.headers,
      valid({ orgId: orgs.villageB.id, kind: 'industry', industryField: 'medical' }),
    );
    expect(medical.statusCode, medical.body).toBe(201);
    expect(medical.json()).toMatchObject({ kind: 'industry', industryField: 'medical' });
  });

  it('updates are validated the same way: 10 members → 400, nothing changed; a stale version → 409', async () => {
    const before = (await req('GET', `${url}/${orgs.villageA.id}`, hexiManager.headers)).json();
    const bad = await req('PUT', `${url}/${orgs.villageA.id}`, hexiManager.headers, {
      version: before.version,
      kind: 'village',
      members: members(10),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'MED_COMMITTEE_SIZE', field: 'members' });
    const noWoman = await req('PUT', `${url}/${orgs.villageA.id}`, hexiManager.headers, {
      version: before.version,
      kind: 'village',
      members: members(4, [{}, { gender: 'male' }]),
    });
    expect(noWoman.json().error.code).toBe('MED_COMMITTEE_NO_WOMAN');
    const same = (await req('GET', `${url}/${orgs.villageA.id}`, hexiManager.headers)).json();
    expect(same.members).toEqual(before.members);
    expect(same.version).toBe(before.version);
    const ok = await req('PUT', `${url}/${orgs.villageA.id}`, hexiManager.headers, {
      version: before.version,
      kind: 'village',
      members: members(3, [{ termStartOn: '2026-03-01' }, { termStartOn: '2023-05-01' }]),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ memberCount: 3, version: before.version + 1 });
    const stale = await req('PUT', `${url}/${orgs.villageA.id}`, hexiManager.headers, {
      version: before.version,
      kind: 'village',
      members: members(3),
    });
    expect(stale.statusCode).toBe(409);
  });

  it('lists in scope: a village committee sees only itself, the district its subtree; filter by term warnings', async () => {
    const own = (await req('GET', url, villageStaff.headers)).json();
    expect(own.items.map((c: { orgId: string }) => c.orgId)).toEqual([orgs.villageA.id]);
    expect((await req('GET', `${url}/${orgs.villageB.id}`, villageStaff.headers)).statusCode).toBe(404);
    const all = (await req('GET', url, hexiReader.headers)).json();
    expect(all.total).toBe(3);
    expect((await req('GET', url, nankaiManager.headers)).json().total).toBe(0);
    const warned = (await req('GET', `${url}?termWarning=true`, hexiReader.headers)).json();
    expect(warned.items.every((c: { warningCount: number }) => c.warningCount > 0)).toBe(true);
    expect(warned.items.map((c: { orgId: string }) => c.orgId)).toEqual([orgs.villageA.id]);
  });

  it('warns the supervising justice office about 60 days before a term ends, once', async () => {
    const sent = await warnEndingTerms(t.kernel);
    expect(sent).toBe(1);
    expect(await warnEndingTerms(t.kernel)).toBe(0);
    const notes = await t.kernel.db.selectFrom('notifications').selectAll().where('userId', '=', officeStaff.userId).execute();
    expect(notes.length).toBe(sent);
    expect(notes[0]).toMatchObject({ kind: 'mediation.committeeTermEnding' });
    expect(notes[0]!.titleZh).toContain('委员2');
    expect(notes[0]!.titleZh).toContain('2026-04-30');
  });
});
