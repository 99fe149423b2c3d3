import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { buildOrgTree, lastAudit } from '../org/test-fixtures';
import { readZipEntry, tempFileStore } from '../attachments/test-helpers';
import { findChromium } from './pdf-renderer';

const notice = {
  issuer: '天津市河西区司法局',
  docNumber: '津河西司复〔2025〕17号',
  title: '行政复议受理通知书',
  recipient: '张三',
  body: '你（单位）于2025年2月20日提出的行政复议申请收悉。\n经审查，该申请符合法定受理条件，本机关决定予以受理。',
  date: '2025-03-01',
};

describe('official documents', async () => {
  const t = await buildTestApp(tempFileStore());
  const tree = await buildOrgTree(t);
  const handler = await loginAs(t, {
    permissions: ['documents.document.generate', 'attachments.file.read', 'org.organisation.read'],
    scope: 'subtree',
    orgId: tree.districtA.id,
  });
  const generate = (payload: unknown, headers: Record<string, string> = handler.headers) =>
    t.app.inject({ method: 'POST', url: '/api/documents/generate', payload: payload as object, headers });
  const request = (format: 'docx' | 'pdf', data: object = notice, entityId: string = tree.officeA1.id) => ({
    templateId: 'core.notice',
    entityType: 'organisation',
    entityId,
    data,
    format,
  });
  const download = async (id: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/attachments/${id}`, headers: handler.headers })).rawPayload;

  it('GET /api/documents/formats and /templates', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/documents/formats' })).statusCode).toBe(401);
    const res = await t.app.inject({ method: 'GET', url: '/api/documents/formats', headers: handler.headers });
    expect(res.json().formats).toEqual([
      { format: 'docx', available: true, reason: null },
      expect.objectContaining({ format: 'pdf', available: Boolean(findChromium()) }),
    ]);
    const templates = await t.app.inject({ method: 'GET', url: '/api/documents/templates', headers: handler.headers });
    expect(templates.json().items).toContainEqual({ id: 'core.notice', version: 1, title: { zh: '通知书', en: 'Notice' } });
  });

  it('401 without a session, 403 without documents.document.generate', async () => {
    expect((await generate(request('docx'), {})).statusCode).toBe(401);
    const reader = await loginAs(t, {
      permissions: ['attachments.file.read', 'org.organisation.read'],
      scope: 'city',
      orgId: tree.city.id,
    });
    expect((await generate(request('docx'), reader.headers)).statusCode).toBe(403);
  });

  it('400 for an unknown template, a bad format, invalid or unknown data fields', async () => {
    const unknown = await generate({ ...request('docx'), templateId: 'nope' });
    expect(unknown.json().error).toMatchObject({ code: 'DOCUMENT_TEMPLATE_UNKNOWN', field: 'templateId' });
    expect((await generate({ ...request('docx'), format: 'odt' })).json().error.field).toBe('format');
    const badDate = await generate(request('docx', { ...notice, date: '2025-02-30' }));
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.field).toBe('data.date');
    const extra = await generate(request('docx', { ...notice, colour: 'red' }));
    expect(extra.json().error).toMatchObject({ code: 'UNKNOWN_FIELD' });
    const owner = await generate({ ...request('docx'), entityType: 'spaceship' });
    expect(owner.json().error.code).toBe('ATTACHMENT_OWNER_UNKNOWN');
  });

  it('404 for a record outside the scope', async () => {
    expect((await generate(request('docx', notice, tree.officeB1.id))).statusCode).toBe(404);
  });

  it('renders a GB/T 9704 DOCX stored as a versioned attachment, audited; regenerating makes version 2', async () => {
    const res = await generate(request('docx'));
    expect(res.statusCode, res.body).toBe(201);
    const first = res.json();
    expect(first).toMatchObject({
      fileType: 'docx',
      fileName: '行政复议受理通知书（津河西司复〔2025〕17号）-第1版.docx',
      document: { templateId: 'core.notice', templateVersion: 1, version: 1, format: 'docx' },
    });
    expect(await lastAudit(t, first.id)).toMatchObject({ action: 'documents.document.generate', actorId: handler.userId });
    const bytes = await download(first.id);
    const xml = readZipEntry(bytes, 'word/document.xml')!;
    for (const text of [
      '天津市河西区司法局',
      '津河西司复〔2025〕17号',
      '行政复议受理通知书',
      '张三：',
      '本机关决定予以受理',
      '2025年3月1日',
      '（印章）',
    ]) {
      expect(xml, text).toContain(text);
    }
    expect(xml).toContain('w:color w:val="C00000"'); // red issuing body and separator
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/); // A4 in twips
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/); // 37/26/35/28 mm
    expect(xml).toContain('w:line="560" w:lineRule="exact"'); // 28-pt line pitch
    expect(xml).toContain('w:sz w:val="44"'); // 2号 title, 22 pt
    expect(xml).toContain('w:sz w:val="32"'); // 3号 body, 16 pt

    const again = await generate(request('docx', { ...notice, dateStyle: 'chineseNumerals' }));
    expect(again.json().document.version).toBe(2);
    expect(again.json().id).not.toBe(first.id);
    expect(readZipEntry(await download(again.json().id), 'word/document.xml')).toContain('二〇二五年三月一日');
    expect((await download(first.id)).equals(bytes)).toBe(true);
  });

  it.skipIf(!findChromium())(
    'renders the PDF in headless Chromium (skipped when Chromium is not installed)',
    async () => {
      const res = await generate(request('pdf'));
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ fileType: 'pdf', contentType: 'application/pdf', document: { version: 1, format: 'pdf' } });
      const bytes = await download(res.json().id);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // A4 media box: 595 × 842 points.
      const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(bytes.toString('latin1'));
      expect(Math.round(Number(box?.[1]))).toBe(595);
      expect(Math.round(Number(box?.[2]))).toBe(842);
    },
    60000,
  );
});
