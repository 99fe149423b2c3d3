import { reconsiderationErrors, type ReconsiderationErrorCode } from '../contract/errors';

/**
 * A rule of 行政复议法 broken by the input: a stable code from contract/errors.ts and the field at
 * fault. The server maps it with `fail(reconsiderationErrors, err.code, { field: err.field, cause: err })`.
 */
export class ReconsiderationError extends Error {
  readonly code: ReconsiderationErrorCode;
  readonly field: string | undefined;
  readonly messageZh: string;

  constructor(code: ReconsiderationErrorCode, field?: string, detail?: string) {
    const def = reconsiderationErrors[code];
    super(detail ? `${def.en}: ${detail}` : def.en);
    this.name = 'ReconsiderationError';
    this.code = code;
    this.field = field;
    this.messageZh = detail ? `${def.zh}：${detail}` : def.zh;
  }
}
