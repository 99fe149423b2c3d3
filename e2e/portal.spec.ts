import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, watchConsole } from './support/browser';
import { checkPage, cn, eventually, heading, staffApi, type StaffApi } from './support/journey';
import { startServer, type RunningServer } from './support/server';

/** Journeys 8–9 at phone width (390×844): citizen SMS sign-in through the dev outbox, and 长辈模式. */
describe('portal on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: StaffApi;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    admin = await staffApi(server.url, 'sysadmin');
  });
  afterAll(async () => {
    await admin?.dispose();
    await browser?.close();
    await server?.stop();
  });

  const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

  it('8. a citizen signs in with the SMS code read from the dev outbox', async () => {
    const ctx = await newContext(browser, { mobile: true });
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    const phone = '13812345678';
    await page.goto(`${server.url}/portal`);
    await heading(page, '公共法律服务');
    await checkPage(page, 'citizen-sms-1-portal');
    await page.getByRole('banner').getByRole('link', { name: '登录' }).click();
    await page.waitForURL(/\/portal\/login$/);
    await heading(page, '手机号登录');
    await checkPage(page, 'citizen-sms-2-form');

    await page.getByLabel('手机号码').fill(phone);
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/citizen/sms-code'));
    await page.getByRole('button', { name: '获取验证码' }).click();
    expect((await sent).status()).toBe(204);
    await page.getByText('验证码已发送，5 分钟内有效').waitFor();
    await page.getByRole('button', { name: /秒后可重新获取/ }).waitFor();
    await checkPage(page, 'citizen-sms-3-code-sent');

    const code = await eventually(async () => {
      const outbox = await admin.get<{ items: { body: string; template: string }[] }>(`/sms/outbox?phone=${phone}`);
      const found = outbox.items.map((m) => m.body.match(/(?<!\d)\d{6}(?!\d)/)?.[0]).find(Boolean);
      if (!found) throw new Error(`no code yet in ${JSON.stringify(outbox.items)}`);
      return found;
    });
    await page.getByLabel('短信验证码').fill(code);
    await page.getByRole('button', { name: cn('登录') }).click();
    await page.waitForURL(/\/portal$/);
    const banner = page.getByRole('banner');
    await banner.getByText(/^已登录：138\*+5678$/).waitFor();
    await banner.getByRole('button', { name: cn('退出') }).waitFor();
    await checkPage(page, 'citizen-sms-4-signed-in');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('9. 长辈模式 enlarges the type (≥ 20px) and survives a reload', async () => {
    const ctx = await newContext(browser, { mobile: true });
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(`${server.url}/portal`);
    await heading(page, '公共法律服务');
    const before = await rootFontSize(page);
    expect(before).toBeLessThan(20);
    const toggle = page.getByRole('switch', { name: '长辈模式' });
    expect(await toggle.getAttribute('aria-checked')).toBe('false');

    await toggle.click();
    await eventually(async () => expect(await toggle.getAttribute('aria-checked')).toBe('true'));
    await eventually(async () => expect(await rootFontSize(page)).toBeGreaterThanOrEqual(20));
    await checkPage(page, 'elder-mode-1-on');

    await page.reload();
    await heading(page, '公共法律服务');
    await eventually(async () => expect(await page.getByRole('switch', { name: '长辈模式' }).getAttribute('aria-checked')).toBe('true'));
    expect(await rootFontSize(page)).toBeGreaterThanOrEqual(20);
    await checkPage(page, 'elder-mode-2-after-reload');

    await page.goto(`${server.url}/portal/login`);
    await heading(page, '手机号登录');
    expect(await rootFontSize(page)).toBeGreaterThanOrEqual(20);
    await checkPage(page, 'elder-mode-3-login');

    await page.getByRole('switch', { name: '长辈模式' }).click();
    await eventually(async () => expect(await rootFontSize(page)).toBeLessThan(20));
    await screenshot(page, 'elder-mode-4-off');
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
