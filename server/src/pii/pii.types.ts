/** Kinds of personal information, each normalised its own way before blind indexing. */
export type PiiKind = 'idNumber' | 'phone' | 'address' | 'name' | 'text';

export interface PiiService {
  /** Ciphertext string `v1.<keyId>.<cipher>.<base64 payload>`; null in, null out. */
  encrypt(plain: string): string;
  encrypt(plain: string | null | undefined): string | null;
  /** Decrypts with whichever configured key the ciphertext names; throws when it was altered. */
  decrypt(cipher: string): string;
  decrypt(cipher: string | null | undefined): string | null;
  /** HMAC blind index of the normalised value under the current key, for writing (never reversible). */
  blindIndex(kind: PiiKind, plain: string): string;
  /**
   * The value's blind index under the current and every previous key, for lookups while
   * rows written before a key rotation still carry an older index: `where x_index in (…)`.
   */
  blindIndexCandidates(kind: PiiKind, plain: string): string[];
  /** True when the ciphertext was written under an older key (a rotation job re-encrypts it). */
  needsReencryption(cipher: string): boolean;
}
