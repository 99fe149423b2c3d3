import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { FileStoreConfig } from './file-store.config';
import { assertStorageKey, type FileStore } from './file-store';
import { awsUriEncode, sha256Hex, signV4 } from './s3-signature';

type S3Config = Extract<FileStoreConfig, { kind: 's3' }>;

async function collect(body: Buffer | Readable): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * S3-compatible object storage over its plain HTTP API (path-style addressing, which MinIO
 * and Ceph use by default), signed with AWS Signature V4 — no SDK needed. Uploads are at
 * most the attachment limit, so the body is hashed in memory for the signature.
 */
export function createS3FileStore(config: S3Config): FileStore {
  const base = config.endpoint.replace(/\/+$/, '');
  const creds = { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, region: config.region, service: 's3' };
  const urlOf = (key: string) => {
    assertStorageKey(key);
    return new URL(`${base}/${awsUriEncode(config.bucket)}/${key.split('/').map(awsUriEncode).join('/')}`);
  };
  async function send(method: string, key: string, body?: Buffer): Promise<Response> {
    const url = urlOf(key);
    const extra: Record<string, string> = body ? { 'content-length': String(body.length), 'content-type': 'application/octet-stream' } : {};
    const headers = signV4({ method, url, headers: extra, payloadHash: sha256Hex(body ?? '') }, creds, new Date());
    delete headers.host; // fetch sets Host itself (the signed value is the same)
    const res = await fetch(url, { method, headers, ...(body ? { body: new Uint8Array(body) } : {}) });
    if (!res.ok && !(method === 'DELETE' && res.status === 404)) {
      const detail = (await res.text()).slice(0, 300);
      throw new Error(`S3 ${method} ${key} failed: ${res.status} ${detail}`);
    }
    return res;
  }
  return {
    kind: 's3',
    async put(key, body) {
      await send('PUT', key, await collect(body));
    },
    async get(key) {
      const res = await send('GET', key);
      if (!res.body) throw new Error(`S3 GET ${key} returned no body`);
      return Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
    },
    async delete(key) {
      await send('DELETE', key);
    },
  };
}
