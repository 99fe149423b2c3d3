import type { Instant } from '../db/schema';

declare module '../db/schema' {
  interface Database {
    citizens: CitizenTable;
    citizenLoginCodes: CitizenLoginCodeTable;
    citizenSmsThrottle: CitizenSmsThrottleTable;
    citizenSessions: CitizenSessionTable;
  }
}

/** A person of the public portal, known by their mobile number (encrypted, with a unique blind index). */
export interface CitizenTable {
  id: string;
  phoneEnc: string;
  phoneIndex: string;
  name: string | null;
  createdAt: Instant;
  lastLoginAt: Instant | null;
}

/** SMS one-time codes. The code itself is never stored: only an HMAC keyed by a server secret and salted with the row id. */
export interface CitizenLoginCodeTable {
  id: string;
  phoneIndex: string;
  codeHash: string;
  /** Address the code was requested from (per-IP sending limit). */
  ip: string;
  createdAt: Instant;
  expiresAt: Instant;
  /** Wrong guesses so far. */
  attempts: number;
  consumedAt: Instant | null;
}

/**
 * One row per phone (`phone:<blind index>`) and per IP (`ip:<address>`): the time of the last
 * code sent. Claimed with a conditional upsert, so the 60-second rule holds across processes,
 * and locked while a request counts the hourly window, so concurrent requests queue up.
 */
export interface CitizenSmsThrottleTable {
  key: string;
  lastSentAt: Instant;
}

/** Portal sessions; the cookie holds a random token of which only the SHA-256 is stored. */
export interface CitizenSessionTable {
  id: string;
  tokenHash: string;
  citizenId: string;
  createdAt: Instant;
  lastSeenAt: Instant;
  expiresAt: Instant;
  revokedAt: Instant | null;
  ip: string;
  userAgent: string;
}
