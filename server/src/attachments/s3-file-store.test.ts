import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { createS3FileStore } from './s3-file-store';
import { signV4 } from './s3-signature';

describe('AWS Signature V4', () => {
  it('matches the GET Object example of the S3 documentation (sig-v4-header-based-auth)', () => {
    const headers = signV4(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        headers: { range: 'bytes=0-9' },
        payloadHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      },
      {
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        region: 'us-east-1',
        service: 's3',
      },
      new Date('2013-05-24T00:00:00Z'),
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});

describe('S3-compatible file store', async () => {
  const objects = new Map<string, Buffer>();
  const seen: { method: string; url: string; auth: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, auth: String(req.headers.authorization ?? '') });
      const key = req.url!;
      if (req.method === 'PUT') objects.set(key, Buffer.concat(chunks));
      if (req.method === 'DELETE') objects.delete(key);
      if (req.method === 'GET' && !objects.has(key)) return res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
      res.writeHead(req.method === 'DELETE' ? 204 : 200).end(req.method === 'GET' ? objects.get(key) : undefined);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  const port = (server.address() as AddressInfo).port;
  const store = createS3FileStore({
    kind: 's3',
    endpoint: `http://127.0.0.1:${port}`,
    bucket: 'tianping',
    region: 'cn-north-1',
    accessKeyId: 'AK',
    secretAccessKey: 'SK',
  });

  it('puts, gets and deletes signed objects with path-style addressing', async () => {
    await store.put('attachments/01ABC', Buffer.from('决定书'));
    expect(await text(await store.get('attachments/01ABC'))).toBe('决定书');
    await store.delete('attachments/01ABC');
    await expect(store.get('attachments/01ABC')).rejects.toThrow(/404/);
    expect(seen[0]).toMatchObject({ method: 'PUT', url: '/tianping/attachments/01ABC' });
    expect(seen.every((s) => s.auth.startsWith('AWS4-HMAC-SHA256 Credential=AK/') && s.auth.includes('/cn-north-1/s3/aws4_request'))).toBe(
      true,
    );
  });

  it('refuses keys that are not platform-chosen', async () => {
    await expect(store.put('../etc/passwd', Buffer.from('x'))).rejects.toThrow(/Invalid storage key/);
  });
});
