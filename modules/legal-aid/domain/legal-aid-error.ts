import { legalAidErrors, type LegalAidErrorCode } from '../contract/errors';

/**
 * A rule of 法律援助法 broken by the input: a stable code from contract/errors.ts and the field at
 * fault. The server maps it with `fail(legalAidErrors, err.code, { field: err.field, cause: err })`.
 */
export class LegalAidError extends Error {
  readonly code: LegalAidErrorCode;
  readonly field: string | undefined;
  readonly messageZh: string;

  constructor(code: LegalAidErrorCode, field?: string, detail?: string) {
    const def = legalAidErrors[code];
    super(detail ? `${def.en}: ${detail}` : def.en);
    this.name = 'LegalAidError';
    this.code = code;
    this.field = field;
    this.messageZh = detail ? `${def.zh}：${detail}` : def.zh;
  }
}
