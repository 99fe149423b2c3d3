import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, watchConsole } from './support/browser';
import { checkPage, cn, heading, orgIdByName, staffApi, staffLogin } from './support/journey';
import { startServer, type RunningServer } from './support/server';

/** Journey 6: the audit administrator searches the log, reads a change's difference and verifies the hash chain. */
describe('audit search', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    // An edit with a difference to find: the system administrator renames 河西区司法局's short name.
    const api = await staffApi(server.url, 'sysadmin');
    const id = await orgIdByName(api, '天津市河西区司法局');
    const org = await api.get<{ version: number }>(`/orgs/${id}`);
    await api.patch(`/orgs/${id}`, { shortName: '河西司法（审计测试）', version: org.version });
    await api.dispose();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('6. filter by action and entity type, expand a row for its difference, verify the chain', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await staffLogin(page, server.url, 'auditor');
    const nav = page.getByRole('navigation', { name: '主菜单' });
    await nav.getByRole('menuitem', { name: /系统管理/ }).click();
    await nav.getByRole('menuitem', { name: /审计日志/ }).click();
    await heading(page, '审计日志');
    await page.getByRole('row').filter({ hasText: 'identity.session.login' }).first().waitFor();
    await checkPage(page, 'audit-search-1-log');

    const filters = page.getByRole('form', { name: '筛选条件' });
    await filters.getByLabel('操作', { exact: true }).fill('org.organisation.update');
    await filters.getByLabel('对象类型').fill('organisation');
    const searched = page.waitForResponse(
      (r) => r.url().includes('/api/audit/events?') && r.url().includes('action=org.organisation.update'),
    );
    await filters.getByRole('button', { name: cn('查询') }).click();
    const res = await searched;
    expect(new URL(res.url()).searchParams.get('entityType')).toBe('organisation');
    const rows = page.getByRole('row').filter({ hasText: 'org.organisation.update' });
    await rows.first().waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'identity.session.login' }).count()).toBe(0);
    await rows.first().getByText('天津市河西区司法局').waitFor();

    await rows.first().getByRole('button', { name: '展开行' }).click();
    const diff = page.getByRole('table', { name: '变更内容' });
    const shortName = diff.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'shortName' }) });
    await shortName.getByRole('cell', { name: '河西司法（审计测试）' }).waitFor();
    await checkPage(page, 'audit-search-2-diff');

    await page.getByRole('button', { name: '校验哈希链' }).click();
    const status = page.getByRole('status').filter({ hasText: '哈希链完整' });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/已校验 \d+ 条记录/);
    await checkPage(page, 'audit-search-3-verified');
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
