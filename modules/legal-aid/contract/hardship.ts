import { z } from 'zod';
import { localDateSchema, regionCodeSchema, textSchema } from '@tianping/common/validation/schemas';

/**
 * 经济困难标准 (法律援助法 第三十四条: set by the municipal government, adjusted dynamically) — data with
 * effective dates, maintained in the workbench (`legalAid.settings.manage`). The seeded figure is an
 * EXAMPLE value (示例值，须按天津市人民政府公布的标准核实): Tianjin's figure is not in our sources.
 */
export const EXAMPLE_STANDARD_LABEL = '示例值，须按天津市人民政府公布的标准核实';

export const hardshipStandardBodySchema = z.strictObject({
  regionCode: regionCodeSchema,
  monthlyPerCapitaYuan: z.number(),
  effectiveFrom: localDateSchema,
  effectiveTo: localDateSchema.nullish(),
  source: textSchema(500),
});
export type HardshipStandardBody = z.infer<typeof hardshipStandardBodySchema>;

export const hardshipStandardViewSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  monthlyPerCapitaYuan: z.number(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  source: z.string(),
  example: z.boolean(),
  inForceToday: z.boolean(),
});
export const hardshipStandardListSchema = z.object({ items: z.array(hardshipStandardViewSchema) });

/** 第四十一条第二款: the data-sharing query's answer (the development stub says so in `source`). */
export const hardshipVerificationSchema = z.object({
  method: z.enum(['sharedData', 'pledge']),
  checkedAt: z.string(),
  source: z.string(),
  stub: z.boolean(),
  /** What the query found: monthly household income and household size as registered, and flags. */
  registeredIncomeYuan: z.number().nullable(),
  registeredHouseholdSize: z.number().nullable(),
  socialAssistance: z.boolean(),
  consistent: z.boolean(),
  note: z.object({ zh: z.string(), en: z.string() }),
});
export type HardshipVerification = z.infer<typeof hardshipVerificationSchema>;
