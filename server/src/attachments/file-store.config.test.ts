import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFileStoreConfig } from './file-store.config';

describe('file store configuration', () => {
  it('defaults to a folder under DATA_DIR', () => {
    expect(loadFileStoreConfig({}, '/srv/tianping')).toEqual({ kind: 'local', dir: join('/srv/tianping', 'files') });
    expect(loadFileStoreConfig({ FILES_DIR: '/mnt/files' }, '/srv/tianping')).toEqual({ kind: 'local', dir: '/mnt/files' });
  });

  it('selects S3 with its endpoint, bucket and keys, and says what is missing', () => {
    const env = { FILE_STORE: 's3', S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'tp', S3_ACCESS_KEY_ID: 'AK', S3_SECRET_ACCESS_KEY: 'SK' };
    expect(loadFileStoreConfig(env, '/d')).toEqual({
      kind: 's3',
      endpoint: 'http://minio:9000',
      bucket: 'tp',
      region: 'us-east-1',
      accessKeyId: 'AK',
      secretAccessKey: 'SK',
    });
    expect(() => loadFileStoreConfig({ ...env, S3_BUCKET: undefined }, '/d')).toThrow(/S3_BUCKET/);
    expect(() => loadFileStoreConfig({ FILE_STORE: 'ftp' }, '/d')).toThrow(/FILE_STORE/);
  });
});
