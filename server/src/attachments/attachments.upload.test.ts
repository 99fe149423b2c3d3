import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { buildOrgTree, lastAudit } from '../org/test-fixtures';
import { buildZip, minimalDocx, multipartBody, samplePdf, samplePng, tempFileStore } from './test-helpers';

const uploader = ['attachments.file.upload', 'attachments.file.read', 'org.organisation.read'];

describe('POST /api/attachments', async () => {
  const store = tempFileStore();
  const t = await buildTestApp(store);
  const tree = await buildOrgTree(t);
  const user = await loginAs(t, { permissions: uploader, scope: 'subtree', orgId: tree.districtA.id });
  const upload = (parts: Parameters<typeof multipartBody>[0], headers: Record<string, string> = user.headers) => {
    const body = multipartBody(parts);
    return t.app.inject({ method: 'POST', url: '/api/attachments', payload: body.payload, headers: { ...headers, ...body.headers } });
  };
  const owner = (entityId: string = tree.officeA1.id) => [
    { name: 'entityType', value: 'organisation' },
    { name: 'entityId', value: entityId },
  ];
  const file = (fileName: string, type: string, content: Buffer) => ({ name: 'file', fileName, type, content });
  const storedFiles = () => {
    const dir = join((store.files as { dir: string }).dir, 'attachments');
    return existsSync(dir) ? readdirSync(dir) : [];
  };

  it('401 without a session, 403 without attachments.file.upload', async () => {
    expect((await upload([...owner(), file('a.pdf', 'application/pdf', samplePdf)], {})).statusCode).toBe(401);
    const reader = await loginAs(t, {
      permissions: ['attachments.file.read', 'org.organisation.read'],
      scope: 'subtree',
      orgId: tree.districtA.id,
    });
    expect((await upload([...owner(), file('a.pdf', 'application/pdf', samplePdf)], reader.headers)).statusCode).toBe(403);
  });

  it('400 for missing or malformed fields, an unknown owner type or no file', async () => {
    const noType = await upload([{ name: 'entityId', value: tree.officeA1.id }, file('a.pdf', 'application/pdf', samplePdf)]);
    expect(noType.statusCode).toBe(400);
    expect(noType.json().error.field).toBe('entityType');
    const badId = await upload([
      { name: 'entityType', value: 'organisation' },
      { name: 'entityId', value: '../etc' },
      file('a.pdf', 'application/pdf', samplePdf),
    ]);
    expect(badId.json().error.field).toBe('entityId');
    const unknown = await upload([
      { name: 'entityType', value: 'spaceship' },
      { name: 'entityId', value: 'X1' },
      file('a.pdf', 'application/pdf', samplePdf),
    ]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('ATTACHMENT_OWNER_UNKNOWN');
    const noFile = await upload(owner());
    expect(noFile.json().error).toMatchObject({ code: 'ATTACHMENT_FILE_MISSING', field: 'file' });
    const empty = await upload([...owner(), file('a.txt', 'text/plain', Buffer.alloc(0))]);
    expect(empty.json().error.code).toBe('ATTACHMENT_EMPTY');
  });

  it('404 for a record outside the scope, and nothing stored', async () => {
    const before = storedFiles().length;
    const res = await upload([...owner(tree.officeB1.id), file('a.pdf', 'application/pdf', samplePdf)]);
    expect(res.statusCode).toBe(404);
    expect(storedFiles().length).toBe(before);
  });

  it('stores a PDF by id with its SHA-256, fields in any order, audited', async () => {
    const res = await upload([file('申请书.pdf', 'application/pdf', samplePdf), ...owner()]);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      entityType: 'organisation',
      entityId: tree.officeA1.id,
      fileType: 'pdf',
      contentType: 'application/pdf',
      size: samplePdf.length,
      document: null,
    });
    expect(body.sha256).toBe(createHash('sha256').update(samplePdf).digest('hex'));
    const onDisk = join((store.files as { dir: string }).dir, 'attachments', body.id);
    expect(readFileSync(onDisk).equals(samplePdf)).toBe(true);
    const audit = await lastAudit(t, body.id);
    expect(audit).toMatchObject({
      action: 'attachments.file.upload',
      entityType: 'attachment',
      actorId: user.userId,
      orgId: tree.officeA1.id,
    });
  });

  it.each([
    ['scan.png', 'image/png', samplePng, 'png'],
    ['photo.JPG', 'image/jpeg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(20)]), 'jpeg'],
    ['材料.docx', 'application/octet-stream', minimalDocx(), 'docx'],
    ['说明.txt', 'text/plain', Buffer.from('复议申请补充说明\n第二行', 'utf8'), 'text'],
  ])('accepts %s as %s', async (name, type, content, fileType) => {
    const res = await upload([...owner(), file(name, type, content)]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().fileType).toBe(fileType);
  });

  it('415 when the content does not match the declared type or the extension', async () => {
    for (const [name, type, content] of [
      ['invoice.pdf', 'application/pdf', samplePng],
      ['invoice.png', 'image/png', samplePdf],
      ['notes.pdf', 'application/pdf', Buffer.from('just text')],
      ['report.docx', 'text/plain', minimalDocx()],
    ] as const) {
      const res = await upload([...owner(), file(name, type, content)]);
      expect(res.statusCode, name).toBe(415);
      expect(res.json().error.code).toBe('ATTACHMENT_TYPE_MISMATCH');
    }
  });

  it('415 for types outside the allow-list (executables, plain zips, invalid UTF-8)', async () => {
    const exe = await upload([...owner(), file('setup.exe', 'application/octet-stream', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]))]);
    expect(exe.json().error.code).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
    const latin = await upload([...owner(), file('a.txt', 'text/plain', Buffer.from([0x61, 0xe9, 0x62]))]);
    expect(latin.json().error.code).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
    const zip = await upload([
      ...owner(),
      file('a.docx', 'application/octet-stream', buildZip([{ name: 'a.txt', content: Buffer.from('x') }])),
    ]);
    expect(zip.statusCode).toBe(415);
    expect(zip.json().error.code).toBe('ATTACHMENT_ARCHIVE_REJECTED');
  });

  it('415 for a zip bomb: the central directory declares a huge uncompressed size', async () => {
    const bomb = buildZip([
      { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
      { name: 'word/document.xml', content: Buffer.alloc(10_000, 0x41), declare: { uncompressed: 4_000_000_000 } },
    ]);
    const before = storedFiles().length;
    const res = await upload([
      ...owner(),
      file('bomb.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bomb),
    ]);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('ATTACHMENT_ARCHIVE_REJECTED');
    // Many entries, each below the ratio limit, that add up past the total limit.
    const entries = Array.from({ length: 60 }, (_, i) => ({
      name: `xl/sheet${i}.xml`,
      content: randomBytes(40_000),
      declare: { uncompressed: 3_500_000 },
    }));
    const wide = buildZip([
      { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', content: Buffer.from('<w/>') },
      ...entries,
    ]);
    const res2 = await upload([...owner(), file('wide.xlsx', 'application/octet-stream', wide)]);
    expect(res2.json().error.code).toBe('ATTACHMENT_ARCHIVE_REJECTED');
    expect(storedFiles().length).toBe(before);
  });

  it('413 for a file over 20 MB, nothing stored', async () => {
    const before = storedFiles().length;
    const big = Buffer.concat([samplePdf, Buffer.alloc(20 * 1024 * 1024 + 1, 0x20)]);
    const res = await upload([...owner(), file('big.pdf', 'application/pdf', big)]);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('ATTACHMENT_TOO_LARGE');
    expect(storedFiles().length).toBe(before);
  });

  it('neutralises path tricks in file names: stored by id, a sanitised display name', async () => {
    for (const [raw, shown] of [
      ['../../etc/passwd.txt', 'passwd.txt'],
      ['/var/lib/tianping/x.txt', 'x.txt'],
      ['..\\..\\windows\\win.txt', 'win.txt'],
      ['a\u0001b\u202ec.txt', 'abc.txt'],
      ['...txt', 'txt.txt'],
      ['..', 'attachment.txt'],
    ] as [string, string][]) {
      const res = await upload([...owner(), file(raw, 'text/plain', Buffer.from('内容'))]);
      expect(res.statusCode, raw).toBe(201);
      expect(res.json().fileName, raw).toBe(shown);
      const row = await t.kernel.db
        .selectFrom('attachments')
        .select('storageKey')
        .where('id', '=', res.json().id)
        .executeTakeFirstOrThrow();
      expect(row.storageKey).toBe(`attachments/${res.json().id}`);
    }
    expect(existsSync(join((store.files as { dir: string }).dir, '..', 'etc'))).toBe(false);
  });
});
