import { z } from 'zod';

/** A service of the public portal; modules register them in their manifest (`portalServices`). */
export const portalServiceSchema = z.object({
  key: z.string(),
  zh: z.string(),
  en: z.string(),
  descriptionZh: z.string(),
  descriptionEn: z.string(),
  /** Route of the portal page in the web app. */
  path: z.string(),
  icon: z.string().optional(),
});
export type PortalServiceView = z.infer<typeof portalServiceSchema>;

export const portalServiceListSchema = z.array(portalServiceSchema);
