/**
 * The raw baseline: bare Fastify and the database driver, nothing else — no schemas, no query
 * builder, no plugins, no hooks. It answers the benchmarked routes with the app's SQL
 * (baseline-sql.ts), the same credential checks (bearer token by the SHA-256 of its secret;
 * staff session by the SHA-256 of the cookie) and the same JSON, so the gap between the two
 * servers is what the app's layers cost. Only the subtree data scope (the benchmarked actors')
 * is implemented. Started by bench/run.ts.
 */
import BetterSqlite3 from 'better-sqlite3';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import pg from 'pg';
import {
  deadlineStatus,
  localDateAt,
  mergeHolidayCalendars,
  officialHolidayCalendar,
  parseLocalDate,
  type HolidayCalendar,
  type LocalDate,
  type YearScheduleInput,
} from '@tianping/common/calendar/index';
import { orgTypes } from '@tianping/common/contract/org';
import { openDatabase } from '@tianping/server/db/database';
import { loadConfig } from '@tianping/server/env';
import { searchLaws } from '@tianping/server/laws/law-search.service';
import { baselineSql, numbered, type BaselineQuery } from './baseline-sql';
import { serveUntilStopped } from './child-harness';

type Row = Record<string, unknown>;

interface RawDb {
  one(q: BaselineQuery, params: unknown[]): Row | undefined | Promise<Row | undefined>;
  all(q: BaselineQuery, params: unknown[]): Row[] | Promise<Row[]>;
  run(q: BaselineQuery, params: unknown[]): void | Promise<void>;
  close(): Promise<void>;
}

/** better-sqlite3 as one would use it by hand: WAL, every statement prepared once. */
function openSqlite(file: string): RawDb {
  const db = new BetterSqlite3(file, { fileMustExist: true });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const stmts = new Map(Object.entries(baselineSql).map(([k, text]) => [k, db.prepare(text)]));
  const stmt = (q: BaselineQuery) => stmts.get(q)!;
  return {
    one: (q, p) => stmt(q).get(...p) as Row | undefined,
    all: (q, p) => stmt(q).all(...p) as Row[],
    run: (q, p) => void stmt(q).run(...p),
    close: async () => void db.close(),
  };
}

/** pg with the app's pool size and type parsers (ISO instants, numeric counts), plain parameterised queries. */
function openPostgres(url: string): RawDb {
  pg.types.setTypeParser(1184, (v) => new Date(v).toISOString());
  pg.types.setTypeParser(1114, (v) => new Date(`${v}Z`).toISOString());
  pg.types.setTypeParser(1082, (v) => v);
  pg.types.setTypeParser(20, (v) => Number(v));
  pg.types.setTypeParser(1700, (v) => Number(v));
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const texts = new Map(Object.entries(baselineSql).map(([k, text]) => [k, numbered(text)]));
  const query = async (q: BaselineQuery, p: unknown[]) => (await pool.query(texts.get(q)!, p)).rows as Row[];
  return {
    one: async (q, p) => (await query(q, p))[0],
    all: query,
    run: async (q, p) => void (await query(q, p)),
    close: () => pool.end(),
  };
}

interface Actor {
  /** The signed-in user (staff sessions only). */
  userId?: string;
  orgId: string;
  orgPath: string;
  scope: string;
  permissions: Set<string>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

const touchIntervalMs = 60_000;
const idleTimeoutMs = 30 * 60_000;
const bearerPattern = /^Bearer[ ]+(\S+)[ ]*$/i;
const tokenFormat = /^tp_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
const sessionCookiePattern = /(?:^|;\s*)tp_session=([^;]*)/;
const idPattern = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const typeLabels = new Map<string, { zh: string; en: string }>(orgTypes.map((t) => [t.code, { zh: t.zh, en: t.en }]));

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function tokenActor(db: RawDb, header: string): Promise<Actor> {
  const m = bearerPattern.exec(header);
  const parsed = m ? tokenFormat.exec(m[1]!) : null;
  const row = parsed ? await db.one('tokenByHash', [sha256(parsed[2]!)]) : undefined;
  const now = new Date();
  if (!row || row.prefix !== parsed![1] || row.revoked_at || String(row.expires_at) <= now.toISOString() || row.org_active !== 1) {
    throw new HttpError(401, 'INVALID_TOKEN');
  }
  if (!row.last_used_at || now.getTime() - new Date(String(row.last_used_at)).getTime() >= touchIntervalMs) {
    await db.run('touchToken', [now.toISOString(), row.id, new Date(now.getTime() - touchIntervalMs).toISOString()]);
  }
  const permissions = new Set(JSON.parse(String(row.permissions)) as string[]);
  return { orgId: String(row.org_id), orgPath: String(row.org_path), scope: String(row.scope), permissions };
}

async function sessionActor(db: RawDb, cookie: string): Promise<Actor> {
  const sessionId = sha256(decodeURIComponent(cookie));
  const row = await db.one('sessionContext', [1, sessionId]);
  const now = new Date();
  const live =
    row &&
    !row.revoked_at &&
    row.user_active &&
    String(row.expires_at) > now.toISOString() &&
    new Date(String(row.last_seen_at)).getTime() + idleTimeoutMs > now.getTime();
  if (!live || !row.assignment_id) throw new HttpError(401, 'SESSION_EXPIRED');
  if (now.getTime() - new Date(String(row.last_seen_at)).getTime() >= touchIntervalMs)
    await db.run('touchSession', [now.toISOString(), sessionId]);
  if (row.must_change_password || (row.totp_required && !row.totp_enabled)) throw new HttpError(403, 'RESTRICTED');
  const permissions = new Set((await db.all('rolePermissions', [row.role_id])).map((r) => String(r.permission)));
  return {
    userId: String(row.user_id),
    orgId: String(row.assignment_org_id),
    orgPath: String(row.assignment_org_path),
    scope: String(row.scope),
    permissions,
  };
}

async function authorise(db: RawDb, req: FastifyRequest, permission: string): Promise<Actor> {
  const cookie = req.headers.cookie ? sessionCookiePattern.exec(req.headers.cookie)?.[1] : undefined;
  const auth = req.headers.authorization;
  const actor = cookie ? await sessionActor(db, cookie) : auth ? await tokenActor(db, auth) : null;
  if (!actor) throw new HttpError(401, 'UNAUTHENTICATED');
  if (!actor.permissions.has(permission)) throw new HttpError(403, 'FORBIDDEN');
  if (actor.scope !== 'subtree') throw new HttpError(501, 'BASELINE_SUBTREE_SCOPE_ONLY');
  return actor;
}

function intParam(value: unknown, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new HttpError(400, 'VALIDATION_FAILED');
  return n;
}

function orgView(r: Row, actor: Actor) {
  const canUpdate = actor.permissions.has('org.organisation.update');
  const ownRoot = actor.scope !== 'city' && r.id === actor.orgId;
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    type: r.type,
    typeLabel: typeLabels.get(String(r.type)) ?? { zh: r.type, en: r.type },
    regionCode: r.region_code,
    regionName: r.region_name,
    parentId: r.parent_id,
    parentName: r.parent_name,
    path: r.path,
    depth: r.depth,
    active: r.active === 1,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    abilities: {
      canEdit: canUpdate,
      canMove: canUpdate && !ownRoot,
      canDeactivate: actor.permissions.has('org.organisation.deactivate') && !ownRoot,
    },
  };
}

function userView(r: Row, nowIso: string) {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    orgId: r.org_id,
    orgName: r.org_name,
    phoneMasked: r.phone_masked,
    active: r.active === 1,
    locked: !!r.locked_until && String(r.locked_until) > nowIso,
    mustChangePassword: r.must_change_password === 1,
    lastLoginAt: r.last_login_at,
  };
}

/** Holiday calendars by administrators' version id (0: the shipped one); the latest id is read per request, as the app does. */
const calendars = new Map<number, HolidayCalendar>([[0, officialHolidayCalendar]]);

async function holidayCalendar(db: RawDb): Promise<HolidayCalendar> {
  const latest = await db.one('calendarLatest', []);
  const id = latest?.id == null ? 0 : Number(latest.id);
  let calendar = calendars.get(id);
  if (!calendar) {
    const row = await db.one('calendarVersion', [id]);
    calendar = row
      ? mergeHolidayCalendars(officialHolidayCalendar, {
          version: `admin:${id}`,
          years: JSON.parse(String(row.snapshot)) as YearScheduleInput[],
        })
      : officialHolidayCalendar;
    calendars.set(id, calendar);
  }
  return calendar;
}

function todoView(r: Row, userId: string, today: LocalDate, calendar: HolidayCalendar) {
  const d = r.due_date && r.status === 'open' ? deadlineStatus(parseLocalDate(String(r.due_date)), today, calendar) : null;
  return {
    id: r.id,
    entityType: r.entity_type,
    entityId: r.entity_id,
    titleZh: r.title_zh,
    titleEn: r.title_en,
    url: r.url,
    assignedTo: r.assignee_user_id === userId ? 'personal' : 'organisation',
    dueDate: r.due_date,
    deadline: d
      ? {
          status: d.status,
          remainingWorkdays: d.remainingWorkdays,
          remainingDays: d.remainingDays,
          overdueWorkdays: d.overdueWorkdays,
          provisional: d.provisional,
        }
      : null,
    status: r.status,
    createdAt: r.created_at,
    closedAt: r.closed_at,
  };
}

function fail(reply: FastifyReply, err: unknown) {
  if (err instanceof HttpError) return reply.status(err.status).send({ error: { code: err.code } });
  throw err;
}

await serveUntilStopped(async () => {
  const url = process.env.DATABASE_URL ?? '';
  const db = /^postgres(ql)?:\/\//.test(url) ? openPostgres(url) : openSqlite(url.replace(/^sqlite:/, ''));
  const app = Fastify({ logger: false });

  app.get<{ Params: { id: string } }>('/api/orgs/:id', async (req, reply) => {
    try {
      const actor = await authorise(db, req, 'org.organisation.read');
      if (!idPattern.test(req.params.id)) throw new HttpError(400, 'VALIDATION_FAILED');
      const row = await db.one('orgInScope', [req.params.id, `${actor.orgPath}%`]);
      if (!row) throw new HttpError(404, 'NOT_FOUND');
      return orgView(row, actor);
    } catch (err) {
      return fail(reply, err);
    }
  });

  app.get<{ Querystring: { page?: string; pageSize?: string } }>('/api/users', async (req, reply) => {
    try {
      const actor = await authorise(db, req, 'identity.user.read');
      const page = intParam(req.query.page, 1, 100_000);
      const pageSize = intParam(req.query.pageSize, 20, 200);
      const prefix = `${actor.orgPath}%`;
      const [rows, count] = await Promise.all([
        db.all('usersPage', [prefix, pageSize, (page - 1) * pageSize]),
        db.one('usersCount', [prefix]),
      ]);
      const nowIso = new Date().toISOString();
      return { items: rows.map((r) => userView(r, nowIso)), total: Number(count!.n), page, pageSize };
    } catch (err) {
      return fail(reply, err);
    }
  });

  app.get<{ Querystring: { status?: string; sort?: string; page?: string; pageSize?: string } }>('/api/todos', async (req, reply) => {
    try {
      // access 'staff': any live staff session, no permission.
      const cookie = req.headers.cookie ? sessionCookiePattern.exec(req.headers.cookie)?.[1] : undefined;
      if (!cookie) throw new HttpError(401, 'UNAUTHENTICATED');
      const actor = await sessionActor(db, cookie);
      const status = req.query.status ?? 'open';
      if (status !== 'open' && status !== 'done') throw new HttpError(400, 'VALIDATION_FAILED');
      // Only the benchmarked order is implemented.
      if ((req.query.sort ?? 'dueDate') !== 'dueDate') throw new HttpError(501, 'BASELINE_DUE_DATE_SORT_ONLY');
      const page = intParam(req.query.page, 1, 100_000);
      const pageSize = intParam(req.query.pageSize, 20, 200);
      const who = [status, actor.userId, actor.orgId];
      const [rows, count, calendar] = await Promise.all([
        db.all('todosPage', [...who, pageSize, (page - 1) * pageSize]),
        db.one('todosCount', who),
        holidayCalendar(db),
      ]);
      const today = localDateAt(new Date());
      return { items: rows.map((r) => todoView(r, actor.userId!, today, calendar)), total: Number(count!.n), page, pageSize };
    } catch (err) {
      return fail(reply, err);
    }
  });

  /**
   * Law search: the app's ranking (segmenter, FTS SQL built per query, BM25 weighting, snippet
   * highlighting, named-law and citation handling) is not reproduced by hand — the baseline calls
   * the app's own searchLaws() on a plain Kysely handle (the app's openDatabase), without the
   * app's Fastify layers (schemas, hooks, access, rate limit). The ratio is the HTTP layers' cost.
   */
  const lawsHandle = openDatabase(loadConfig(process.env));
  app.get<{ Querystring: { q?: string; page?: string } }>('/api/laws/search', async (req, reply) => {
    try {
      const q = req.query.q?.trim();
      if (!q) throw new HttpError(400, 'VALIDATION_FAILED');
      return await searchLaws(lawsHandle.db, null, { q, page: intParam(req.query.page, 1, 500) });
    } catch (err) {
      return fail(reply, err);
    }
  });

  return {
    app,
    close: async () => {
      await db.close();
      await lawsHandle.close();
    },
  };
});
