import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { installAuth } from './access/authenticate';
import { createAuditService } from './audit/audit.service';
import { collectMigrations, collectPermissions, type AppInstance, type Kernel, type ServerModule } from './core/module';
import { openDatabase, type DatabaseHandle } from './db/database';
import { newId } from './db/ids';
import { migrateToLatest } from './db/migrator';
import type { AppConfig } from './env';
import { installErrorHandling } from './http/error-handler';
import { serveWeb } from './http/web-static';
import { installLogScrubbing, loggerOptions } from './http/logging';
import './http/route-access';
import { enabledModules } from './modules';
import { createPiiRevealRegistry } from './pii/pii-reveal.registry';
import { createPiiService } from './pii/pii.service';
import { createSmsGateway } from './sms/sms.gateway';
import { runSeeds } from './core/seeding';
import { createAttachmentOwnerRegistry } from './attachments/attachment-owner.registry';
import { createFileStore } from './attachments/file-store';
import { createCaseNumberService } from './casenumbers/case-number.service';
import { createDocumentTemplateRegistry } from './documents/template.registry';
import { createHandoffRegistry } from './handoff/handoff.registry';

export interface BuildOptions {
  config: AppConfig;
  /** Use an already-open database (tests create a fresh one per file). */
  handle?: DatabaseHandle;
  modules?: readonly ServerModule[];
  /** Run seeds (reference always, demo per config). Tests pass false and use factories. */
  seed?: boolean;
  /** Module ids whose reference seed is skipped (tests skip the 5,000-article law library unless they need it). */
  skipSeedsOf?: readonly string[];
  /** Start module timers/jobs (main.ts: per config; tests: off). */
  startJobs?: boolean;
  logger?: boolean;
  /** Where log lines go instead of stdout (tests capture them). */
  logStream?: { write(line: string): unknown };
  /** Serve the built web app from dist/web (main.ts; tests leave it off). */
  web?: boolean;
}

/** Body size limit for JSON requests; uploads have their own limit in the attachments core. */
const jsonBodyLimit = 1024 * 1024;
const requestIdPattern = /^[A-Za-z0-9._-]{8,64}$/;

export async function buildApp(opts: BuildOptions): Promise<{ app: AppInstance; kernel: Kernel }> {
  const { config } = opts;
  const modules = opts.modules ?? enabledModules;
  const permissions = collectPermissions(modules);
  const handle = opts.handle ?? openDatabase(config);

  const app = Fastify({
    logger: opts.logger === false ? false : loggerOptions(config, opts.logStream),
    bodyLimit: jsonBodyLimit,
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : newId();
    },
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app, opts.web ? await serveWeb(app, config.webDistDir) : undefined);
  installLogScrubbing(app);

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    req.actor = null;
    req.ctx = { requestId: req.id, ip: req.ip, userAgent: String(req.headers['user-agent'] ?? '').slice(0, 300), actor: null };
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        // Intranet deployments often serve plain http on a host name: do not force https sub-requests.
        upgradeInsecureRequests: config.secureCookies ? [] : null,
        imgSrc: ["'self'", 'data:', 'blob:'],
      },
    },
  });
  await app.register(cookie, { secret: config.sessionSecret.toString('hex') });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 10, fields: 50 } });
  if (config.corsOrigins.length) {
    const origins = new Set(config.corsOrigins);
    app.addHook('onRequest', async (req, reply) => {
      const origin = req.headers.origin;
      if (origin && origins.has(origin)) {
        reply.header('access-control-allow-origin', origin).header('vary', 'Origin').header('access-control-allow-credentials', 'true');
      }
    });
  }

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Tianping 天平 API', version: '0.1.0', description: '司法行政一体化平台接口 / Judicial-administration platform API' },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, session: { type: 'apiKey', in: 'cookie', name: 'tp_session' } },
      },
    },
    transform: jsonSchemaTransform,
    // Emits schemas registered with an id (e.g. recursive ones such as OrgTreeNode) as components.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const log = app.log;
  const kernel: Kernel = {
    config,
    handle,
    db: handle.db,
    log,
    audit: createAuditService(config),
    pii: createPiiService(config),
    piiRevealers: createPiiRevealRegistry(),
    sms: createSmsGateway(config, log, handle.db),
    files: createFileStore(config.files),
    attachmentOwners: createAttachmentOwnerRegistry(),
    caseNumbers: createCaseNumberService(),
    documentTemplates: createDocumentTemplateRegistry(),
    handoffs: createHandoffRegistry(),
    clock: { now: () => new Date() },
    permissions,
    modules,
  };
  app.decorate('kernel', kernel);

  // Every /api route declares what it requires; a route that forgets is a boot error, not an open door.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} does not declare config.access`);
    }
  });

  await migrateToLatest(handle, collectMigrations(modules));

  installAuth(
    app as AppInstance,
    kernel,
    modules.flatMap((m) => m.authenticators ?? []),
  );
  await app.register(
    async (api) => {
      for (const m of modules) if (m.routes) await m.routes(api as AppInstance, kernel);
    },
    { prefix: '/api' },
  );

  if (opts.seed !== false) await runSeeds(kernel, opts.skipSeedsOf);

  const stoppers: (() => Promise<void> | void)[] = [];
  if (opts.startJobs)
    for (const m of modules) {
      const stop = m.start?.(kernel);
      if (stop) stoppers.push(stop);
    }
  app.addHook('onClose', async () => {
    for (const stop of stoppers) await stop();
    if (!opts.handle) await handle.close();
  });
  return { app: app as AppInstance, kernel };
}

declare module 'fastify' {
  interface FastifyInstance {
    kernel: Kernel;
  }
}
