import { createHash } from 'node:crypto';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A 26-character id in the ULID alphabet derived from a stable key, so a law or article has
 * the same id on every installation and across re-imports: citations stored by modules, links
 * in documents and bookmarks keep working when a text is corrected.
 */
function stableId(key: string): string {
  const bytes = createHash('sha256').update(key).digest();
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 26) {
      out += crockford[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (out.length === 26) break;
  }
  return out;
}

/** Keyed by the library's short title (行政复议法), which index.json keeps unique. */
export function lawId(title: string): string {
  return stableId(`law:${title}`);
}

export function articleId(lawTitle: string, number: number, suffix: number): string {
  return stableId(`law:${lawTitle}:article:${number}-${suffix}`);
}
