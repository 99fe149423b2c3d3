import { formatDocumentDate } from './docx-renderer';
import { gbt9704 as g, sealPlaceholder, type OfficialDocument } from './official-document';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The same layout as the DOCX in HTML and CSS (`@page` A4 with the GB/T 9704-2012 margins),
 * for printing to PDF in headless Chromium. Fonts fall back to Noto CJK on Linux hosts.
 */
export function renderHtml(doc: OfficialDocument): string {
  const serif = `'${g.fonts.body}', FangSong, STFangsong, '${g.fonts.fallbackSerif}', '${g.fonts.fallbackSans}', serif`;
  const title = `'${g.fonts.title}', 'Source Han Serif SC', '${g.fonts.fallbackSerif}', '${g.fonts.fallbackSans}', serif`;
  const css = `
@page { size: A4; margin: ${g.marginTopMm}mm ${g.marginRightMm}mm ${g.marginBottomMm}mm ${g.marginLeftMm}mm; }
html, body { margin: 0; padding: 0; }
body { font-family: ${serif}; font-size: ${g.bodySizePt}pt; line-height: ${g.lineSpacingPt}pt; color: #000; }
p { margin: 0; }
.issuer { font-family: ${title}; font-size: ${g.issuerSizePt}pt; line-height: 1.4; color: #${g.red}; text-align: center; font-weight: bold; }
.number { text-align: center; margin-top: ${g.lineSpacingPt * 2}pt; }
.rule { border: 0; border-top: 1.5pt solid #${g.red}; margin: 4mm 0 ${g.lineSpacingPt * 2}pt 0; }
.title { font-family: ${title}; font-size: ${g.titleSizePt}pt; line-height: 35pt; text-align: center; font-weight: bold; margin-bottom: ${g.lineSpacingPt}pt; }
.para { text-indent: 2em; text-align: justify; }
.closing { margin-top: ${g.lineSpacingPt * 2}pt; text-align: right; padding-right: ${g.dateRightIndentChars}em; position: relative; }
.closing .signature { display: inline-block; text-align: center; }
.seal { position: absolute; right: ${g.dateRightIndentChars + 1}em; top: ${g.lineSpacingPt * 1.5}pt; color: #${g.red}; }`;
  const body = [
    `<p class="issuer">${escapeHtml(doc.issuer)}</p>`,
    `<p class="number">${escapeHtml(doc.docNumber ?? '')}&nbsp;</p>`,
    '<hr class="rule">',
    `<p class="title">${escapeHtml(doc.title)}</p>`,
    doc.recipient ? `<p>${escapeHtml(doc.recipient)}：</p>` : '',
    ...doc.paragraphs.map((p) => `<p class="para">${escapeHtml(p)}</p>`),
    `<div class="closing"><span class="signature">${escapeHtml(doc.signature)}<br>${escapeHtml(formatDocumentDate(doc))}</span><span class="seal">${sealPlaceholder}</span></div>`,
  ].join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title><style>${css}</style></head><body>${body}</body></html>`;
}
