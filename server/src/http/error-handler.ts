import { coreErrors, type ErrorBody } from '@tianping/common/errors/codes';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isForeignKeyViolation, isUniqueViolation } from '../db/database';
import { AppError, fail } from './errors';

type ZodIssueLike = { path: PropertyKey[]; code: string; message: string; keys?: string[]; params?: Record<string, unknown> };

function issueField(prefix: string, issue: ZodIssueLike): string {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) path.push(issue.keys[0]!);
  return path.length ? path.join('.') : prefix;
}

const issueMessages: Record<string, { zh: string; en: string }> = {
  invalid_type: { zh: '类型不正确或缺少必填项', en: 'Wrong type or missing required value' },
  too_small: { zh: '长度或数值过小', en: 'Too short or too small' },
  too_big: { zh: '长度或数值过大', en: 'Too long or too large' },
  invalid_format: { zh: '格式不正确', en: 'Invalid format' },
  invalid_value: { zh: '取值不在允许范围内', en: 'Value not allowed' },
  unrecognized_keys: { zh: '包含未定义的字段', en: 'Unknown field' },
  custom: { zh: '内容不符合要求', en: 'Invalid value' },
};

/** Messages of a custom issue's `params.reason` (common/validation/schemas.ts: the ID-number check). */
const reasonMessages: Record<string, { zh: string; en: string }> = {
  format: { zh: '公民身份号码应为18位（末位可为X）', en: 'An ID number has 18 characters (the last may be X)' },
  region: { zh: '公民身份号码的地区码不存在', en: 'The ID number’s region code does not exist' },
  birthDate: { zh: '公民身份号码中的出生日期无效', en: 'The ID number’s date of birth is invalid' },
  checkDigit: { zh: '公民身份号码校验位不正确，请核对', en: 'The ID number’s check character is wrong' },
};

/**
 * Zod issues → VALIDATION_FAILED (UNKNOWN_FIELD for an undeclared key) naming the field at fault and
 * listing every issue with a zh/en message. `prefix`: path segments put before each issue's path (a
 * nested payload validated on its own, e.g. a hand-off's `prefill`).
 */
export function fromZod(issues: ZodIssueLike[], context: string, prefix: readonly string[] = []): AppError {
  const mapped = issues.map((i) => {
    const reason = (i.params?.reason ?? (i as { reason?: unknown }).reason) as string | undefined;
    const specific = i.code === 'custom' && reason ? reasonMessages[reason] : undefined;
    const text = specific ?? issueMessages[i.code] ?? issueMessages.custom!;
    const field = issueField(context, { ...i, path: [...prefix, ...i.path] });
    return { field, code: i.code, message: text.zh, messageEn: specific ? specific.en : i.message || text.en };
  });
  const unknownKey = issues.some((i) => i.code === 'unrecognized_keys');
  return fail(coreErrors, unknownKey ? 'UNKNOWN_FIELD' : 'VALIDATION_FAILED', { field: mapped[0]?.field, issues: mapped });
}

/** Maps every thrown thing to a stable JSON error. 5xx details are logged, never sent. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const fe = err as FastifyError & { validation?: unknown; validationContext?: string };
  if (hasZodFastifySchemaValidationErrors(fe)) {
    return fromZod(
      fe.validation.map((v) => ({
        ...(v.params as Record<string, unknown>),
        code: v.keyword,
        message: v.message ?? '',
        path: v.instancePath.split('/').filter(Boolean),
      })),
      fe.validationContext ?? 'body',
    );
  }
  if (fe?.name === 'ZodError' && Array.isArray((fe as unknown as { issues: unknown[] }).issues)) {
    return fromZod((fe as unknown as { issues: ZodIssueLike[] }).issues, 'body');
  }
  switch (fe?.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return fail(coreErrors, 'MALFORMED_JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return fail(coreErrors, 'PAYLOAD_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return fail(coreErrors, 'UNSUPPORTED_MEDIA_TYPE');
  }
  if (fe instanceof SyntaxError && fe.statusCode === 400) return fail(coreErrors, 'MALFORMED_JSON');
  if (isUniqueViolation(err)) return fail(coreErrors, 'DUPLICATE');
  if (isForeignKeyViolation(err)) return fail(coreErrors, 'CONFLICT');
  if (fe?.statusCode === 429) return fail(coreErrors, 'RATE_LIMITED');
  if (fe?.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return fail(coreErrors, 'VALIDATION_FAILED');
  return fail(coreErrors, 'INTERNAL', { cause: err });
}

export function errorBody(err: AppError, requestId: string): ErrorBody {
  return {
    error: {
      code: err.code,
      message: err.def.zh,
      messageEn: err.def.en,
      ...(err.extra.field ? { field: err.extra.field } : {}),
      ...(err.extra.issues ? { issues: err.extra.issues } : {}),
    },
    requestId,
  };
}

/** `spaIndex`: file name of the web app's index (served by @fastify/static) for non-API browser routes. */
export function installErrorHandling(app: FastifyInstance, spaIndex?: string) {
  app.setErrorHandler((raw: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const err = toAppError(raw);
    if (err.status >= 500) req.log.error({ err: raw }, 'unhandled error');
    else req.log.info({ code: err.code, field: err.extra.field }, 'request rejected');
    if (err.extra.headers) reply.headers(err.extra.headers);
    return reply.status(err.status).send(errorBody(err, req.id));
  });
  app.setNotFoundHandler((req, reply) => {
    // With the web app served, browser navigation to a client-side route gets the single-page app.
    if (spaIndex && req.method === 'GET' && !req.url.startsWith('/api/') && req.headers.accept?.includes('text/html')) {
      return reply.type('text/html').sendFile(spaIndex);
    }
    const err = fail(coreErrors, 'ROUTE_NOT_FOUND');
    return reply.status(404).send(errorBody(err, req.id));
  });
}
