/**
 * The SQL of the raw baseline: the same statements the app's repositories compile to (the
 * bench compares them with the app's own compiled SQL before measuring and reports any
 * drift). Written with `?` placeholders; PostgreSQL gets `$1…` (see `numbered`).
 */
const scopeSubquery = `"users"."org_id" in (select "scope_org"."id" from "organisations" as "scope_org" where "scope_org"."path" like ?)`;

export const baselineSql = {
  /** Bearer tokens: tokens.repository findTokenForAuth. */
  tokenByHash: `select "api_tokens"."id", "api_tokens"."name", "api_tokens"."org_id", "api_tokens"."scope", "api_tokens"."permissions", "api_tokens"."prefix", "api_tokens"."expires_at", "api_tokens"."revoked_at", "api_tokens"."last_used_at", "organisations"."path" as "org_path", "organisations"."active" as "org_active" from "api_tokens" inner join "organisations" on "organisations"."id" = "api_tokens"."org_id" where "api_tokens"."token_hash" = ?`,
  /** At most once a minute: tokens.repository touchToken. */
  touchToken: `update "api_tokens" set "last_used_at" = ? where "id" = ? and ("last_used_at" is null or "last_used_at" <= ?)`,
  /** Staff sessions: identity session.repository findSessionContext. */
  sessionContext: `select "s"."id" as "session_id", "s"."user_id", "s"."assignment_id", "s"."last_seen_at", "s"."expires_at", "s"."revoked_at", "u"."username", "u"."display_name", "u"."org_id" as "user_org_id", "u"."active" as "user_active", "u"."must_change_password", "u"."totp_enabled", "a"."role_id", "a"."org_id" as "assignment_org_id", "a"."scope", "ao"."path" as "assignment_org_path", "uo"."path" as "user_org_path", case when exists (select "ur"."id" from "user_roles" as "ur" inner join "roles" as "r" on "r"."id" = "ur"."role_id" where "ur"."user_id" = "u"."id" and "r"."require_totp" = ?) then 1 else 0 end as "totp_required" from "sessions" as "s" inner join "users" as "u" on "u"."id" = "s"."user_id" inner join "organisations" as "uo" on "uo"."id" = "u"."org_id" left join "user_roles" as "a" on "a"."id" = "s"."assignment_id" left join "organisations" as "ao" on "ao"."id" = "a"."org_id" where "s"."id" = ?`,
  rolePermissions: `select "permission" from "role_permissions" where "role_id" = ?`,
  touchSession: `update "sessions" set "last_seen_at" = ? where "id" = ?`,
  /** org.repository findOrgInScope (subtree scope). */
  orgInScope: `select "organisations"."id", "organisations"."code", "organisations"."name", "organisations"."short_name", "organisations"."type", "organisations"."region_code", "organisations"."parent_id", "organisations"."path", "organisations"."depth", "organisations"."active", "organisations"."version", "organisations"."created_at", "organisations"."updated_at", "regions"."name" as "region_name", "parent"."name" as "parent_name" from "organisations" left join "regions" on "regions"."code" = "organisations"."region_code" left join "organisations" as "parent" on "parent"."id" = "organisations"."parent_id" where "organisations"."id" = ? and "organisations"."id" in (select "scope_org"."id" from "organisations" as "scope_org" where "scope_org"."path" like ?)`,
  /** identity user.repository listUsersInScope (subtree scope): one page … */
  usersPage: `select "users"."id", "users"."username", "users"."display_name", "users"."org_id", "users"."phone_masked", "users"."active", "users"."locked_until", "users"."must_change_password", "users"."last_login_at", "o"."name" as "org_name" from "users" inner join "organisations" as "o" on "o"."id" = "users"."org_id" where ${scopeSubquery} order by "users"."username" limit ? offset ?`,
  /** … and the total. */
  usersCount: `select count(*) as "n" from "users" inner join "organisations" as "o" on "o"."id" = "users"."org_id" where ${scopeSubquery}`,
  /** workflow todo.repository listTodosFor (sort=dueDate): one page … */
  todosPage: `select * from "todo_items" where "status" = ? and ("assignee_user_id" = ? or "assignee_org_id" = ?) order by case when "due_date" is null then 1 else 0 end, "due_date" asc, "id" asc limit ? offset ?`,
  /** … and the total. */
  todosCount: `select count(*) as "n" from "todo_items" where "status" = ? and ("assignee_user_id" = ? or "assignee_org_id" = ?)`,
  /** calendar.repository latestVersionId: the holiday calendar's current version, checked per request. */
  calendarLatest: `select max("id") as "id" from "calendar_versions"`,
  /** calendar.repository findVersion: an administrators' calendar version (built once per id). */
  calendarVersion: `select * from "calendar_versions" where "id" = ?`,
  /** casenumbers case-number.repository findOrgNames (allocation workload, in-process). */
  caseNumberOrg: `select "name", "short_name", "code" from "organisations" where "id" = ?`,
  /** casenumbers case-number.repository nextCounterValue: the counter upsert. */
  caseNumberNext: `insert into "case_number_counters" ("org_id", "case_type", "year", "last", "updated_at") values (?, ?, ?, ?, ?) on conflict ("org_id", "case_type", "year") do update set "last" = "case_number_counters"."last" + ?, "updated_at" = ? returning "last"`,
} as const;

export type BaselineQuery = keyof typeof baselineSql;

/** `?` → `$1, $2, …` for PostgreSQL (the statements hold no `?` inside literals). */
export function numbered(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}
