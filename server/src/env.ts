import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { loadFileStoreConfig, type FileStoreConfig } from './attachments/file-store.config';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  /** Empty: SQLite file in DATA_DIR. `postgres://…`: PostgreSQL. `sqlite:<path>` or `:memory:` also accepted. */
  DATABASE_URL: z.string().optional(),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** 32+ byte secrets, hex or base64. Generated into DATA_DIR on first start when absent (not in production). */
  SESSION_SECRET: z.string().min(32).optional(),
  ENCRYPTION_KEY: z.string().min(32).optional(),
  /** Earlier ENCRYPTION_KEYs, comma-separated, kept after a rotation so old ciphertexts and blind indexes still work. */
  PREVIOUS_ENCRYPTION_KEYS: z.string().optional(),
  /** Field cipher for personal information: AES-256-GCM (default) or SM4-CBC with HMAC-SM3 (GB/T 32907, GB/T 32905). */
  PII_CIPHER: z.enum(['aes-256-gcm', 'sm4']).default('aes-256-gcm'),
  /** Hash of the audit chain: SHA-256 (default) or SM3 (GB/T 32905). */
  AUDIT_HASH: z.enum(['sha256', 'sm3']).default('sha256'),
  /** Administrative division code of the configured city (Tianjin by default). */
  CITY_CODE: z
    .string()
    .regex(/^\d{6}$/)
    .default('120000'),
  /** Seed the demo data set on first start (never allowed in production). */
  DEMO_SEED: z.enum(['auto', 'on', 'off']).default('auto'),
  /** Run the in-process job runner in this process. */
  JOBS: z.enum(['on', 'off']).default('on'),
  /**
   * Browser journeys only: `on` opens PUT /api/system/test-clock, which moves the server's clock
   * (deadlines, jobs). Refused in production.
   */
  TEST_CLOCK: z.enum(['on', 'off']).default('off'),
  /** Allow cross-origin requests from this comma-separated origin list (CORS is off by default). */
  CORS_ORIGINS: z.string().optional(),
  /**
   * Which reverse proxies may set X-Forwarded-For (the client address used for rate limits and
   * audit): `false` (default: none, the socket address counts), `true` (any — only behind a proxy
   * that overwrites the header), or a comma-separated list of proxy addresses/CIDRs.
   */
  TRUST_PROXY: z.string().default('false'),
  /** The built web app to serve (default: dist/web of the checkout) — e.g. a second build for a parallel run. */
  WEB_DIST_DIR: z.string().optional(),
});

export type RawEnv = z.infer<typeof envSchema>;

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  publicUrl: string;
  logLevel: RawEnv['LOG_LEVEL'];
  nodeEnv: RawEnv['NODE_ENV'];
  isProduction: boolean;
  secureCookies: boolean;
  sessionSecret: Buffer;
  encryptionKey: Buffer;
  previousEncryptionKeys: Buffer[];
  piiCipher: RawEnv['PII_CIPHER'];
  auditHash: RawEnv['AUDIT_HASH'];
  cityCode: string;
  demoSeed: boolean;
  jobs: boolean;
  /** PUT /api/system/test-clock is open (browser journeys; never in production). */
  testClock: boolean;
  corsOrigins: string[];
  trustProxy: boolean | string[];
  /** Attachment storage (FILE_STORE, FILES_DIR, S3_*): see attachments/file-store.config.ts. */
  files: FileStoreConfig;
  /** The built web app's folder, or undefined for the checkout's dist/web. */
  webDistDir?: string;
}

function decodeKey(value: string, name: string): Buffer {
  const buf = /^[0-9a-f]+$/i.test(value) && value.length % 2 === 0 ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (buf.length < 32) throw new Error(`${name} must decode to at least 32 bytes`);
  return buf;
}

/** Reads a key file from DATA_DIR, creating it (mode 0600) when missing. */
function keyFromDataDir(dataDir: string, file: string): Buffer {
  const path = join(dataDir, file);
  if (!existsSync(path)) {
    writeFileSync(path, randomBytes(32).toString('hex') + '\n', { mode: 0o600 });
  }
  chmodSync(path, 0o600);
  return decodeKey(readFileSync(path, 'utf8').trim(), file);
}

export class ConfigError extends Error {}

function fileStoreConfigOrFail(source: Record<string, string | undefined>, dataDir: string): FileStoreConfig {
  try {
    return loadFileStoreConfig(source, dataDir);
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
}

function parseTrustProxy(value: string): AppConfig['trustProxy'] {
  if (value === 'false' || value === '') return false;
  if (value === 'true') return true;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  const dataDir = resolve(env.DATA_DIR);
  const inMemory = env.DATABASE_URL === ':memory:';
  if (!inMemory) mkdirSync(dataDir, { recursive: true });

  if (isProduction && (!env.SESSION_SECRET || !env.ENCRYPTION_KEY)) {
    throw new ConfigError('In production SESSION_SECRET and ENCRYPTION_KEY must be set (32+ random bytes, hex or base64).');
  }
  const sessionSecret = env.SESSION_SECRET
    ? decodeKey(env.SESSION_SECRET, 'SESSION_SECRET')
    : inMemory
      ? randomBytes(32)
      : keyFromDataDir(dataDir, 'session.key');
  const encryptionKey = env.ENCRYPTION_KEY
    ? decodeKey(env.ENCRYPTION_KEY, 'ENCRYPTION_KEY')
    : inMemory
      ? randomBytes(32)
      : keyFromDataDir(dataDir, 'encryption.key');

  let database: AppConfig['database'];
  const url = env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) database = { kind: 'postgres', url };
  else if (url === ':memory:') database = { kind: 'sqlite', file: ':memory:' };
  else if (url?.startsWith('sqlite:')) database = { kind: 'sqlite', file: resolve(url.slice('sqlite:'.length)) };
  else if (url) throw new ConfigError('DATABASE_URL must be postgres://…, sqlite:<path> or :memory:');
  else database = { kind: 'sqlite', file: join(dataDir, 'tianping.db') };

  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  if (isProduction && env.DEMO_SEED === 'on') throw new ConfigError('DEMO_SEED=on is not allowed in production.');
  if (isProduction && env.TEST_CLOCK === 'on') throw new ConfigError('TEST_CLOCK=on is not allowed in production.');
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir,
    database,
    publicUrl,
    logLevel: env.LOG_LEVEL,
    nodeEnv: env.NODE_ENV,
    isProduction,
    secureCookies: publicUrl.startsWith('https://'),
    sessionSecret,
    encryptionKey,
    previousEncryptionKeys: (env.PREVIOUS_ENCRYPTION_KEYS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean)
      .map((k) => decodeKey(k, 'PREVIOUS_ENCRYPTION_KEYS')),
    piiCipher: env.PII_CIPHER,
    auditHash: env.AUDIT_HASH,
    cityCode: env.CITY_CODE,
    demoSeed: !isProduction && env.DEMO_SEED !== 'off',
    jobs: env.JOBS === 'on',
    testClock: !isProduction && env.TEST_CLOCK === 'on',
    corsOrigins: env.CORS_ORIGINS
      ? env.CORS_ORIGINS.split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    files: fileStoreConfigOrFail(source, dataDir),
    webDistDir: env.WEB_DIST_DIR ? resolve(env.WEB_DIST_DIR) : undefined,
  };
}
