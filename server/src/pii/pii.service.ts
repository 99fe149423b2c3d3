import { normaliseIdNumber } from '@tianping/common/validation/id-number';
import { normaliseMobile } from '@tianping/common/validation/phone';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../env';
import type { PiiKind, PiiService } from './pii.types';

/**
 * Field encryption for personal information. Keys are derived (HKDF-SHA256) from
 * ENCRYPTION_KEY; the key id is stored in every ciphertext so keys can be rotated (older
 * master keys, PREVIOUS_ENCRYPTION_KEYS, still decrypt and still find rows by blind index).
 * Format: `v1.<keyId>.<alg>.<base64 payload>`.
 * - `aes-256-gcm`: payload = iv(12) | tag(16) | data.
 * - `sm4` (national algorithms): SM4-CBC encrypt-then-MAC with HMAC-SM3; payload = iv(16) | mac(32) | data.
 *   Node's OpenSSL offers SM4 without an AEAD mode, so integrity comes from the HMAC.
 */
type Alg = AppConfig['piiCipher'];
type KeyConfig = Pick<AppConfig, 'encryptionKey' | 'piiCipher'> & { previousEncryptionKeys?: readonly Buffer[] };

const formatVersion = 'v1';
const gcm = { iv: 12, tag: 16 } as const;
const sm4 = { iv: 16, mac: 32 } as const;

function derive(master: Buffer, info: string, length: number): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, length));
}

export function keyIdOf(master: Buffer): string {
  return createHmac('sha256', master).update('tianping.keyid').digest('hex').slice(0, 8);
}

export class CiphertextError extends Error {}

/** The form a value is reduced to before indexing, so `+86 138-1234-5678` finds `13812345678`. */
export function normalisePii(kind: PiiKind, value: string): string {
  if (kind === 'idNumber') return normaliseIdNumber(value);
  if (kind === 'phone') return normaliseMobile(value);
  return value.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

const ciphers: Record<Alg, { seal(master: Buffer, plain: Buffer): Buffer; open(master: Buffer, payload: Buffer): Buffer }> = {
  'aes-256-gcm': {
    seal(master, plain) {
      const iv = randomBytes(gcm.iv);
      const c = createCipheriv('aes-256-gcm', derive(master, 'tianping.pii.aes-256-gcm', 32), iv);
      const data = Buffer.concat([c.update(plain), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), data]);
    },
    open(master, payload) {
      if (payload.length < gcm.iv + gcm.tag) throw new CiphertextError('Ciphertext too short');
      const d = createDecipheriv('aes-256-gcm', derive(master, 'tianping.pii.aes-256-gcm', 32), payload.subarray(0, gcm.iv));
      d.setAuthTag(payload.subarray(gcm.iv, gcm.iv + gcm.tag));
      return Buffer.concat([d.update(payload.subarray(gcm.iv + gcm.tag)), d.final()]);
    },
  },
  sm4: {
    seal(master, plain) {
      const iv = randomBytes(sm4.iv);
      const c = createCipheriv('sm4-cbc', derive(master, 'tianping.pii.sm4', 16), iv);
      const data = Buffer.concat([c.update(plain), c.final()]);
      const mac = createHmac('sm3', derive(master, 'tianping.pii.sm4.mac', 32))
        .update(iv)
        .update(data)
        .digest();
      return Buffer.concat([iv, mac, data]);
    },
    open(master, payload) {
      if (payload.length < sm4.iv + sm4.mac + sm4.iv) throw new CiphertextError('Ciphertext too short');
      const iv = payload.subarray(0, sm4.iv);
      const data = payload.subarray(sm4.iv + sm4.mac);
      const mac = createHmac('sm3', derive(master, 'tianping.pii.sm4.mac', 32))
        .update(iv)
        .update(data)
        .digest();
      if (!timingSafeEqual(mac, payload.subarray(sm4.iv, sm4.iv + sm4.mac))) throw new CiphertextError('Ciphertext integrity check failed');
      const d = createDecipheriv('sm4-cbc', derive(master, 'tianping.pii.sm4', 16), iv);
      return Buffer.concat([d.update(data), d.final()]);
    },
  },
};

function isAlg(alg: string | undefined): alg is Alg {
  return alg !== undefined && Object.hasOwn(ciphers, alg);
}

export function createPiiService(config: KeyConfig): PiiService {
  const masters = [config.encryptionKey, ...(config.previousEncryptionKeys ?? [])];
  const keys = new Map(masters.map((m) => [keyIdOf(m), m] as const));
  const activeId = keyIdOf(config.encryptionKey);
  const indexKeys = masters.map((m) => derive(m, 'tianping.pii.blind-index', 32));

  function encrypt(plain: string): string;
  function encrypt(plain: string | null | undefined): string | null;
  function encrypt(plain: string | null | undefined): string | null {
    if (plain == null) return null;
    const payload = ciphers[config.piiCipher].seal(config.encryptionKey, Buffer.from(plain, 'utf8'));
    return `${formatVersion}.${activeId}.${config.piiCipher}.${payload.toString('base64')}`;
  }

  function decrypt(cipher: string): string;
  function decrypt(cipher: string | null | undefined): string | null;
  function decrypt(cipher: string | null | undefined): string | null {
    if (cipher == null) return null;
    const [version, keyId, alg, payload, ...rest] = cipher.split('.');
    const master = keyId ? keys.get(keyId) : undefined;
    if (version !== formatVersion || !master || !payload || rest.length || !isAlg(alg)) {
      throw new CiphertextError('Unreadable ciphertext (unknown version, key id or cipher)');
    }
    try {
      return ciphers[alg].open(master, Buffer.from(payload, 'base64')).toString('utf8');
    } catch (err) {
      throw err instanceof CiphertextError ? err : new CiphertextError('Ciphertext integrity check failed', { cause: err });
    }
  }

  const indexWith = (key: Buffer, kind: PiiKind, plain: string) =>
    createHmac('sha256', key)
      .update(`${kind}:${normalisePii(kind, plain)}`)
      .digest('hex');

  return {
    encrypt,
    decrypt,
    blindIndex: (kind, plain) => indexWith(indexKeys[0]!, kind, plain),
    blindIndexCandidates: (kind, plain) => [...new Set(indexKeys.map((k) => indexWith(k, kind, plain)))],
    needsReencryption: (cipher) => cipher.split('.')[1] !== activeId,
  };
}
