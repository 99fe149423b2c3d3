/**
 * The one error vocabulary shared by server and web. Each code is stable (clients may
 * branch on it) and carries a Chinese and an English message. Modules add their own
 * codes with `defineErrorCodes` in their contract and never reuse a code for another meaning.
 */
export interface ErrorText {
  zh: string;
  en: string;
}

export const errorKinds = {
  Invalid: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  /** A link or offer that existed and has expired (e.g. a survey link). */
  Gone: 410,
  PayloadTooLarge: 413,
  UnsupportedMediaType: 415,
  Locked: 423,
  TooManyRequests: 429,
  Internal: 500,
  Unavailable: 503,
} as const;
export type ErrorKind = keyof typeof errorKinds;

export interface ErrorCodeDef extends ErrorText {
  kind: ErrorKind;
}

export function defineErrorCodes<const T extends Record<string, ErrorCodeDef>>(codes: T): T {
  return codes;
}

export const coreErrors = defineErrorCodes({
  VALIDATION_FAILED: { kind: 'Invalid', zh: '提交的数据不符合要求', en: 'The submitted data is invalid' },
  MALFORMED_JSON: { kind: 'Invalid', zh: '请求体不是合法的 JSON', en: 'The request body is not valid JSON' },
  UNKNOWN_FIELD: { kind: 'Invalid', zh: '请求中包含未定义的字段', en: 'The request contains an unknown field' },
  UNSUPPORTED_MEDIA_TYPE: { kind: 'UnsupportedMediaType', zh: '不支持的内容类型', en: 'Unsupported content type' },
  PAYLOAD_TOO_LARGE: { kind: 'PayloadTooLarge', zh: '请求体过大', en: 'The request body is too large' },
  ROUTE_NOT_FOUND: { kind: 'NotFound', zh: '请求的接口不存在', en: 'No such endpoint' },
  NOT_FOUND: { kind: 'NotFound', zh: '记录不存在或无权查看', en: 'Record not found' },
  UNAUTHENTICATED: { kind: 'Unauthorized', zh: '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: { kind: 'Unauthorized', zh: '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  INVALID_TOKEN: { kind: 'Unauthorized', zh: '访问令牌无效、已过期或已撤销', en: 'The access token is invalid, expired or revoked' },
  FORBIDDEN: { kind: 'Forbidden', zh: '没有执行此操作的权限', en: 'You do not have permission to do this' },
  CSRF_FAILED: {
    kind: 'Forbidden',
    zh: '请求来源校验失败，请刷新页面后重试',
    en: 'Cross-site request check failed; reload the page and retry',
  },
  PASSWORD_CHANGE_REQUIRED: { kind: 'Forbidden', zh: '请先修改初始密码', en: 'You must change your password first' },
  SECOND_FACTOR_REQUIRED: { kind: 'Forbidden', zh: '您的角色要求启用双因素认证', en: 'Your role requires a second factor' },
  CONFLICT: { kind: 'Conflict', zh: '数据已被他人修改，请刷新后重试', en: 'The record was changed by someone else; reload and retry' },
  DUPLICATE: { kind: 'Conflict', zh: '已存在相同的记录', en: 'A record with the same key already exists' },
  RATE_LIMITED: { kind: 'TooManyRequests', zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  INTERNAL: {
    kind: 'Internal',
    zh: '服务器内部错误，请联系管理员并提供请求编号',
    en: 'Internal server error; quote the request id to the administrator',
  },
  UNAVAILABLE: { kind: 'Unavailable', zh: '服务暂不可用', en: 'Service unavailable' },
});

/** The JSON body of every error response. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    messageEn: string;
    field?: string;
    issues?: { field: string; code: string; message: string; messageEn: string }[];
  };
  requestId: string;
}
