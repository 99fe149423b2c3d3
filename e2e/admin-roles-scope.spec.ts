import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, watchConsole } from './support/browser';
import { checkPage, cn, heading, orgIdByName, pickOption, staffApi, staffLogin, treeItem } from './support/journey';
import { startServer, type RunningServer } from './support/server';

/** Journey 5: the security administrator grants a business role with a data scope; the holder sees exactly that scope. */
describe('grant a role with a data scope', () => {
  let server: RunningServer;
  let browser: Browser;
  let sec: BrowserContext;
  let secPage: Page;
  const user = { username: 'e2e.scoped', displayName: '河西测试员', password: 'Haihe#Scope2026' };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    // The account exists (system administrator's duty) and has chosen its own password.
    const admin = await staffApi(server.url, 'sysadmin');
    const orgId = await orgIdByName(admin, '天津市河西区司法局');
    const created = await admin.post<{ initialPassword: string }>('/users', {
      username: user.username,
      displayName: user.displayName,
      orgId,
    });
    await admin.dispose();
    const self = await staffApi(server.url, user.username, created.initialPassword);
    await self.post('/auth/password', { currentPassword: created.initialPassword, newPassword: user.password });
    await self.dispose();

    sec = await newContext(browser);
    secPage = await sec.newPage();
    await staffLogin(secPage, server.url, 'secadmin');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens the account's 角色授权 tab on the users page. */
  async function openAssignments(step: string) {
    const page = secPage;
    await page.goto(`${server.url}/workbench/admin/users`);
    await heading(page, '用户管理');
    const filters = page.getByRole('form', { name: '筛选条件' });
    await filters.getByLabel('关键字').fill(user.username);
    await filters.getByRole('button', { name: cn('查询') }).click();
    await page.getByRole('button', { name: user.username, exact: true }).click();
    const drawer = page.getByRole('dialog').filter({ has: page.getByRole('tab', { name: '角色授权' }) });
    await drawer.getByRole('tab', { name: '角色授权' }).click();
    await drawer.getByRole('button', { name: '授予角色' }).waitFor();
    await checkPage(page, `grant-scope-${step}`);
    return drawer;
  }

  /** Signs the account in afresh and returns what its organisation list shows: first page, total, and a search for 和平区. */
  async function orgsSeenBy(step: string): Promise<{ ctx: BrowserContext; names: string[]; total: number; heping: number }> {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await staffLogin(page, server.url, user.username, user.password);
    await checkPage(page, `grant-scope-${step}-home`);
    const nav = page.getByRole('navigation', { name: '主菜单' });
    await nav.getByRole('menuitem', { name: /系统管理/ }).click();
    await nav.getByRole('menuitem', { name: /组织机构/ }).click();
    await heading(page, '组织机构');
    const tree = page.getByRole('tree', { name: '机构树' });
    await treeItem(tree, '天津市河西区司法局').waitFor();
    expect(await treeItem(tree, '天津市司法局').count()).toBe(0);
    await checkPage(page, `grant-scope-${step}-tree`);

    await page.getByRole('radiogroup', { name: '显示方式' }).getByText('列表', { exact: true }).click();
    const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '名称' }) });
    await table.getByRole('row').filter({ hasText: '天津市河西区司法局' }).first().waitFor();
    const totalText = page.getByText(/^共 \d+ 条$/);
    await totalText.waitFor();
    const total = Number((await totalText.textContent())!.match(/\d+/)![0]);
    const names = (await table.getByRole('row').allInnerTexts()).slice(1).map((r) => r.split('\t')[0]!.trim());
    await checkPage(page, `grant-scope-${step}-list`);

    const filters = page.getByRole('form', { name: '筛选条件' });
    await filters.getByLabel('关键字').fill('天津市和平区司法局');
    const searched = page.waitForResponse((r) => r.url().includes('/api/orgs?') && r.url().includes('q='));
    await filters.getByRole('button', { name: cn('查询') }).click();
    const heping = ((await (await searched).json()) as { total: number }).total;
    await table.getByRole('row').filter({ hasText: '天津市河西区司法局' }).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    return { ctx, names, total, heping };
  }

  it('5. 本机构 shows only 河西区司法局; 本机构及下级 adds its 司法所 but never 和平区', async () => {
    const drawer = await openAssignments('1-drawer');
    await drawer.getByLabel('角色', { exact: true }).fill('业务人员');
    await secPage.keyboard.press('Enter');
    // 任职机构 starts at the account's own organisation; 数据范围 at 本机构.
    await drawer.getByRole('tabpanel', { name: '角色授权' }).getByText('天津市河西区司法局').first().waitFor();
    await drawer.getByRole('button', { name: '授予角色' }).click();
    const granted = drawer.getByRole('row').filter({ hasText: '业务人员' });
    await granted.filter({ hasText: '本机构' }).waitFor();
    await checkPage(secPage, 'grant-scope-2-granted-own');

    const own = await orgsSeenBy('3-own');
    expect(own.names).toEqual(['天津市河西区司法局']);
    expect(own.total).toBe(1);
    expect(own.heping).toBe(0);
    await own.ctx.close();

    // Widen it: revoke, then grant the same role with 本机构及下级.
    await granted.getByRole('button', { name: '撤销' }).click();
    await secPage
      .getByRole('tooltip')
      .getByRole('button', { name: cn('确定') })
      .click();
    await drawer.getByText('尚未授予任何角色').waitFor();
    await drawer.getByLabel('角色', { exact: true }).fill('业务人员');
    await secPage.keyboard.press('Enter');
    await pickOption(secPage, drawer.getByLabel('数据范围'), '本机构及下级');
    await drawer.getByRole('button', { name: '授予角色' }).click();
    await drawer.getByRole('row').filter({ hasText: '业务人员' }).filter({ hasText: '本机构及下级' }).waitFor();
    await checkPage(secPage, 'grant-scope-4-granted-subtree');

    const subtree = await orgsSeenBy('5-subtree');
    expect(subtree.names).toContain('天津市河西区司法局');
    expect(subtree.total).toBeGreaterThan(1);
    expect(subtree.names).not.toContain('天津市司法局');
    expect(subtree.heping).toBe(0);
    await subtree.ctx.close();
  });
});
