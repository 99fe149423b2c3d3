import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, watchConsole } from './support/browser';
import { checkPage, cn, heading, staffLogin, treeItem } from './support/journey';
import { startServer, type RunningServer } from './support/server';

/** Journey 4: the system administrator creates an organisation; the audit administrator finds the event. */
describe('create an organisation', () => {
  let server: RunningServer;
  let browser: Browser;
  const name = '天津市海河公证处（测试）';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('4. sysadmin creates a child of 天津市司法局; it shows in the tree; the auditor finds org.organisation.create', async () => {
    const ctx = await newContext(browser);
    const page: Page = await ctx.newPage();
    const errors = watchConsole(page);
    await staffLogin(page, server.url, 'sysadmin');
    const nav = page.getByRole('navigation', { name: '主菜单' });
    await nav.getByRole('menuitem', { name: /系统管理/ }).click();
    await nav.getByRole('menuitem', { name: /组织机构/ }).click();
    await page.waitForURL(/\/workbench\/admin\/orgs$/);
    await heading(page, '组织机构');
    const tree = page.getByRole('tree', { name: '机构树' });
    await treeItem(tree, '天津市司法局').waitFor();
    await checkPage(page, 'create-org-1-tree');

    await treeItem(tree, '天津市司法局').click();
    await page.getByRole('button', { name: '新建下级机构' }).click();
    const dialog = page.getByRole('dialog', { name: '在「天津市司法局」下新建机构' });
    await dialog.getByLabel('名称', { exact: true }).fill(name);
    await dialog.getByLabel('简称').fill('海河公证');
    await dialog.getByLabel('类型').fill('公证处');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('行政区划').click();
    await treeItem(page, '天津市').click();
    await checkPage(page, 'create-org-2-modal');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/orgs') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: cn('确定') }).click();
    expect((await created).status()).toBe(201);
    await dialog.waitFor({ state: 'hidden' });
    await treeItem(tree, name).waitFor();
    await checkPage(page, 'create-org-3-in-tree');
    expect(errors).toEqual([]);
    await ctx.close();

    // The audit administrator, separately.
    const actx = await newContext(browser);
    const auditor = await actx.newPage();
    await staffLogin(auditor, server.url, 'auditor');
    await auditor.goto(`${server.url}/workbench/admin/audit`);
    await heading(auditor, '审计日志');
    const filters = auditor.getByRole('form', { name: '筛选条件' });
    await filters.getByLabel('操作', { exact: true }).fill('org.organisation.create');
    await filters.getByRole('button', { name: cn('查询') }).click();
    const row = auditor.getByRole('row').filter({ hasText: 'org.organisation.create' }).filter({ hasText: '赵系统' });
    await row.first().waitFor();
    await row.first().getByRole('button', { name: '展开行' }).click();
    await auditor.getByRole('table', { name: '变更内容' }).getByRole('cell', { name }).first().waitFor();
    await checkPage(auditor, 'create-org-4-audit');
    await actx.close();
  });
});
