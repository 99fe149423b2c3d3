import type { Readable } from 'node:stream';
import type { FileStoreConfig } from './file-store.config';
import { createLocalFileStore } from './local-file-store';
import { createS3FileStore } from './s3-file-store';

/**
 * Where attachment bytes live. Keys are chosen by the platform (`attachments/<id>`), never
 * taken from an uploaded file name. The embedded profile keeps files in a local folder, the
 * cluster profile in S3-compatible object storage (FILE_STORE=s3).
 */
export interface FileStore {
  kind: 'local' | 's3';
  put(key: string, body: Buffer | Readable): Promise<void>;
  /** The stored bytes; rejects when the key does not exist. */
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
}

/** Platform-chosen keys only: segments of letters, digits, `-` and `_`, separated by `/`. */
const keyPattern = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

export function assertStorageKey(key: string): void {
  if (!keyPattern.test(key) || key.length > 200) throw new Error(`Invalid storage key "${key}"`);
}

export function createFileStore(config: FileStoreConfig): FileStore {
  return config.kind === 'local' ? createLocalFileStore(config.dir) : createS3FileStore(config);
}
