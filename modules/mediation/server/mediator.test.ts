import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { listActiveMediators } from './mediator.repository';
import { intakeBody, medOrgs, staffPermissions } from './test-fixtures';

const read = 'mediation.committee.read';
const manage = 'mediation.mediator.manage';

describe('mediators: training, workload and discipline (人民调解法 第十三–第十五条)', async () => {
  const t = await buildTestApp();
  t.kernel.clock = { now: () => new Date('2026-03-10T02:00:00.000Z') };
  const orgs = await medOrgs(t);
  const admin = await loginAs(t, { permissions: [read, 'mediation.committee.manage', manage], scope: 'subtree', orgId: orgs.hexi.id });
  const hexiReader = await loginAs(t, { permissions: [read], scope: 'subtree', orgId: orgs.hexi.id });
  const nankaiManager = await loginAs(t, { permissions: [read, manage], scope: 'subtree', orgId: orgs.nankai.id });
  const nobody = await loginAs(t, { permissions: ['mediation.case.read'], scope: 'city', orgId: orgs.city.id });
  const intake = await loginAs(t, { permissions: staffPermissions, scope: 'own', orgId: orgs.villageA.id });

  const req = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, headers?: Record<string, string>, payload?: object) =>
    t.app.inject({ method, url: path, headers: headers ?? {}, ...(payload === undefined ? {} : { payload }) });
  const url = '/api/mediation/mediators';
  const valid = (over: Record<string, unknown> = {}) => ({
    orgId: orgs.villageA.id,
    name: '刘桂兰',
    gender: 'female',
    employment: 'fullTime',
    specialities: ['neighbour', 'marriageFamily'],
    appointedOn: '2024-01-05',
    ...over,
  });
  const count = async () => (await t.kernel.db.selectFrom('medMediators').select('id').execute()).length;

  const committee = await req('POST', '/api/mediation/committees', admin.headers, {
    orgId: orgs.villageA.id,
    kind: 'village',
    members: [
      { name: '刘桂兰', gender: 'female', role: 'chair', termStartOn: '2024-01-01' },
      { name: '张建国', gender: 'male', role: 'member', termStartOn: '2024-01-01' },
      { name: '李明', gender: 'male', role: 'member', termStartOn: '2024-01-01' },
    ],
  });
  expect(committee.statusCode, committee.body).toBe(201);

  it('401, 403', async () => {
    expect((await req('GET', url)).statusCode).toBe(401);
    expect((await req('GET', url, nobody.headers)).statusCode).toBe(403);
    expect((await req('POST', url, hexiReader.headers, valid())).statusCode).toBe(403);
  });

  it('400 with the field; a committee that is not registered or outside the scope; nothing written', async () => {
    const cases: [Record<string, unknown>, string, string?][] = [
      [valid({ employment: 'sometimes' }), 'employment'],
      [valid({ specialities: ['poetry'] }), 'specialities.0'],
      [valid({ name: '' }), 'name'],
      [valid({ appointedOn: '2026-03-11' }), 'appointedOn', 'MED_DATE_IN_FUTURE'],
      [valid({ orgId: orgs.villageB.id }), 'orgId', 'MED_MEDIATOR_COMMITTEE_UNKNOWN'],
    ];
    for (const [body, field, code] of cases) {
      const res = await req('POST', url, admin.headers, body);
      expect(res.statusCode, JSON.stringify(body) + res.body).toBe(400);
      expect(res.json().error.field).toBe(field);
      if (code) expect(res.json().error.code).toBe(code);
    }
    const out = await req('POST', url, nankaiManager.headers, valid());
    expect(out.statusCode).toBe(400);
    expect(out.json().error.code).toBe('MED_MEDIATOR_COMMITTEE_UNKNOWN');
    expect(await count()).toBe(0);
  });

  let mediatorId = '';
  it('registers a mediator, records training; workload counts the open cases designated to them; audited', async () => {
    const res = await req('POST', url, admin.headers, valid());
    expect(res.statusCode, res.body).toBe(201);
    const m = res.json();
    mediatorId = m.id;
    expect(m).toMatchObject({ status: 'active', employment: 'fullTime', openCases: 0, abilities: { update: true, designate: true } });
    expect((await listActiveMediators(t.kernel.db, orgs.villageA.id)).map((x) => x.id)).toEqual([m.id]);

    const bad = await req('POST', `${url}/${m.id}/trainings`, admin.headers, {
      title: '人民调解员业务培训',
      organiser: '河西区司法局',
      startedOn: '2026-02-10',
      endedOn: '2026-02-01',
      hours: 16,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'MED_DATE_ORDER', field: 'endedOn' });
    const tr = await req('POST', `${url}/${m.id}/trainings`, admin.headers, {
      title: '人民调解员业务培训',
      organiser: '河西区司法局',
      startedOn: '2026-02-10',
      endedOn: '2026-02-11',
      hours: 16,
    });
    expect(tr.statusCode, tr.body).toBe(201);
    expect(tr.json()).toMatchObject({ trainingHours: 16, trainings: [expect.objectContaining({ hours: 16, passed: true })] });

    const c = await req('POST', '/api/mediation/cases', intake.headers, intakeBody());
    expect(c.statusCode, c.body).toBe(201);
    await t.kernel.db.updateTable('medCases').set({ mediatorId: m.id }).where('id', '=', c.json().id).execute();
    const detail = (await req('GET', `${url}/${m.id}`, hexiReader.headers)).json();
    expect(detail).toMatchObject({ openCases: 1, closedCases: 0, abilities: { update: false, designate: true } });
    const list = (await req('GET', `${url}?orgId=${orgs.villageA.id}&speciality=neighbour`, hexiReader.headers)).json();
    expect(list.items.map((x: { id: string; openCases: number }) => [x.id, x.openCases])).toEqual([[m.id, 1]]);
    expect((await req('GET', `${url}/${m.id}`, nankaiManager.headers)).statusCode).toBe(404);
    const audit = await t.kernel.db.selectFrom('auditEvents').select('action').where('entityId', '=', m.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['mediation.mediator.create', 'mediation.mediator.train']);
  });

  it('第十五条: criticism keeps the mediator active; dismissal makes them dismissed and no longer designable', async () => {
    const crit = await req('POST', `${url}/${mediatorId}/disciplines`, admin.headers, {
      ground: 'partiality',
      measure: 'criticism',
      facts: '调解中偏向一方当事人发言',
      decidedOn: '2026-03-01',
    });
    expect(crit.statusCode, crit.body).toBe(201);
    expect(crit.json()).toMatchObject({ status: 'active', disciplines: [expect.objectContaining({ measure: 'criticism' })] });
    const badGround = await req('POST', `${url}/${mediatorId}/disciplines`, admin.headers, {
      ground: 'lateness',
      measure: 'dismissal',
      facts: 'x',
      decidedOn: '2026-03-01',
    });
    expect(badGround.statusCode).toBe(400);
    expect(badGround.json().error.field).toBe('ground');
    const dismiss = await req('POST', `${url}/${mediatorId}/disciplines`, admin.headers, {
      ground: 'bribery',
      measure: 'dismissal',
      facts: '收受一方当事人财物',
      decidedOn: '2026-03-09',
    });
    expect(dismiss.statusCode, dismiss.body).toBe(201);
    expect(dismiss.json()).toMatchObject({
      status: 'dismissed',
      dismissedOn: '2026-03-09',
      abilities: { update: false, designate: false, discipline: false },
    });
    expect(await listActiveMediators(t.kernel.db, orgs.villageA.id)).toEqual([]);
    const patch = await req('PATCH', `${url}/${mediatorId}`, admin.headers, { version: dismiss.json().version, status: 'active' });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().error.code).toBe('MED_MEDIATOR_DISMISSED');
    const status = await req('PATCH', `${url}/${mediatorId}`, admin.headers, { version: dismiss.json().version, status: 'dismissed' });
    expect(status.statusCode).toBe(400);
    const member = await req('PUT', `/api/mediation/committees/${orgs.villageA.id}`, admin.headers, {
      version: 1,
      kind: 'village',
      members: [
        { name: '刘桂兰', gender: 'female', role: 'chair', termStartOn: '2024-01-01', mediatorId },
        { name: '张建国', gender: 'male', role: 'member', termStartOn: '2024-01-01' },
        { name: '李明', gender: 'male', role: 'member', termStartOn: '2024-01-01' },
      ],
    });
    expect(member.statusCode).toBe(400);
    expect(member.json().error).toMatchObject({ code: 'MED_MEDIATOR_UNAVAILABLE', field: 'members.0.mediatorId' });
  });

  it('updates an active mediator (specialities, suspension) with optimistic versions', async () => {
    const m = (await req('POST', url, admin.headers, valid({ name: '王志刚', gender: 'male', employment: 'partTime' }))).json();
    const up = await req('PATCH', `${url}/${m.id}`, admin.headers, { version: m.version, specialities: ['labour'], status: 'suspended' });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ specialities: ['labour'], status: 'suspended', abilities: { designate: false } });
    const stale = await req('PATCH', `${url}/${m.id}`, admin.headers, { version: m.version, name: '王某' });
    expect(stale.statusCode).toBe(409);
  });

  it('the list names the staff account of a mediator who works in the workbench (the today page finds its own record)', async () => {
    const unknown = await req('POST', url, admin.headers, valid({ name: '赵敏', userId: '01AAAAAAAAAAAAAAAAAAAAAAAA' }));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.field).toBe('userId');
    const staff = await req('POST', url, admin.headers, valid({ name: '赵敏', userId: intake.userId }));
    expect(staff.statusCode, staff.body).toBe(201);
    const plain = (await req('POST', url, admin.headers, valid({ name: '钱芳' }))).json();
    const list = (await req('GET', `${url}?orgId=${orgs.villageA.id}&status=active`, hexiReader.headers)).json();
    const byId = new Map(list.items.map((x: { id: string; userId: string | null }) => [x.id, x.userId]));
    expect(byId.get(staff.json().id)).toBe(intake.userId);
    expect(byId.get(plain.id)).toBeNull();
    expect((await req('GET', `${url}/${staff.json().id}`, hexiReader.headers)).json().userId).toBe(intake.userId);
  });
});
