import { z } from 'zod';
import { idNumberProblem, normaliseIdNumber } from './id-number';
import { mobilePattern, normaliseMobile } from './phone';

/** Time-ordered ids (ULID, 26 Crockford base-32 characters). */
export const idSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, { message: 'invalid id' });

/** Calendar date without time zone. */
export const localDateSchema = z.iso.date();

/** 行政区划代码: 6 digits (county level and up), 9 (town/street) or 12 (village/community). */
export const regionCodeSchema = z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'invalid region code' });

/** A mainland mobile number, normalised (`+86 138-1234-5678` → `13812345678`) before the check. */
export const mobileSchema = z.string().max(32).overwrite(normaliseMobile).regex(mobilePattern, { message: 'invalid mobile number' });

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A resident ID number (GB 11643), normalised (full-width folded, spaces removed, `x` → `X`) before the check. */
export const idNumberSchema = z
  .string()
  .max(40)
  .overwrite(normaliseIdNumber)
  .superRefine((v, ctx) => {
    const problem = idNumberProblem(v, todayIso());
    if (problem) ctx.addIssue({ code: 'custom', message: `invalid ID number (${problem})`, params: { reason: problem } });
  });

/** Free text a person types: trimmed, no control characters, bounded. */
export function textSchema(max: number, min = 1) {
  return z
    .string()
    .transform((v) => v.trim())
    .pipe(
      z
        .string()
        .min(min)
        .max(max)
        // eslint-disable-next-line no-control-regex
        .refine((v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v), { message: 'control characters are not allowed' }),
    );
}

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}
