/** Kinds of personal information with their own blind index key derivation. */
export type PiiKind = 'idNumber' | 'phone' | 'address' | 'name' | 'text';

export interface PiiService {
  /** Ciphertext string `v1.<keyId>.<cipher>.<base64 iv|tag|data>`; null in, null out. */
  encrypt(plain: string): string;
  encrypt(plain: string | null | undefined): string | null;
  decrypt(cipher: string): string;
  decrypt(cipher: string | null | undefined): string | null;
  /** HMAC blind index for exact lookup of a normalised value (never reversible). */
  blindIndex(kind: PiiKind, plain: string): string;
}
