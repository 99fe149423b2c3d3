import { maskPiiInText } from '@tianping/common/validation/pii-text';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { AppConfig } from '../env';

/**
 * Personal data and secrets never reach the log. Besides pino's `redact` of the usual paths
 * (which also catches non-string values), three layers apply to the final JSON line (pino's
 * `streamWrite` hook), so they hold for every logger and every field:
 * 1. known fields are redacted by name, at any depth (`"password":"[redacted]"`), and
 *    sensitive query parameters in URLs (`?password=[redacted]`);
 * 2. any resident ID number or mainland mobile number left anywhere is masked
 *    (`1201**********123X`, `138****5678`);
 * 3. the values of the current request's sensitive body and query fields (a password, a
 *    one-time code) are replaced wherever they reappear, e.g. inside an error message.
 */

/** Field names whose values are secret or personal (exact names, any letter case). */
// prettier-ignore
const sensitiveNames = [
  'password', 'newPassword', 'currentPassword', 'passwordHash', 'initialPassword', 'temporaryPassword',
  'secret', 'token', 'accessToken', 'refreshToken', 'totpCode', 'totpSecret', 'otp', 'smsCode',
  'authorization', 'cookie', 'set-cookie', 'x-csrf-token', 'idNumber', 'phone', 'mobile', 'address',
];
/**
 * Request inputs whose values are also hunted down in log lines. `code` (a one-time code in
 * a body or a query) is one; it is not redacted as a log field, where it is an error code.
 */
const secretInputNames = [...sensitiveNames, 'code'];
const alternation = (names: string[]) => names.map((n) => n.replace(/-/g, '\\-')).join('|');
const sensitiveJsonField = new RegExp(`"(${alternation(sensitiveNames)})"\\s*:\\s*"(?:[^"\\\\]|\\\\.)*"`, 'gi');
const sensitiveQueryParam = new RegExp(`([?&;](?:${alternation(secretInputNames)})=)[^&;#"\\s]*`, 'gi');
const secretInputName = new RegExp(`^(?:${alternation(secretInputNames)})$`, 'i');

export function scrubText(text: string): string {
  return maskPiiInText(text.replace(sensitiveJsonField, '"$1":"[redacted]"').replace(sensitiveQueryParam, '$1[redacted]'));
}

/** Sensitive values of the request being handled (filled once its body is parsed). */
const requestSecrets = new AsyncLocalStorage<readonly string[]>();
/** Shorter values are not worth hunting for in log lines (and would mangle them). */
const minSecretLength = 4;
const maxSecrets = 50;
const maxDepth = 5;

function collectSecrets(value: unknown, out: string[], depth: number, sensitive: boolean) {
  if (out.length >= maxSecrets || depth > maxDepth || value == null) return;
  if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value);
    if (sensitive && text.length >= minSecretLength) out.push(text);
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) collectSecrets(v, out, depth + 1, sensitive);
    return;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collectSecrets(v, out, depth + 1, sensitive || secretInputName.test(k));
  }
}

function scrubLine(line: string): string {
  let out = scrubText(line);
  const secrets = requestSecrets.getStore();
  if (secrets) {
    for (const s of secrets) {
      // The value as it appears inside a JSON string of the log line.
      const escaped = JSON.stringify(s).slice(1, -1);
      out = out.split(escaped).join('[redacted]');
    }
  }
  return out;
}

/**
 * Remembers the current request's sensitive values for the log scrubber. Installed as the
 * first `preValidation` hook: the body is parsed by then, and the validation, handler and
 * error handler all run inside the context started here.
 */
export function installLogScrubbing(app: FastifyInstance) {
  app.addHook('preValidation', (req, _reply, done) => {
    const secrets: string[] = [];
    collectSecrets(req.body, secrets, 0, false);
    collectSecrets(req.query, secrets, 0, false);
    // Longest first, so a value containing another is replaced whole.
    secrets.sort((a, b) => b.length - a.length);
    requestSecrets.run(secrets, done);
  });
}

const redactPaths = [
  ...['password', 'newPassword', 'currentPassword', 'secret', 'token', 'idNumber', 'phone', 'mobile', 'address'].flatMap((k) => [
    k,
    `*.${k}`,
  ]),
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

type LogDestination = { write(line: string): unknown };

export function loggerOptions(
  config: Pick<AppConfig, 'logLevel' | 'isProduction'>,
  stream?: LogDestination,
): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: req.url, ip: req.ip }),
      err: (err: Error & { code?: unknown; detail?: unknown }) => ({
        type: err.name,
        message: err.message,
        stack: err.stack ?? '',
        ...(typeof err.code === 'string' ? { code: err.code } : {}),
        ...(typeof err.detail === 'string' ? { detail: err.detail } : {}),
      }),
    },
    hooks: { streamWrite: scrubLine },
    ...(stream ? { stream } : {}),
  };
}
