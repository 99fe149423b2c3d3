import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CiphertextError, createPiiService, keyIdOf, normalisePii } from './pii.service';

const key = () => randomBytes(32);
const ciphers = ['aes-256-gcm', 'sm4'] as const;

/** Flips one bit of the base64 payload's decoded bytes at `offset`. */
function flip(cipher: string, offset: number): string {
  const parts = cipher.split('.');
  const payload = Buffer.from(parts[3]!, 'base64');
  payload[offset]! ^= 0x01;
  parts[3] = payload.toString('base64');
  return parts.join('.');
}

describe.each(ciphers)('field encryption with %s', (piiCipher) => {
  const master = key();
  const pii = createPiiService({ encryptionKey: master, piiCipher });

  it.each(['12010119900101123X', '13812345678', '天津市和平区南京路100号', '', 'a'.repeat(5000)])('round-trips %j', (plain) => {
    const cipher = pii.encrypt(plain);
    expect(cipher.startsWith(`v1.${keyIdOf(master)}.${piiCipher}.`)).toBe(true);
    expect(cipher).not.toContain(plain || 'never');
    expect(pii.decrypt(cipher)).toBe(plain);
  });

  it('uses a fresh IV: the same value encrypts differently each time', () => {
    expect(pii.encrypt('13812345678')).not.toBe(pii.encrypt('13812345678'));
  });

  it('passes null through', () => {
    expect(pii.encrypt(null)).toBeNull();
    expect(pii.decrypt(undefined)).toBeNull();
  });

  it('detects tampering with the IV, the tag/MAC or the data', () => {
    const cipher = pii.encrypt('13812345678');
    const dataOffset = piiCipher === 'sm4' ? 48 : 28;
    for (const offset of [0, dataOffset - 1, dataOffset]) {
      expect(() => pii.decrypt(flip(cipher, offset))).toThrow(CiphertextError);
    }
  });

  it('rejects truncated, unknown-version and unknown-key ciphertexts', () => {
    const cipher = pii.encrypt('13812345678');
    const [, id, alg] = cipher.split('.');
    expect(() => pii.decrypt(`v1.${id}.${alg}.AAAA`)).toThrow(CiphertextError);
    expect(() => pii.decrypt(cipher.replace(/^v1/, 'v9'))).toThrow(CiphertextError);
    expect(() => pii.decrypt(cipher.replace(id!, '00000000'))).toThrow(CiphertextError);
    expect(() => pii.decrypt(cipher.replace(`.${alg}.`, '.rot13.'))).toThrow(CiphertextError);
    expect(() => pii.decrypt('plain text')).toThrow(CiphertextError);
  });

  it('cannot be decrypted with another key', () => {
    const other = createPiiService({ encryptionKey: key(), piiCipher });
    expect(() => other.decrypt(pii.encrypt('13812345678'))).toThrow(CiphertextError);
  });
});

describe('cipher selection', () => {
  it('reads ciphertexts of either cipher whatever the current setting (switching cipher keeps old data readable)', () => {
    const master = key();
    const aes = createPiiService({ encryptionKey: master, piiCipher: 'aes-256-gcm' });
    const sm4 = createPiiService({ encryptionKey: master, piiCipher: 'sm4' });
    expect(aes.decrypt(sm4.encrypt('天平'))).toBe('天平');
    expect(sm4.decrypt(aes.encrypt('天平'))).toBe('天平');
  });

  it('does not let a ciphertext be re-labelled as the other cipher', () => {
    const pii = createPiiService({ encryptionKey: key(), piiCipher: 'aes-256-gcm' });
    const relabelled = pii.encrypt('13812345678').replace('.aes-256-gcm.', '.sm4.');
    expect(() => pii.decrypt(relabelled)).toThrow(CiphertextError);
  });
});

describe('key rotation', () => {
  const oldKey = key();
  const newKey = key();
  const before = createPiiService({ encryptionKey: oldKey, piiCipher: 'aes-256-gcm' });
  const after = createPiiService({ encryptionKey: newKey, piiCipher: 'sm4', previousEncryptionKeys: [oldKey] });

  it('decrypts values written under the previous key and writes new ones under the current key', () => {
    const old = before.encrypt('12010119900101123X');
    expect(after.decrypt(old)).toBe('12010119900101123X');
    expect(after.needsReencryption(old)).toBe(true);
    const fresh = after.encrypt('12010119900101123X');
    expect(fresh.split('.')[1]).toBe(keyIdOf(newKey));
    expect(after.needsReencryption(fresh)).toBe(false);
    expect(() => before.decrypt(fresh)).toThrow(CiphertextError);
  });

  it('still finds rows indexed under the previous key', () => {
    const oldIndex = before.blindIndex('phone', '13812345678');
    const candidates = after.blindIndexCandidates('phone', '13812345678');
    expect(candidates).toEqual([after.blindIndex('phone', '13812345678'), oldIndex]);
    expect(after.blindIndex('phone', '13812345678')).not.toBe(oldIndex);
  });

  it('without the previous key, old values are unreadable', () => {
    const forgetful = createPiiService({ encryptionKey: newKey, piiCipher: 'aes-256-gcm' });
    expect(() => forgetful.decrypt(before.encrypt('x'))).toThrow(CiphertextError);
  });
});

describe('blind index', () => {
  const master = key();
  const pii = createPiiService({ encryptionKey: master, piiCipher: 'aes-256-gcm' });

  it('is stable across service instances and ciphers, and not the value', () => {
    const again = createPiiService({ encryptionKey: master, piiCipher: 'sm4' });
    const index = pii.blindIndex('phone', '13812345678');
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(again.blindIndex('phone', '13812345678')).toBe(index);
    expect(index).not.toContain('13812345678');
  });

  it('normalises before indexing', () => {
    const phone = pii.blindIndex('phone', '13812345678');
    for (const typed of ['+86 138 1234 5678', '138-1234-5678', '８６１３８１２３４５６７８', ' 13812345678 ']) {
      expect(pii.blindIndex('phone', typed)).toBe(phone);
    }
    const id = pii.blindIndex('idNumber', '12010119900101123X');
    expect(pii.blindIndex('idNumber', '12010119900101123x')).toBe(id);
    expect(pii.blindIndex('idNumber', ' 120101 19900101 123x ')).toBe(id);
    expect(pii.blindIndex('name', ' 张  三 ')).toBe(pii.blindIndex('name', '张 三'));
  });

  it('separates kinds and keys', () => {
    expect(pii.blindIndex('phone', '13812345678')).not.toBe(pii.blindIndex('text', '13812345678'));
    const other = createPiiService({ encryptionKey: key(), piiCipher: 'aes-256-gcm' });
    expect(other.blindIndex('phone', '13812345678')).not.toBe(pii.blindIndex('phone', '13812345678'));
  });

  it('normalisePii folds full-width characters', () => {
    expect(normalisePii('idNumber', '１２０１０１１９９００１０１１２３ｘ')).toBe('12010119900101123X');
  });
});
