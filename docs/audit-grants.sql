-- Tianping 天平 — PostgreSQL grants for production: the application may only append to and
-- read the audit log.
--
-- 审计日志在生产环境中的数据库授权：应用账号对审计表只有追加（INSERT）和查询（SELECT）权限。
--
-- Roles
--   owner role (e.g. tianping_owner): owns the schema and the tables; runs the migrations
--     (`DATABASE_URL=<owner url> npm run db:migrate`) and this script. Nobody runs the app as it.
--   app role (e.g. tianping_app): what the application servers connect as. It must NOT own the
--     tables (an owner bypasses grants and may ALTER TABLE … DISABLE TRIGGER), must not be a
--     superuser, and gets:
--       * SELECT, INSERT, UPDATE, DELETE on the ordinary tables;
--       * SELECT, INSERT on audit_events — no UPDATE, DELETE or TRUNCATE;
--       * SELECT, UPDATE on audit_chain_head (each append advances the head by one event;
--         a trigger rejects any other change of the head);
--       * SELECT on the migration tables: the app checks on start that the schema is current
--         (Kysely's migrator then only reads them and takes an advisory lock).
--
-- Usage (idempotent; run it again after every migration, so new tables are granted too):
--   psql "postgres://tianping_owner@db/tianping" -v app_role=tianping_app -f docs/audit-grants.sql
--
-- Create the app role beforehand, e.g.
--   CREATE ROLE tianping_app LOGIN PASSWORD '…' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
--
-- Layers of protection of the audit log (see server/src/audit/migrations.ts): this grant, the
-- append-only triggers (also on SQLite), and the hash chain that `npm run audit:verify` and
-- GET /api/audit/verify check — which detects even a change made with the owner's rights.

\set ON_ERROR_STOP on
\if :{?app_role}
\else
  \set app_role tianping_app
\endif
\if :{?app_schema}
\else
  \set app_schema public
\endif

BEGIN;

-- Ordinary tables and sequences: full data access, no DDL.
GRANT USAGE ON SCHEMA :"app_schema" TO :"app_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA :"app_schema" TO :"app_role";
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA :"app_schema" TO :"app_role";

-- The audit log: append and read only.
REVOKE ALL ON :"app_schema".audit_events FROM PUBLIC, :"app_role";
GRANT SELECT, INSERT ON :"app_schema".audit_events TO :"app_role";

-- The chain head: read and advance (the audit_chain_head_forward trigger allows +1 only).
REVOKE ALL ON :"app_schema".audit_chain_head FROM PUBLIC, :"app_role";
GRANT SELECT, UPDATE ON :"app_schema".audit_chain_head TO :"app_role";

-- Migrations are the owner's business: the app only reads what has been applied.
REVOKE ALL ON :"app_schema".kysely_migration, :"app_schema".kysely_migration_lock FROM PUBLIC, :"app_role";
GRANT SELECT ON :"app_schema".kysely_migration, :"app_schema".kysely_migration_lock TO :"app_role";

COMMIT;
