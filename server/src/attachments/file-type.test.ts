import { describe, expect, it } from 'vitest';
import { declarationMatches, detectFileType, sanitiseFileName } from './file-type';
import { buildZip, minimalDocx, samplePdf } from './test-helpers';
import { inspectZip } from './zip-inspect';

describe('content detection', () => {
  it.each([
    [samplePdf, 'pdf'],
    [minimalDocx(), 'docx'],
    [
      buildZip([
        { name: '[Content_Types].xml', content: Buffer.from('<T/>') },
        { name: 'xl/workbook.xml', content: Buffer.from('<w/>') },
      ]),
      'xlsx',
    ],
    [Buffer.from('纯文本\r\n\ttab'), 'text'],
  ])('detects %#', (buf, type) => {
    expect(detectFileType(buf)).toEqual({ kind: 'ok', type });
  });

  it('refuses truncated, ZIP64-sized and over-compressed archives by their central directory', () => {
    const docx = minimalDocx();
    expect(inspectZip(docx.subarray(0, docx.length - 10))).toEqual({ ok: false, reason: 'malformed' });
    const huge = buildZip([{ name: 'a', content: Buffer.alloc(100), declare: { uncompressed: 0xffffffff } }]);
    expect(inspectZip(huge)).toEqual({ ok: false, reason: 'zip64' });
    const ratio = buildZip([{ name: 'a', content: Buffer.alloc(2 * 1024 * 1024) }]);
    expect(inspectZip(ratio)).toEqual({ ok: false, reason: 'ratio' });
  });

  it('compares the declaration with the content', () => {
    expect(declarationMatches('pdf', 'application/pdf', 'a.PDF')).toBe(true);
    expect(declarationMatches('pdf', 'application/octet-stream', 'a.pdf')).toBe(true);
    expect(declarationMatches('pdf', 'image/png', 'a.pdf')).toBe(false);
    expect(declarationMatches('jpeg', 'image/jpeg', 'a.png')).toBe(false);
  });

  it.each([
    ['C:\\Users\\x\\申请书.pdf', 'pdf', '申请书.pdf'],
    ['a\u0000b.pdf', 'pdf', 'ab.pdf'],
    ['evil\u202efdp.exe', 'text', 'evilfdp.exe'],
    ['x'.repeat(300) + '.pdf', 'pdf', 'x'.repeat(196) + '.pdf'],
    ['', 'png', 'attachment.png'],
    ['说明', 'text', '说明.txt'],
  ] as const)('sanitises %j', (raw, type, expected) => {
    expect(sanitiseFileName(raw, type)).toBe(expected);
  });
});
