import { buildApp } from '@tianping/server/app';
import type { Kernel } from '@tianping/server/core/module';
import { openDatabase } from '@tianping/server/db/database';
import type { AppConfig } from '@tianping/server/env';
import { openSession, sessionCookie } from '@tianping/server/identity/session.service';
import { demoOrgCodes } from '@tianping/server/org/org.demo-plan';
import { randomBytes } from 'node:crypto';
import { withMigrationHint } from '../lib/migration-hint';

/** 滨海新区 (GB/T 2260 120116): the largest district by population and organisations. Override with BENCH_DISTRICT. */
const defaultDistrict = '120116';
/** Organisations fetched in the GET-one workload, spread evenly over the actor's subtree. */
const sampledOrgs = 100;
/** Pages of the user list cycled through: a person browses the first pages, rarely page 400. */
const maxPages = 50;
const pageSize = 20;
const tokenLifetimeMs = 24 * 60 * 60 * 1000;

export interface Scenario {
  district: { code: string; name: string; bureauId: string; bureauName: string };
  volume: { organisations: number; users: number; assignments: number };
  subtree: { organisations: number; users: number };
  /** Bearer token (tokens service, issued by the district's security administrator): org workload. */
  bearerToken: string;
  tokenIssuer: string;
  /** Staff session of the district's system administrator (subtree scope): user list workload. */
  sessionCookie: string;
  sessionUser: string;
  orgPaths: string[];
  userPaths: string[];
  /** Open todo items of the session user (the todos volume slice) and the pages cycled. */
  openTodos: number;
  todoPaths: string[];
  pageSize: number;
}

async function count(kernel: Kernel, table: 'organisations' | 'users' | 'userRoles'): Promise<number> {
  const row = await kernel.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function districtAdmin(kernel: Kernel, bureauId: string, role: 'systemAdmin' | 'securityAdmin') {
  const admin = await kernel.db
    .selectFrom('userRoles as a')
    .innerJoin('roles as r', 'r.id', 'a.roleId')
    .innerJoin('users as u', 'u.id', 'a.userId')
    .select(['u.id', 'u.username', 'u.displayName'])
    .where('r.code', '=', role)
    .where('a.orgId', '=', bureauId)
    .where('a.scope', '=', 'subtree')
    .where('u.active', '=', 1)
    .where('u.mustChangePassword', '=', 0)
    .orderBy('u.id')
    .limit(1)
    .executeTakeFirst();
  if (!admin) throw new Error(`No active ${role} with subtree scope at the district bureau: seed the volume first`);
  return admin;
}

/**
 * Sets up the actors the way the app would: a staff session opened by the identity module's
 * session service, and an API token issued through POST /api/tokens by the district's security
 * administrator (audited like any other). Then picks the requests of each workload.
 */
export async function prepareScenario(config: AppConfig): Promise<Scenario> {
  const handle = openDatabase(config);
  const { app, kernel } = await buildApp({ config, handle, seed: false, logger: false, startJobs: false }).catch(async (err: unknown) => {
    await handle.close();
    throw withMigrationHint(err, config);
  });
  try {
    await app.ready();
    const districtCode = process.env.BENCH_DISTRICT ?? defaultDistrict;
    const bureau = await kernel.db
      .selectFrom('organisations')
      .select(['id', 'name', 'path'])
      .where('code', '=', demoOrgCodes(config.cityCode).districtBureau(districtCode))
      .executeTakeFirst();
    const region = await kernel.db.selectFrom('regions').select('name').where('code', '=', districtCode).executeTakeFirst();
    if (!bureau || !region) throw new Error(`District ${districtCode} has no district bureau in the bench database`);

    const meta = { ip: '127.0.0.1', userAgent: 'tianping-bench' };
    const sysAdmin = await districtAdmin(kernel, bureau.id, 'systemAdmin');
    const secAdmin = await districtAdmin(kernel, bureau.id, 'securityAdmin');
    const session = await openSession(kernel.db, kernel.clock.now(), sysAdmin.id, meta);
    const issuer = await openSession(kernel.db, kernel.clock.now(), secAdmin.id, meta);
    const csrf = randomBytes(32).toString('base64url');
    const res = await app.inject({
      method: 'POST',
      url: '/api/tokens',
      cookies: { [sessionCookie]: issuer.token, tp_csrf: csrf },
      headers: { 'x-csrf-token': csrf, 'user-agent': meta.userAgent },
      payload: {
        name: `bench ${new Date().toISOString()}`,
        orgId: bureau.id,
        scope: 'subtree',
        permissions: ['org.organisation.read'],
        expiresAt: new Date(Date.now() + tokenLifetimeMs).toISOString(),
      },
    });
    if (res.statusCode !== 201) throw new Error(`Issuing the bench API token failed: ${res.statusCode} ${res.body}`);
    const bearerToken = (res.json() as { secret: string }).secret;

    const prefix = `${bureau.path}%`;
    const subtreeOrgs = await kernel.db.selectFrom('organisations').select('id').where('path', 'like', prefix).orderBy('code').execute();
    const subtreeUsers = await kernel.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('orgId', 'in', (eb) => eb.selectFrom('organisations').select('id').where('path', 'like', prefix))
      .executeTakeFirstOrThrow();
    const step = Math.max(1, Math.floor(subtreeOrgs.length / sampledOrgs));
    const orgPaths = subtreeOrgs
      .filter((_, i) => i % step === 0)
      .slice(0, sampledOrgs)
      .map((o) => `/api/orgs/${o.id}`);
    const pages = Math.max(1, Math.min(maxPages, Math.ceil(Number(subtreeUsers.n) / pageSize)));
    const userPaths = Array.from({ length: pages }, (_, i) => `/api/users?page=${i + 1}&pageSize=${pageSize}`);

    const openTodos = await kernel.db
      .selectFrom('todoItems')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'open')
      .where('assigneeUserId', '=', sysAdmin.id)
      .executeTakeFirstOrThrow();
    const todoPages = Math.max(1, Math.min(maxPages, Math.ceil(Number(openTodos.n) / pageSize)));
    const todoPaths = Array.from({ length: todoPages }, (_, i) => `/api/todos?status=open&sort=dueDate&page=${i + 1}&pageSize=${pageSize}`);

    return {
      district: { code: districtCode, name: region.name, bureauId: bureau.id, bureauName: bureau.name },
      volume: {
        organisations: await count(kernel, 'organisations'),
        users: await count(kernel, 'users'),
        assignments: await count(kernel, 'userRoles'),
      },
      subtree: { organisations: subtreeOrgs.length, users: Number(subtreeUsers.n) },
      bearerToken,
      tokenIssuer: `${secAdmin.username} (${secAdmin.displayName}, securityAdmin, subtree)`,
      sessionCookie: `${sessionCookie}=${session.token}`,
      sessionUser: `${sysAdmin.username} (${sysAdmin.displayName}, systemAdmin, subtree)`,
      orgPaths,
      userPaths,
      openTodos: Number(openTodos.n),
      todoPaths,
      pageSize,
    };
  } finally {
    await app.close();
    await handle.close();
  }
}
