/**
 * The one `Database` interface. Each feature adds its tables by module augmentation in its
 * own `tables.ts`:
 *
 *   declare module '@tianping/server/db/schema' { interface Database { organisations: OrganisationTable } }
 *
 * Column names are camelCase here and snake_case in SQL (Kysely's CamelCasePlugin).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}

/** Instants are ISO-8601 UTC strings (`2025-03-01T08:00:00.000Z`) on both dialects. */
export type Instant = string;
/** Calendar dates are `YYYY-MM-DD`. */
export type LocalDate = string;
/** Booleans are stored as 0/1 on both dialects (SQLite cannot bind JS booleans). */
export type Flag = 0 | 1;
