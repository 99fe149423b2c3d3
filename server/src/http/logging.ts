import type { FastifyServerOptions } from 'fastify';
import type { AppConfig } from '../env';

/**
 * Personal data never reaches the log: known fields are redacted by path, and any
 * 18-character resident ID or mainland mobile number left in a URL or message is masked.
 */
const idNumberInText = /(?<![0-9])(\d{6})(\d{8})(\d{3}[\dXx])(?![0-9])/g;
const mobileInText = /(?<![0-9])(1[3-9]\d)(\d{4})(\d{4})(?![0-9])/g;

export function scrubText(text: string): string {
  return text.replace(idNumberInText, '$1********$3').replace(mobileInText, '$1****$3');
}

const sensitiveKeys = [
  'password', 'newPassword', 'currentPassword', 'idNumber', 'phone', 'mobile', 'address', 'code', 'otp',
  'totp', 'token', 'secret', 'authorization', 'cookie', 'set-cookie', 'x-csrf-token',
];
const redactPaths = [
  ...sensitiveKeys.flatMap((k) => [k, `*.${k}`, `*.*.${k}`].map((p) => (k.includes('-') ? p.replace(k, `["${k}"]`) : p))),
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

export function loggerOptions(config: Pick<AppConfig, 'logLevel' | 'isProduction'>): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; ip?: string; id?: string }) => ({ method: req.method, url: scrubText(req.url), ip: req.ip }),
      err: (err: Error) => ({ type: err.name, message: scrubText(err.message), stack: scrubText(err.stack ?? '') }),
    },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((a) => (typeof a === 'string' ? scrubText(a) : a));
        return method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
  };
}
