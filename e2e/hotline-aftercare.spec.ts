import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, watchConsole } from './support/browser';
import { checkPage, cn, heading, staffApi, staffLogin } from './support/journey';
import { startServer } from './support/server';

/**
 * Hotline aftercare pages (H2): the city 12348 supervisor opens a recorded follow-up draw and sees it
 * verified (复核一致, with the steps); sends a closed ticket's survey SMS again after confirming; and
 * picks a person for a shift from the eligible agents and lawyers. No assertion depends on a date.
 */
const settle = async (page: Page) => {
  await page.mouse.move(0, page.viewportSize()!.height - 1);
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 3000 })
    .catch(() => undefined);
};

it('follow-up draw verification, survey resend, roster person picker', { timeout: 300_000 }, async () => {
  const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  let page: Page | undefined;
  try {
    // A fresh closed ticket of 河西 with a mobile caller: its survey SMS can be sent again.
    const agentApi = await staffApi(server.url, 'hexi.agent');
    const tk = await agentApi.post<{ id: string; number: string; version: number }>('/hotline/tickets', {
      channel: 'walkIn',
      callerName: '周女士',
      callerPhone: '13922001133',
      category: 'labour',
      question: '单位不给缴社保，我能要求补缴吗？',
      answer: '可向社会保险费征收机构投诉，要求单位补缴。',
    });
    await agentApi.post(`/hotline/tickets/${tk.id}/close`, { version: tk.version });
    await agentApi.dispose();

    page = await (await newContext(browser, { locale: 'zh-CN' })).newPage();
    page.setDefaultTimeout(30_000);
    const errors = watchConsole(page);
    await staffLogin(page, server.url, 'city.hotline');

    await page.goto(`${server.url}/workbench/hotline/followups`);
    await heading(page, '回访抽样');
    await page.getByRole('button', { name: cn('抽样记录') }).click();
    const draws = page.getByRole('dialog', { name: '抽样记录' });
    await draws
      .getByRole('button', { name: cn('复核') })
      .first()
      .click();
    const verify = page.getByRole('dialog', { name: '回访抽样复核' });
    await verify.getByText('复核一致').first().waitFor();
    await expect(verify.getByText(/不含此前抽样中已抽中回访的工单/).isVisible()).resolves.toBe(true);
    await expect(verify.getByRole('listitem').filter({ hasText: '种子 = SHA-256' }).count()).resolves.toBe(1);
    await settle(page);
    await checkPage(page, 'hl-aftercare-followup-draw-verified');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    await page.goto(`${server.url}/workbench/hotline/tickets/${tk.id}`);
    await heading(page, new RegExp(tk.number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await page.getByRole('button', { name: /重\s*发\s*评\s*价\s*短\s*信/ }).click();
    await page.getByText('重发满意度评价短信？').waitFor();
    await page.getByRole('button', { name: /^确\s*定$|^OK$/ }).click();
    await page.getByText(/评价短信已重发/).waitFor();
    await settle(page);
    await checkPage(page, 'hl-aftercare-survey-resent');

    await page.goto(`${server.url}/workbench/hotline/rosters`);
    await heading(page, '值班排班和工作量');
    await page
      .getByRole('button', { name: /安\s*排\s*值\s*班/ })
      .first()
      .click();
    const add = page.getByRole('dialog', { name: '安排值班' });
    await add.getByRole('combobox', { name: '人员' }).click();
    const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    await options.first().waitFor();
    await expect(options.filter({ hasText: '公共法律服务中心' }).count()).resolves.toBeGreaterThan(0);
    await settle(page);
    await checkPage(page, 'hl-aftercare-roster-picker');
    expect(errors).toEqual([]);
  } catch (e) {
    if (page) await screenshot(page, 'hl-aftercare-failed').catch(() => undefined);
    throw e;
  } finally {
    await browser.close();
    await server.stop();
  }
});
