import { formatChineseDate, formatChineseNumeralDate } from '@tianping/common/calendar/chinese-date-format';
import { AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx';
import { gbt9704 as g, sealPlaceholder, type OfficialDocument } from './official-document';

const pt = (points: number) => points * 2; // docx sizes are half-points
/** Rounded (the docx helper truncates: A4 would come out 11905 × 16837 instead of Word's 11906 × 16838). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const twipsPerPt = 20;
const exactLine = { line: g.lineSpacingPt * twipsPerPt, lineRule: LineRuleType.EXACT } as const;
const bodyFont = { eastAsia: g.fonts.body, ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const titleFont = { eastAsia: g.fonts.title, ascii: 'Times New Roman', hAnsi: 'Times New Roman' };

const bodyRun = (text: string, extra: Partial<IRunOptions> = {}) => new TextRun({ text, font: bodyFont, size: pt(g.bodySizePt), ...extra });
const blank = () => new Paragraph({ spacing: exactLine, children: [bodyRun('')] });

export function formatDocumentDate(doc: Pick<OfficialDocument, 'date' | 'dateStyle'>): string {
  return doc.dateStyle === 'chineseNumerals' ? formatChineseNumeralDate(doc.date) : formatChineseDate(doc.date);
}

/** The 版头: red issuing body, document number, red separator line (GB/T 9704-2012 §7.2). */
function header(doc: OfficialDocument): Paragraph[] {
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ text: doc.issuer, font: titleFont, size: pt(g.issuerSizePt), color: g.red })],
    }),
    blank(),
  ];
  out.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exactLine,
      // 版头中的分隔线: red, the width of the type area, 4 mm below the document number.
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: g.red, space: 11 } },
      children: [bodyRun(doc.docNumber ?? '')],
    }),
    blank(),
  );
  return out;
}

/** Renders the document to DOCX bytes (A4, GB/T 9704-2012 margins, type sizes and 28-pt line pitch). */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const charTwips = g.bodySizePt * twipsPerPt;
  const children: Paragraph[] = [
    ...header(doc),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 35 * twipsPerPt, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: doc.title, font: titleFont, size: pt(g.titleSizePt) })],
    }),
    blank(),
  ];
  if (doc.recipient) children.push(new Paragraph({ spacing: exactLine, children: [bodyRun(`${doc.recipient}：`)] }));
  for (const text of doc.paragraphs) {
    children.push(
      new Paragraph({
        spacing: exactLine,
        indent: { firstLine: 2 * charTwips },
        alignment: AlignmentType.JUSTIFIED,
        children: [bodyRun(text)],
      }),
    );
  }
  children.push(blank(), blank());
  // 署名 centred over the date; the date ends four characters from the right (§7.3.5.1); the seal covers both.
  const dateText = formatDocumentDate(doc);
  const rightIndent = g.dateRightIndentChars * charTwips;
  const centreOver = Math.max(0, rightIndent + ((dateText.length - doc.signature.length) * charTwips) / 2);
  children.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: exactLine,
      indent: { right: centreOver },
      children: [bodyRun(doc.signature)],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exactLine, indent: { right: rightIndent }, children: [bodyRun(dateText)] }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: exactLine,
      indent: { right: rightIndent + charTwips },
      children: [bodyRun(sealPlaceholder, { color: g.red })],
    }),
  );
  const document = new Document({
    creator: doc.issuer,
    title: doc.title,
    styles: { default: { document: { run: { font: bodyFont, size: pt(g.bodySizePt) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(g.pageWidthMm), height: mm(g.pageHeightMm) },
            margin: {
              top: mm(g.marginTopMm),
              bottom: mm(g.marginBottomMm),
              left: mm(g.marginLeftMm),
              right: mm(g.marginRightMm),
            },
          },
        },
        footers: {
          // 页码: 4号 Song-style Arabic numerals between em dashes (§7.5).
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['— ', PageNumber.CURRENT, ' —'],
                    size: pt(14),
                    font: { eastAsia: '宋体', ascii: 'Times New Roman' },
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
