import { z } from 'zod';
import { defineErrorCodes } from '../errors/codes';
import { idSchema, mobileSchema } from '../validation/schemas';

/** Citizens of the public portal sign in with a mainland mobile number and an SMS one-time code. */
export const loginCodeLength = 6;
/** A code is valid for five minutes. */
export const loginCodeTtlSeconds = 5 * 60;
/** Wrong guesses allowed per code; the code is dead after the fifth. */
export const loginCodeMaxAttempts = 5;
/** Sending limits, enforced from the database so they hold across app processes. */
export const smsCodeLimits = {
  /** At most one code per phone per 60 seconds (the web's resend countdown). */
  perPhoneIntervalSeconds: 60,
  perPhonePerHour: 5,
  perIpPerHour: 20,
} as const;

export const smsCodeBodySchema = z.strictObject({ phone: mobileSchema });
export type SmsCodeBody = z.infer<typeof smsCodeBodySchema>;

export const citizenLoginBodySchema = z.strictObject({
  phone: mobileSchema,
  code: z.string().regex(/^\d{6}$/, { message: 'the code is 6 digits' }),
});
export type CitizenLoginBody = z.infer<typeof citizenLoginBodySchema>;

export const citizenViewSchema = z.object({
  id: idSchema,
  /** `138****5678`: the full number is never sent back. */
  phoneMasked: z.string(),
  name: z.string().optional(),
});
export type CitizenView = z.infer<typeof citizenViewSchema>;

/** Answer of POST /citizen/login and GET /citizen/me. */
export const citizenMeSchema = z.object({ citizen: citizenViewSchema });
export type CitizenMe = z.infer<typeof citizenMeSchema>;

export const citizenErrors = defineErrorCodes({
  INVALID_CODE: { kind: 'Unauthorized', zh: '验证码不正确', en: 'The code is not correct' },
  CODE_EXPIRED: {
    kind: 'Unauthorized',
    zh: '验证码已失效（过期、已使用或错误次数过多），请重新获取',
    en: 'The code is no longer valid (expired, used or too many wrong tries); request a new one',
  },
});
