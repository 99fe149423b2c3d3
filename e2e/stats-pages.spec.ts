import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, watchConsole } from './support/browser';
import { heading, staffLogin } from './support/journey';
import { startServer } from './support/server';

/**
 * The statistics pages and case filters built on the shared web parts (StatsParts, CaseListFilterForm)
 * render in Chinese for their readers: heading, filter card, metric table with its total row.
 */
const pages = [
  { user: 'leader', path: '/workbench/legal-aid/stats', title: '法律援助统计', shot: 'stats-legal-aid-stats', table: '法律援助中心' },
  { user: 'city.mediation', path: '/workbench/mediation/stats', title: '人民调解统计', shot: 'stats-mediation-stats', table: '区' },
  { user: 'city.hotline', path: '/workbench/hotline/stats', title: /统计/, shot: 'stats-hotline-stats', table: null },
  { user: 'leader', path: '/workbench/reconsideration/stats', title: '行政复议统计', shot: 'stats-recon-stats', table: '区（地区）' },
];

async function open(page: Page, base: string, path: string) {
  await page.goto(`${base}${path}`);
  await page.waitForLoadState('networkidle');
}

it('stats pages and case filters render with the shared parts', { timeout: 240_000 }, async () => {
  const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  try {
    for (const p of pages) {
      const page = await (await newContext(browser, { locale: 'zh-CN' })).newPage();
      page.setDefaultTimeout(20_000);
      const errors = watchConsole(page);
      await staffLogin(page, server.url, p.user);
      await open(page, server.url, p.path);
      await heading(page, p.title);
      if (p.table) await expect(page.getByRole('region', { name: p.table }).getByRole('table').first().isVisible()).resolves.toBe(true);
      await expect(
        page
          .getByRole('button', { name: /查\s*询|刷\s*新/ })
          .first()
          .isVisible(),
      ).resolves.toBe(true);
      await screenshot(page, p.shot);
      expect(errors).toEqual([]);
    }
    for (const [user, path, name, shot, column] of [
      ['city.mediation', '/workbench/mediation/cases', 'med-case-filters', 'stats-mediation-filters', 2],
      ['hexi.head', '/workbench/reconsideration/cases', 'recon-case-filters', 'stats-recon-filters', null],
    ] as const) {
      const page = await (await newContext(browser, { locale: 'zh-CN' })).newPage();
      page.setDefaultTimeout(20_000);
      await staffLogin(page, server.url, user);
      await open(page, server.url, path);
      const form = page.locator(`form#${name}`);
      await form.getByLabel('关键字').fill('王');
      await form.getByRole('button', { name: /搜\s*索|查\s*询/ }).click();
      await page.waitForURL(/q=/);
      await page.waitForLoadState('networkidle');
      await screenshot(page, shot);
      // The keyword reached the list: every mediation case listed names it among its parties (the
      // reconsideration search also matches names the list does not show, e.g. agents).
      if (column)
        for (const text of await page.locator(`.ant-table-tbody tr.ant-table-row td:nth-child(${column})`).allInnerTexts())
          expect(text).toContain('王');
    }
  } finally {
    await browser.close();
    await server.stop();
  }
});
