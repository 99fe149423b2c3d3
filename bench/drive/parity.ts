import { findOrgNames, nextCounterValue } from '@tianping/server/casenumbers/case-number.repository';
import { findVersion, latestVersionId } from '@tianping/server/calendar/calendar.repository';
import type { DialectName } from '@tianping/server/db/database';
import type { Database } from '@tianping/server/db/schema';
import { findSessionContext, rolePermissionKeys, touchSession } from '@tianping/server/identity/session.repository';
import { listUsersInScope } from '@tianping/server/identity/user.repository';
import { findOrgInScope } from '@tianping/server/org/org.repository';
import { findTokenForAuth, touchToken } from '@tianping/server/tokens/token.repository';
import { listTodosFor } from '@tianping/server/workflow/todo.repository';
import {
  CamelCasePlugin,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { isDeepStrictEqual } from 'node:util';
import { baselineSql, numbered, type BaselineQuery } from '../servers/baseline-sql';
import { loopback } from '../servers/child-harness';

export interface SqlParity {
  query: BaselineQuery;
  identical: boolean;
  app: string;
  baseline: string;
}

/**
 * Compiles the app's own repository calls (no database: a dummy driver that records the SQL)
 * and compares each statement with the baseline's, so "same SQL" is checked on every run
 * rather than assumed — the repositories will evolve.
 */
export async function compareSql(dialect: DialectName): Promise<SqlParity[]> {
  const captured: string[] = [];
  const isPg = dialect === 'postgres';
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => (isPg ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => (isPg ? new PostgresIntrospector(k) : new SqliteIntrospector(k)),
      createQueryCompiler: () => (isPg ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    },
    plugins: [new CamelCasePlugin()],
    log: (e) => {
      if (e.level === 'query') captured.push(e.query.sql);
    },
  });
  const actor = {
    kind: 'token',
    tokenId: 'T',
    name: 'bench',
    orgId: 'O',
    orgPath: '/A/B/',
    scope: 'subtree',
    permissions: new Set<string>(),
  } as const;
  const calls: [BaselineQuery, () => Promise<unknown>][] = [
    ['tokenByHash', () => findTokenForAuth(db, 'h')],
    ['touchToken', () => touchToken(db, 'id', 'at', 'before')],
    ['sessionContext', () => findSessionContext(db, 's')],
    ['rolePermissions', () => rolePermissionKeys(db, 'r')],
    ['touchSession', () => touchSession(db, 's', 'at')],
    ['orgInScope', () => findOrgInScope(db, actor, 'id')],
    // listUsersInScope runs the page query, then the count (Promise.all, page first).
    ['usersPage', () => listUsersInScope(db, actor, { page: 2, pageSize: 20 })],
    // listTodosFor runs the page query, then the count (Promise.all, page first).
    ['todosPage', () => listTodosFor(db, { userId: 'U', orgId: 'O' }, { status: 'open', sort: 'dueDate', page: 2, pageSize: 20 })],
    ['calendarLatest', () => latestVersionId(db)],
    ['calendarVersion', () => findVersion(db, 1)],
    ['caseNumberOrg', () => findOrgNames(db, 'O')],
    ['caseNumberNext', () => nextCounterValue(db, { orgId: 'O', caseType: 't', year: 2199 }, 'at')],
  ];
  const out: SqlParity[] = [];
  for (const [query, call] of calls) {
    const before = captured.length;
    // The dummy driver returns no rows, so "…OrThrow" calls reject: only the SQL matters here.
    await call().catch(() => undefined);
    const statements = captured.slice(before);
    const names: BaselineQuery[] =
      query === 'usersPage' ? ['usersPage', 'usersCount'] : query === 'todosPage' ? ['todosPage', 'todosCount'] : [query];
    names.forEach((name, i) => {
      const app = statements[i] ?? '(not issued)';
      const baseline = isPg ? numbered(baselineSql[name]) : baselineSql[name];
      out.push({ query: name, identical: app === baseline, app, baseline });
    });
  }
  await db.destroy();
  return out;
}

export interface ResponseParity {
  path: string;
  appStatus: number;
  baselineStatus: number;
  identical: boolean;
}

/** Fetches the same requests from both servers and compares status and parsed JSON. */
export async function compareResponses(
  appPort: number,
  baselinePort: number,
  paths: readonly string[],
  headers: Record<string, string>,
): Promise<ResponseParity[]> {
  const get = async (port: number, path: string) => {
    const res = await fetch(`http://${loopback}:${port}${path}`, { headers });
    return { status: res.status, body: (await res.json()) as unknown };
  };
  const out: ResponseParity[] = [];
  for (const path of paths) {
    const [a, b] = [await get(appPort, path), await get(baselinePort, path)];
    out.push({
      path,
      appStatus: a.status,
      baselineStatus: b.status,
      identical: a.status === b.status && isDeepStrictEqual(a.body, b.body),
    });
  }
  return out;
}
