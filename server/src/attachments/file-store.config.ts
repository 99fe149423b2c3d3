import { join, resolve } from 'node:path';
import { z } from 'zod';

/** Where attachments and generated documents are kept: a local folder (default) or S3-compatible object storage. */
const fileStoreEnvSchema = z.object({
  FILE_STORE: z.enum(['local', 's3']).default('local'),
  /** Local folder (default DATA_DIR/files). */
  FILES_DIR: z.string().optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
});

export type FileStoreConfig =
  | { kind: 'local'; dir: string }
  | { kind: 's3'; endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };

/** Reads the file-store variables (called by `loadConfig`); throws with a readable message when they are incomplete. */
export function loadFileStoreConfig(source: Record<string, string | undefined>, dataDir: string): FileStoreConfig {
  const parsed = fileStoreEnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const env = parsed.data;
  if (env.FILE_STORE === 'local') return { kind: 'local', dir: resolve(env.FILES_DIR ?? join(dataDir, 'files')) };
  const { S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
  if (!endpoint || !bucket || !accessKeyId || !secretAccessKey) {
    throw new Error('FILE_STORE=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY.');
  }
  return { kind: 's3', endpoint, bucket, region: env.S3_REGION, accessKeyId, secretAccessKey };
}
