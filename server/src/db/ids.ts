import { monotonicFactory } from 'ulid';

const next = monotonicFactory();

/** Time-ordered, URL-safe, 26-character ids (ULID). Sorting by id sorts by creation time. */
export function newId(): string {
  return next();
}

export function nowIso(): string {
  return new Date().toISOString();
}
