import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, watchConsole } from './support/browser';
import { checkPage, cn, heading, staffLogin, submitStaffLogin } from './support/journey';
import { startServer, type RunningServer } from './support/server';

/** Journeys 1–3: staff sign-in, forced password change of a new account, lockout after 5 failures. */
describe('staff authentication', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: BrowserContext;
  let adminPage: Page;
  const newUser = { username: 'e2e.newcomer', displayName: '测试新人' };
  let initialPassword = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    admin = await newContext(browser);
    adminPage = await admin.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('1. sysadmin signs in; the workbench home names the organisation and role in Chinese', async () => {
    const page = adminPage;
    const errors = watchConsole(page);
    await page.goto(`${server.url}/login`);
    await heading(page, '工作人员登录');
    await checkPage(page, 'staff-login-1-form');

    await staffLogin(page, server.url, 'sysadmin');
    await heading(page, '您好，赵系统');
    const role = page.getByRole('main');
    await role.getByText('天津市司法局', { exact: true }).waitFor();
    await role.getByText('系统管理员', { exact: true }).waitFor();
    await role.getByText('全市', { exact: true }).waitFor();
    await page.getByRole('navigation', { name: '主菜单' }).getByText('系统管理').waitFor();
    await checkPage(page, 'staff-login-2-workbench');
    expect(errors).toEqual([]);
  });

  it('2. a new account must change its password; the policy is enforced on the field', async () => {
    const page = adminPage;
    await page.goto(`${server.url}/workbench/admin/users`);
    await heading(page, '用户管理');
    await checkPage(page, 'forced-change-1-users');

    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await dialog.getByLabel('用户名').fill(newUser.username);
    await dialog.getByLabel('姓名').fill(newUser.displayName);
    await dialog.getByLabel('所属机构').click();
    await page.getByRole('treeitem', { name: '天津市司法局' }).click();
    // axe reads the tree's ARIA references while the dropdown's closing animation removes them
    // (aria-valid-attr-value on #user-create_orgId, CI 2026-11-29): check once it has closed.
    await expect.poll(() => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count()).toBe(0);
    await checkPage(page, 'forced-change-2-create-modal');
    await dialog.getByRole('button', { name: cn('确定') }).click();

    const shown = page.getByRole('dialog', { name: `用户「${newUser.displayName}」已创建` });
    await shown.waitFor();
    initialPassword = (await shown.locator('[data-value]').getAttribute('data-value')) ?? '';
    expect(initialPassword.length).toBeGreaterThanOrEqual(10);
    await checkPage(page, 'forced-change-3-initial-password');
    await shown.getByRole('button', { name: cn('关闭') }).click();
    await shown.waitFor({ state: 'hidden' });

    // The newcomer, in a browser of their own.
    const ctx = await newContext(browser);
    try {
      const user = await ctx.newPage();
      await submitStaffLogin(user, server.url, newUser.username, initialPassword);
      await user.waitForURL(/\/change-password$/);
      await heading(user, '修改密码');
      await user.getByText('首次登录或密码被重置后须先设置新密码').waitFor();
      await checkPage(user, 'forced-change-4-page');

      const submit = user.getByRole('button', { name: '修改密码' });
      await user.getByLabel('当前密码').fill(initialPassword);
      await user.getByLabel('新密码', { exact: true }).fill('abc123');
      await user.getByLabel('确认新密码').fill('abc123');
      await submit.click();
      await user.getByText('新密码不符合密码要求').waitFor();
      await expect.poll(() => user.getByLabel('新密码', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      await user.getByText('至少 10 个字符（未满足）').waitFor();
      await checkPage(user, 'forced-change-5-weak-password');

      // Passes the rules the browser can check, but it is the current password: the server refuses it on the field.
      await user.getByLabel('新密码', { exact: true }).fill(initialPassword);
      await user.getByLabel('确认新密码').fill(initialPassword);
      const refused = user.waitForResponse((r) => r.url().endsWith('/api/auth/password'));
      await submit.click();
      const answer = await refused;
      expect(answer.status()).toBe(400);
      const problem = ((await answer.json()) as { error: { code: string; message: string; field: string } }).error;
      expect(problem).toMatchObject({ code: 'PASSWORD_POLICY', field: 'newPassword' });
      await user.getByText(problem.message, { exact: true }).waitFor();
      await expect.poll(() => user.getByLabel('新密码', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      await checkPage(user, 'forced-change-6-server-policy');

      const strong = 'Haihe#River2026';
      await user.getByLabel('新密码', { exact: true }).fill(strong);
      await user.getByLabel('确认新密码').fill(strong);
      await submit.click();
      await user.waitForURL(/\/workbench$/);
      await heading(user, `您好，${newUser.displayName}`);
      await checkPage(user, 'forced-change-7-workbench');
    } finally {
      await ctx.close();
    }
  });

  it('3. five wrong passwords lock the account: the sixth attempt, even right, is refused as locked', async () => {
    const ctx = await newContext(browser);
    try {
      const page = await ctx.newPage();
      await page.goto(`${server.url}/login`);
      const statuses: number[] = [];
      for (let i = 1; i <= 5; i++) {
        const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
        await submitStaffLogin(page, server.url, 'hexi.office', `Wrong#Password${i}`);
        statuses.push((await answer).status());
        await page.getByRole('alert').waitFor();
      }
      expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
      await checkPage(page, 'lockout-1-wrong-password');

      const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
      await submitStaffLogin(page, server.url, 'hexi.office');
      expect((await answer).status()).toBe(423);
      await page.getByRole('alert').filter({ hasText: '锁定' }).waitFor();
      expect(page.url()).toMatch(/\/login$/);
      await checkPage(page, 'lockout-2-locked');
    } finally {
      await ctx.close();
    }
  });
});
