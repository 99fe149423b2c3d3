import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { systemContext } from '../access/actor';
import { tempFileStore } from '../attachments/test-helpers';
import { buildOrgTree } from '../org/test-fixtures';
import { bodyTemplates } from './body-template';
import { recordDocument, serveElectronically, withDocuments, withRenderedDocument } from './issued-document';

const base = z.object({ issuer: z.string().min(1), date: z.iso.date(), recipient: z.string(), caseNumber: z.string() });
const notice = bodyTemplates(base, { docNumber: (d) => d.caseNumber })({
  id: 'test.issuedNotice',
  version: 3,
  title: { zh: '测试告知书', en: 'Test notice' },
  fields: z.object({ matter: z.string().min(1) }),
  body: (d) => `${d.recipient}：\n\u3000\u3000关于${d.matter}，特此告知。\n\n`,
});
const data = { issuer: '天津市河西区司法局', date: '2025-10-09', recipient: '张三', caseNumber: '津河西〔2025〕1号', matter: '邻里纠纷' };

describe('issued documents (core helpers)', async () => {
  const t = await buildTestApp(tempFileStore());
  t.kernel.documentTemplates.register(notice);
  const tree = await buildOrgTree(t);
  const ctx = systemContext('issued-document-test');
  const owner = { entityType: 'organisation', entityId: tree.officeA1.id, orgId: tree.officeA1.id };
  const exists = (key: string) =>
    t.kernel.files.get(key).then(
      (s) => (s.destroy(), true),
      () => false,
    );

  it('bodyTemplates: the base fields and the template’s own, laid out as an official document', () => {
    expect(notice.fields.safeParse({ ...data, matter: undefined }).success).toBe(false);
    expect(notice.fields.safeParse({ ...data, issuer: '' }).success).toBe(false);
    expect(notice.render(notice.fields.parse(data))).toEqual({
      issuer: '天津市河西区司法局',
      docNumber: '津河西〔2025〕1号',
      title: '测试告知书',
      recipient: '张三',
      paragraphs: ['张三：', '关于邻里纠纷，特此告知。'],
      signature: '天津市河西区司法局',
      date: '2025-10-09',
      dateStyle: 'chineseNumerals',
    });
  });

  it('records the next version named after the reference; a failed step keeps no file and no record', async () => {
    const first = await withRenderedDocument(t.kernel, notice.id, data, (trx, doc) => recordDocument(trx, t.kernel, ctx, doc, owner));
    const second = await withRenderedDocument(t.kernel, notice, data, (trx, doc) =>
      recordDocument(trx, t.kernel, ctx, doc, { ...owner, reference: '第二份' }),
    );
    expect([first.version, second.version]).toEqual([1, 2]);
    expect(first.attachment).toMatchObject({
      fileName: '测试告知书（津河西〔2025〕1号）-第1版.docx',
      templateId: notice.id,
      templateVersion: 3,
    });
    expect(second.attachment.fileName).toBe('测试告知书（第二份）-第2版.docx');
    expect(await exists(second.attachment.storageKey)).toBe(true);

    let storageKeys: string[] = [];
    const failing = withDocuments(t.kernel, async (render) => {
      const docs = [await render(notice.id, data), await render(notice, data)];
      storageKeys = docs.map((d) => d.stored.storageKey);
      return t.kernel.db.transaction().execute(async (trx) => {
        await recordDocument(trx, t.kernel, ctx, docs[0]!, owner);
        throw new Error('the step failed');
      });
    });
    await expect(failing).rejects.toThrow('the step failed');
    expect(storageKeys).toHaveLength(2);
    for (const key of storageKeys) expect(await exists(key)).toBe(false);
    const third = await withRenderedDocument(t.kernel, notice, data, (trx, doc) => recordDocument(trx, t.kernel, ctx, doc, owner));
    expect(third.version).toBe(3);
    await expect(withRenderedDocument(t.kernel, 'test.unknown', data, async () => null)).rejects.toThrow('not registered');
  });

  it('serveElectronically: SMS link to a mobile, nothing without an account or a number', async () => {
    const { attachment } = await withRenderedDocument(t.kernel, notice, data, (trx, doc) => recordDocument(trx, t.kernel, ctx, doc, owner));
    await t.kernel.db.transaction().execute(async (trx) => {
      expect(await serveElectronically(trx, t.kernel, ctx, attachment.id, { name: '张三', phone: null })).toBeNull();
      expect(await serveElectronically(trx, t.kernel, ctx, attachment.id, { citizenId: null })).toBeNull();
      const sms = await serveElectronically(trx, t.kernel, ctx, attachment.id, { name: '张三', phone: '13912345678' }, 5);
      expect(sms).toMatchObject({ attachmentId: attachment.id, channel: 'sms', recipientName: '张三' });
    });
  });
});
