import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { createOrg } from '../../test/factories';
import { loginAs } from '../../test/login';
import { buildOrgTree, loginOrgAdmin } from './test-fixtures';

type Node = { id: string; name: string; hasChildren: boolean; children: Node[] };
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe('reading organisations', async () => {
  const t = await buildTestApp();
  const tree = await buildOrgTree(t);
  const inactive = await createOrg(t, {
    parentId: tree.districtA.id,
    type: 'legalAidCentre',
    regionCode: '120101',
    name: '已撤并法律援助中心',
    active: 0,
  });
  const get = (url: string, headers?: Record<string, string>) => t.app.inject({ method: 'GET', url, ...(headers ? { headers } : {}) });
  const reader = (orgId: string, scope: 'own' | 'subtree' | 'city') => loginAs(t, { permissions: ['org.organisation.read'], scope, orgId });

  it('401 without a session on every read route', async () => {
    for (const url of ['/api/orgs', '/api/orgs/tree', '/api/orgs/types', `/api/orgs/${tree.city.id}`]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('403 without org.organisation.read', async () => {
    const s = await loginAs(t, { permissions: [], orgId: tree.city.id, scope: 'city' });
    for (const url of ['/api/orgs', '/api/orgs/tree', '/api/orgs/types', `/api/orgs/${tree.city.id}`]) {
      expect((await get(url, s.headers)).statusCode, url).toBe(403);
    }
  });

  it('400 for malformed query and path parameters', async () => {
    const s = await reader(tree.city.id, 'city');
    const cases: [string, string][] = [
      ['/api/orgs?pageSize=1000', 'pageSize'],
      ['/api/orgs?type=prison', 'type'],
      ['/api/orgs?parentId=1%20or%201=1', 'parentId'],
      ['/api/orgs?includeInactive=maybe', 'includeInactive'],
      ['/api/orgs/tree?rootId=abc', 'rootId'],
      ['/api/orgs/not-an-id', 'id'],
    ];
    for (const [url, field] of cases) {
      const res = await get(url, s.headers);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.field, url).toBe(field);
    }
  });

  it('lists the types with Chinese and English labels', async () => {
    const s = await reader(tree.city.id, 'own');
    const types = (await get('/api/orgs/types', s.headers)).json();
    expect(types).toContainEqual({ code: 'justiceOffice', zh: '司法所', en: 'Justice office' });
    expect(types).toContainEqual({ code: 'cityBureau', zh: '市司法局', en: 'Municipal Bureau of Justice' });
    expect(types.length).toBeGreaterThanOrEqual(14);
  });

  it('shows one organisation with names, labels and abilities', async () => {
    const s = await loginOrgAdmin(t, tree.city.id, 'city');
    const res = await get(`/api/orgs/${tree.officeA1.id}`, s.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: tree.officeA1.id,
      name: '劝业场街道司法所',
      type: 'justiceOffice',
      typeLabel: { zh: '司法所', en: 'Justice office' },
      regionCode: '120101001',
      regionName: '劝业场街道',
      parentId: tree.districtA.id,
      parentName: '天津市和平区司法局',
      path: tree.officeA1.path,
      depth: 2,
      active: true,
      version: 1,
      abilities: { canEdit: true, canMove: true, canDeactivate: true },
    });
    const readOnly = await reader(tree.city.id, 'city');
    expect((await get(`/api/orgs/${tree.officeA1.id}`, readOnly.headers)).json().abilities).toEqual({
      canEdit: false,
      canMove: false,
      canDeactivate: false,
    });
  });

  it('answers 404 for organisations outside the scope and for unknown ids', async () => {
    const own = await reader(tree.districtA.id, 'own');
    expect((await get(`/api/orgs/${tree.districtA.id}`, own.headers)).statusCode).toBe(200);
    expect((await get(`/api/orgs/${tree.officeA1.id}`, own.headers)).statusCode).toBe(404);
    const sub = await reader(tree.districtA.id, 'subtree');
    expect((await get(`/api/orgs/${tree.officeA1.id}`, sub.headers)).statusCode).toBe(200);
    const outside = await get(`/api/orgs/${tree.officeB1.id}`, sub.headers);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.code).toBe('NOT_FOUND');
    expect((await get(`/api/orgs/${tree.city.id}`, sub.headers)).statusCode).toBe(404);
    expect((await get('/api/orgs/01ARZ3NDEKTSV4RRFFQ69G5FAV', sub.headers)).statusCode).toBe(404);
    expect((await get(`/api/orgs/tree?parentId=${tree.districtB.id}`, sub.headers)).statusCode).toBe(404);
    expect((await get(`/api/orgs/tree?rootId=${tree.city.id}`, sub.headers)).statusCode).toBe(404);
  });

  it('applies own, subtree and city scope to the list', async () => {
    const own = (await get('/api/orgs?pageSize=200', (await reader(tree.districtA.id, 'own')).headers)).json();
    expect(ids(own.items)).toEqual([tree.districtA.id]);
    expect(own.total).toBe(1);
    const sub = (await get('/api/orgs?pageSize=200', (await reader(tree.districtA.id, 'subtree')).headers)).json();
    expect(ids(sub.items)).toEqual(ids([tree.districtA, tree.officeA1, tree.officeA2]));
    const city = (await get('/api/orgs?pageSize=200', (await reader(tree.districtA.id, 'city')).headers)).json();
    expect(ids(city.items)).toEqual(expect.arrayContaining(ids(Object.values(tree))));
  });

  it('filters by parent, type, name and status, with pages and total', async () => {
    const s = await reader(tree.city.id, 'city');
    const children = (await get(`/api/orgs?parentId=${tree.districtA.id}`, s.headers)).json();
    expect(ids(children.items)).toEqual(ids([tree.officeA1, tree.officeA2]));
    const withInactive = (await get(`/api/orgs?parentId=${tree.districtA.id}&includeInactive=true`, s.headers)).json();
    expect(ids(withInactive.items)).toEqual(ids([tree.officeA1, tree.officeA2, inactive]));
    expect(withInactive.items.find((o: { id: string }) => o.id === inactive.id).active).toBe(false);
    const byType = (await get(`/api/orgs?type=justiceOffice&parentId=${tree.districtB.id}`, s.headers)).json();
    expect(ids(byType.items)).toEqual([tree.officeB1.id]);
    const byName = (await get(`/api/orgs?q=${encodeURIComponent('小白楼')}`, s.headers)).json();
    expect(ids(byName.items)).toEqual([tree.officeA2.id]);
    const wildcard = (await get(`/api/orgs?q=${encodeURIComponent('%')}`, s.headers)).json();
    expect(wildcard.total).toBe(0);
    const page1 = (await get(`/api/orgs?parentId=${tree.districtA.id}&pageSize=1&page=1`, s.headers)).json();
    const page2 = (await get(`/api/orgs?parentId=${tree.districtA.id}&pageSize=1&page=2`, s.headers)).json();
    expect(page1).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(page1.items).toHaveLength(1);
    expect(page2.items[0].id).not.toBe(page1.items[0].id);
  });

  it('serves the tree lazily by parent, nested by root, and from the top of the scope', async () => {
    const sub = await reader(tree.districtA.id, 'subtree');
    const top: Node[] = (await get('/api/orgs/tree', sub.headers)).json();
    expect(top.map((n) => n.id)).toEqual([tree.districtA.id]);
    expect(top[0]).toMatchObject({ hasChildren: true, children: [] });
    const level: Node[] = (await get(`/api/orgs/tree?parentId=${tree.districtA.id}`, sub.headers)).json();
    expect(ids(level)).toEqual(ids([tree.officeA1, tree.officeA2]));
    expect(level.every((n) => !n.hasChildren)).toBe(true);
    const withInactive: Node[] = (await get(`/api/orgs/tree?parentId=${tree.districtA.id}&includeInactive=1`, sub.headers)).json();
    expect(withInactive).toHaveLength(3);

    const city = await reader(tree.districtA.id, 'city');
    const nested: Node[] = (await get(`/api/orgs/tree?rootId=${tree.city.id}`, city.headers)).json();
    expect(nested).toHaveLength(1);
    expect(nested[0]!.name).toBe('天津市司法局');
    expect(ids(nested[0]!.children)).toEqual(ids([tree.districtA, tree.districtB]));
    const a = nested[0]!.children.find((c) => c.id === tree.districtA.id)!;
    expect(ids(a.children)).toEqual(ids([tree.officeA1, tree.officeA2]));
    const cityTop: Node[] = (await get('/api/orgs/tree', city.headers)).json();
    expect(cityTop.map((n) => n.id)).toContain(tree.city.id);
    expect(cityTop.map((n) => n.id)).not.toContain(tree.districtA.id);
  });

  it('shows an own-scope user only their organisation, without expandable children', async () => {
    const own = await reader(tree.districtA.id, 'own');
    const top: Node[] = (await get('/api/orgs/tree', own.headers)).json();
    expect(top).toEqual([expect.objectContaining({ id: tree.districtA.id, hasChildren: false, children: [] })]);
    expect((await get(`/api/orgs/tree?parentId=${tree.districtA.id}`, own.headers)).json()).toEqual([]);
  });
});
