/**
 * Reads the central directory of a ZIP (the container of DOCX and XLSX) without extracting
 * anything, to tell Office documents from other archives and to refuse zip bombs by the
 * sizes the archive itself declares. Limits are generous for real documents: a 20 MB
 * upload that claims more than 200 MB of content, or an entry compressed more than 100:1,
 * is not an office file anyone wrote.
 */
export const zipLimits = {
  maxEntries: 5000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxEntryRatio: 100,
} as const;

export type ZipVerdict =
  { ok: true; names: Set<string> } | { ok: false; reason: 'malformed' | 'zip64' | 'tooManyEntries' | 'tooLarge' | 'ratio' };

const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const eocdMinLength = 22;
const maxCommentLength = 0xffff;
const centralHeaderLength = 46;

function findEndOfCentralDirectory(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - eocdMinLength - maxCommentLength);
  for (let i = buf.length - eocdMinLength; i >= lowest; i--) {
    if (buf.readUInt32LE(i) === eocdSignature) return i;
  }
  return -1;
}

export function inspectZip(buf: Buffer): ZipVerdict {
  if (buf.length < eocdMinLength) return { ok: false, reason: 'malformed' };
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return { ok: false, reason: 'malformed' };
  const entries = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  // ZIP64 markers: an office file below the upload limit never needs them.
  if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return { ok: false, reason: 'zip64' };
  if (entries > zipLimits.maxEntries) return { ok: false, reason: 'tooManyEntries' };
  if (cdOffset + cdSize > eocd) return { ok: false, reason: 'malformed' };
  const names = new Set<string>();
  let total = 0;
  let pos = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (pos + centralHeaderLength > eocd || buf.readUInt32LE(pos) !== centralSignature) return { ok: false, reason: 'malformed' };
    const compressed = buf.readUInt32LE(pos + 20);
    const uncompressed = buf.readUInt32LE(pos + 24);
    const nameLength = buf.readUInt16LE(pos + 28);
    const extraLength = buf.readUInt16LE(pos + 30);
    const commentLength = buf.readUInt16LE(pos + 32);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) return { ok: false, reason: 'zip64' };
    total += uncompressed;
    if (total > zipLimits.maxTotalUncompressed) return { ok: false, reason: 'tooLarge' };
    if (uncompressed > Math.max(compressed, 1) * zipLimits.maxEntryRatio && uncompressed > 1024 * 1024) {
      return { ok: false, reason: 'ratio' };
    }
    names.add(buf.toString('utf8', pos + centralHeaderLength, pos + centralHeaderLength + nameLength));
    pos += centralHeaderLength + nameLength + extraLength + commentLength;
  }
  return { ok: true, names };
}
