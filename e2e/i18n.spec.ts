import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, watchConsole } from './support/browser';
import { checkPage, heading, staffLogin, switchLanguage } from './support/journey';
import { startServer, type RunningServer } from './support/server';

/** Journey 7: 中文 ⇄ English on the workbench and on the portal. */
describe('English switch', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('7. workbench and portal switch to English and back', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await staffLogin(page, server.url, 'sysadmin');
    const nav = page.getByRole('navigation', { name: '主菜单' });
    await nav.getByRole('menuitem', { name: /系统管理/ }).waitFor();

    await switchLanguage(page, 'English');
    await heading(page, 'Hello, 赵系统');
    await page.getByRole('heading', { level: 2, name: 'Current role' }).waitFor();
    await page.getByText('System administrator', { exact: true }).waitFor();
    const enNav = page.getByRole('navigation', { name: 'Main menu' });
    await enNav.getByRole('menuitem', { name: /Home/ }).waitFor();
    await enNav.getByRole('menuitem', { name: /Administration/ }).click();
    await enNav.getByRole('menuitem', { name: /Organisations/ }).click();
    await heading(page, 'Organisations');
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^en/);
    await checkPage(page, 'english-1-workbench-orgs');
    await page.goto(`${server.url}/workbench`);
    await heading(page, 'Hello, 赵系统');
    await checkPage(page, 'english-2-workbench-home');

    await switchLanguage(page, '中文');
    await heading(page, '您好，赵系统');
    await page
      .getByRole('navigation', { name: '主菜单' })
      .getByRole('menuitem', { name: /系统管理/ })
      .waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

    await page.goto(`${server.url}/portal`);
    await heading(page, '公共法律服务');
    await switchLanguage(page, 'English');
    await heading(page, 'Public legal services');
    await page.getByRole('switch', { name: 'Senior mode' }).waitFor();
    await page.getByRole('navigation', { name: 'Portal navigation' }).getByRole('link', { name: 'Staff sign-in' }).waitFor();
    await checkPage(page, 'english-3-portal');
    await switchLanguage(page, '中文');
    await heading(page, '公共法律服务');
    await page.getByRole('switch', { name: '长辈模式' }).waitFor();
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
