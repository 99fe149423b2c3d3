import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../env';
import type { PiiKind, PiiService } from './pii.types';

/**
 * Field encryption for personal information. Keys are derived (HKDF-SHA256) from
 * ENCRYPTION_KEY; the key id is stored in every ciphertext so keys can be rotated
 * (older master keys are passed as `previousKeys` and still decrypt).
 * Format: `v1.<keyId>.<alg>.<base64 payload>`.
 * - `aes-256-gcm`: payload = iv(12) | tag(16) | data.
 * - `sm4` (national algorithms): SM4-CBC encrypt-then-MAC with HMAC-SM3; payload = iv(16) | mac(32) | data.
 *   Node's OpenSSL offers SM4 without an AEAD mode, so integrity comes from the HMAC.
 */
type Alg = AppConfig['piiCipher'];

function derive(master: Buffer, info: string, length: number): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, length));
}

export function keyIdOf(master: Buffer): string {
  return createHmac('sha256', master).update('tianping.keyid').digest('hex').slice(0, 8);
}

export function normalisePii(kind: PiiKind, value: string): string {
  const v = value.trim();
  if (kind === 'idNumber') return v.toUpperCase();
  if (kind === 'phone') return v.replace(/[\s-]/g, '');
  return v;
}

const ciphers: Record<Alg, { seal(master: Buffer, plain: Buffer): Buffer; open(master: Buffer, payload: Buffer): Buffer }> = {
  'aes-256-gcm': {
    seal(master, plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', derive(master, 'tianping.pii.aes-256-gcm', 32), iv);
      const data = Buffer.concat([c.update(plain), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), data]);
    },
    open(master, payload) {
      const d = createDecipheriv('aes-256-gcm', derive(master, 'tianping.pii.aes-256-gcm', 32), payload.subarray(0, 12));
      d.setAuthTag(payload.subarray(12, 28));
      return Buffer.concat([d.update(payload.subarray(28)), d.final()]);
    },
  },
  sm4: {
    seal(master, plain) {
      const iv = randomBytes(16);
      const c = createCipheriv('sm4-cbc', derive(master, 'tianping.pii.sm4', 16), iv);
      const data = Buffer.concat([c.update(plain), c.final()]);
      const mac = createHmac('sm3', derive(master, 'tianping.pii.sm4.mac', 32)).update(iv).update(data).digest();
      return Buffer.concat([iv, mac, data]);
    },
    open(master, payload) {
      const iv = payload.subarray(0, 16);
      const data = payload.subarray(48);
      const mac = createHmac('sm3', derive(master, 'tianping.pii.sm4.mac', 32)).update(iv).update(data).digest();
      if (!timingSafeEqual(mac, payload.subarray(16, 48))) throw new Error('Ciphertext integrity check failed');
      const d = createDecipheriv('sm4-cbc', derive(master, 'tianping.pii.sm4', 16), iv);
      return Buffer.concat([d.update(data), d.final()]);
    },
  },
};

export function createPiiService(config: Pick<AppConfig, 'encryptionKey' | 'piiCipher'>, previousKeys: Buffer[] = []): PiiService {
  const keys = new Map<string, Buffer>();
  for (const master of [config.encryptionKey, ...previousKeys]) keys.set(keyIdOf(master), master);
  const activeId = keyIdOf(config.encryptionKey);
  const indexKey = derive(config.encryptionKey, 'tianping.pii.blind-index', 32);

  function encrypt(plain: string): string;
  function encrypt(plain: string | null | undefined): string | null;
  function encrypt(plain: string | null | undefined): string | null {
    if (plain == null) return null;
    const payload = ciphers[config.piiCipher].seal(config.encryptionKey, Buffer.from(plain, 'utf8'));
    return `v1.${activeId}.${config.piiCipher}.${payload.toString('base64')}`;
  }

  function decrypt(cipher: string): string;
  function decrypt(cipher: string | null | undefined): string | null;
  function decrypt(cipher: string | null | undefined): string | null {
    if (cipher == null) return null;
    const [version, keyId, alg, payload] = cipher.split('.');
    const master = keyId ? keys.get(keyId) : undefined;
    if (version !== 'v1' || !master || !payload || !(alg! in ciphers)) throw new Error('Unreadable ciphertext (unknown version or key id)');
    return ciphers[alg as Alg].open(master, Buffer.from(payload, 'base64')).toString('utf8');
  }

  return {
    encrypt,
    decrypt,
    blindIndex: (kind, plain) => createHmac('sha256', indexKey).update(`${kind}:${normalisePii(kind, plain)}`).digest('hex'),
  };
}
