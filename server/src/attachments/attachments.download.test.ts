import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { buildOrgTree, lastAudit } from '../org/test-fixtures';
import { contentDisposition } from './attachment.presenter';
import { multipartBody, samplePdf, tempFileStore } from './test-helpers';

describe('GET /api/attachments/:id', async () => {
  const t = await buildTestApp(tempFileStore());
  const tree = await buildOrgTree(t);
  const user = await loginAs(t, {
    permissions: ['attachments.file.upload', 'attachments.file.read', 'org.organisation.read'],
    scope: 'subtree',
    orgId: tree.districtA.id,
  });
  const body = multipartBody([
    { name: 'entityType', value: 'organisation' },
    { name: 'entityId', value: tree.officeA1.id },
    { name: 'file', fileName: '行政复议决定书（终稿） v1.pdf', type: 'application/pdf', content: samplePdf },
  ]);
  const uploaded = await t.app.inject({
    method: 'POST',
    url: '/api/attachments',
    payload: body.payload,
    headers: { ...user.headers, ...body.headers },
  });
  const id = uploaded.json().id as string;
  const get = (path: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/api/attachments/${path}`, headers });

  it('401 without a session, 403 without attachments.file.read', async () => {
    expect((await get(id)).statusCode).toBe(401);
    const other = await loginAs(t, { permissions: ['org.organisation.read'], scope: 'city', orgId: tree.city.id });
    expect((await get(id, other.headers)).statusCode).toBe(403);
  });

  it('400 for a malformed id; 404 for an unknown one', async () => {
    expect((await get('nope', user.headers)).statusCode).toBe(400);
    expect((await get('01ARZ3NDEKTSV4RRFFQ69G5FAV', user.headers)).statusCode).toBe(404);
  });

  it("404 when the owning record is outside the caller's scope (or they cannot read it)", async () => {
    const districtB = await loginAs(t, {
      permissions: ['attachments.file.read', 'org.organisation.read'],
      scope: 'subtree',
      orgId: tree.districtB.id,
    });
    expect((await get(id, districtB.headers)).statusCode).toBe(404);
    const noOrgRead = await loginAs(t, { permissions: ['attachments.file.read'], scope: 'city', orgId: tree.city.id });
    expect((await get(id, noOrgRead.headers)).statusCode).toBe(404);
  });

  it('streams the file with an RFC 5987 file name and audits the download', async () => {
    const city = await loginAs(t, { permissions: ['attachments.file.read', 'org.organisation.read'], scope: 'city', orgId: tree.city.id });
    const res = await get(id, city.headers);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(samplePdf)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(contentDisposition('行政复议决定书（终稿） v1.pdf'));
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('行政复议决定书')}`);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[\x20-\x7e]+"; /);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(await lastAudit(t, id)).toMatchObject({ action: 'attachments.file.download', actorId: city.userId, orgId: tree.officeA1.id });
  });

  it('GET /api/attachments lists the files of a record through its read policy', async () => {
    const list = (headers: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: `/api/attachments?entityType=organisation&entityId=${tree.officeA1.id}`, headers });
    expect((await list({})).statusCode).toBe(401);
    const bad = await t.app.inject({ method: 'GET', url: '/api/attachments?entityType=organisation', headers: user.headers });
    expect(bad.json().error.field).toBe('entityId');
    const districtB = await loginAs(t, {
      permissions: ['attachments.file.read', 'org.organisation.read'],
      scope: 'subtree',
      orgId: tree.districtB.id,
    });
    expect((await list(districtB.headers)).statusCode).toBe(404);
    const res = await list(user.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([expect.objectContaining({ id, fileName: '行政复议决定书（终稿） v1.pdf', fileType: 'pdf' })]);
  });

  it('503 when the stored file has gone, without an audit row', async () => {
    await t.kernel.files.delete(`attachments/${id}`);
    const before = await lastAudit(t, id);
    const res = await get(id, user.headers);
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('ATTACHMENT_FILE_UNAVAILABLE');
    expect((await lastAudit(t, id))?.seq).toBe(before?.seq);
  });
});
