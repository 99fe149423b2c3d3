import type { PermissionDef } from '@tianping/common/access/permission';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DatabaseHandle, Db } from '../db/database';
import type { AppMigration } from '../db/migration';
import type { AppConfig } from '../env';
import type { AuditService } from '../audit/audit.types';
import type { PiiService } from '../pii/pii.types';
import type { PiiRevealRegistry } from '../pii/pii-reveal.registry';
import type { SmsGateway } from '../sms/sms.types';
import type { Authenticator } from '../access/authenticate';
import type { MetricDefinition } from '../stats/metric';
import type { AttachmentOwnerRegistry } from '../attachments/attachment-owner.registry';
import type { FileStore } from '../attachments/file-store';
import type { CaseNumberService } from '../casenumbers/case-number.service';
import type { DocumentTemplateRegistry } from '../documents/template.registry';
import type { HandoffRegistry } from '../handoff/handoff.registry';
import type { JobHandler, JobSchedule } from '../jobs/job.types';

export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The time source of services that compare against "now" (expiries, rate windows); tests replace `now`. */
export interface Clock {
  now(): Date;
}

/** Services every feature and module receives. Created once per app in `app.ts`. */
export interface Kernel {
  config: AppConfig;
  handle: DatabaseHandle;
  db: Db;
  log: FastifyBaseLogger;
  audit: AuditService;
  pii: PiiService;
  /** Revealers of personal data by entity type (POST /pii/reveal); modules register theirs in `routes`. */
  piiRevealers: PiiRevealRegistry;
  sms: SmsGateway;
  /** Storage of attachment bytes (local folder or S3-compatible), chosen by FILE_STORE. */
  files: FileStore;
  /** Policies of the records attachments belong to, by entity type; modules register theirs in `routes`. */
  attachmentOwners: AttachmentOwnerRegistry;
  /** Case-number templates by case type, and `allocate(trx, …)` inside the caller's transaction. */
  caseNumbers: CaseNumberService;
  /** Official-document templates (文书) by id; modules register theirs in `routes`. */
  documentTemplates: DocumentTemplateRegistry;
  /** Hand-offs into other modules (pre-filled intakes, e.g. the hotline's one-click transfer); receivers register in `routes`. */
  handoffs: HandoffRegistry;
  clock: Clock;
  /** Every permission registered by every enabled module, by key. */
  permissions: ReadonlyMap<string, PermissionDef & { module: string }>;
  modules: readonly ServerModule[];
}

/** A service of the public portal, listed on the portal home when its module is enabled. */
export interface PortalService {
  key: string;
  zh: string;
  en: string;
  descriptionZh: string;
  descriptionEn: string;
  /** Route of the portal page (web side). */
  path: string;
  icon?: string;
}

export interface ServerModule {
  /** Unique, lower camel case; also the first segment of the module's permission keys. */
  id: string;
  label: { zh: string; en: string };
  permissions?: PermissionDef[];
  migrations?: AppMigration[];
  /** Registers routes; called inside an encapsulated plugin with prefix `/api`. */
  routes?(app: AppInstance, kernel: Kernel): void | Promise<void>;
  /** Reference data. Idempotent; runs on every start, in production too. */
  seed?(kernel: Kernel): Promise<void>;
  /** Demo data. Runs once on the first start of a non-production instance. */
  seedDemo?(kernel: Kernel): Promise<void>;
  /** Usernames of the demo accounts `seedDemo` creates, listed in the start banner after the core's. */
  demoLogins?: readonly string[];
  /** Called once after all routes are registered (e.g. to start timers). Returns a stopper. */
  start?(kernel: Kernel): (() => Promise<void> | void) | void;
  portalServices?: PortalService[];
  /** Credential readers this module provides (staff sessions, citizen sessions, bearer tokens). */
  authenticators?: Authenticator[];
  /** Statistics this module defines (GET /api/stats/metrics), evaluated within the caller's data scope. */
  metrics?: MetricDefinition[];
  /** Background job handlers by kind (`<module>.<what>`); the jobs core runs them from its one table. */
  jobs?: JobHandler[];
  /** Recurring jobs: enqueued once per time slot across all app processes. */
  schedules?: JobSchedule[];
}

export function defineServerModule(m: ServerModule): ServerModule {
  return m;
}

/** Checks the explicit module list: unique ids, unique permissions, permission keys owned by their module. */
export function collectPermissions(modules: readonly ServerModule[]): Map<string, PermissionDef & { module: string }> {
  const ids = new Set<string>();
  const perms = new Map<string, PermissionDef & { module: string }>();
  for (const m of modules) {
    if (ids.has(m.id)) throw new Error(`Duplicate module id "${m.id}"`);
    ids.add(m.id);
    for (const p of m.permissions ?? []) {
      if (perms.has(p.key)) throw new Error(`Permission "${p.key}" registered twice (modules ${perms.get(p.key)!.module} and ${m.id})`);
      if (!p.key.startsWith(`${m.id}.`)) throw new Error(`Permission "${p.key}" of module ${m.id} must start with "${m.id}."`);
      perms.set(p.key, { ...p, module: m.id });
    }
  }
  return perms;
}

/** All migrations of the enabled modules in name (= time) order. */
export function collectMigrations(modules: readonly ServerModule[]): AppMigration[] {
  return modules.flatMap((m) => m.migrations ?? []).sort((a, b) => a.name.localeCompare(b.name));
}
