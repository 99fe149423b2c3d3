import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, watchConsole } from './support/browser';
import { checkPage, cn, eventually, heading } from './support/journey';
import { startServer, type RunningServer } from './support/server';

/** The portal's 法律法规库 at phone width: full-text search of the articles, then the law page at the hit. */
describe('portal law library on a phone', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('searches 复议申请期限, finds 行政复议法 第二十条 and opens it in the law', async () => {
    const ctx = await newContext(browser, { mobile: true });
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(`${server.url}/portal`);
    await heading(page, '公共法律服务');
    await page.getByRole('link', { name: /法律法规库/ }).click();
    await page.waitForURL(/\/portal\/laws$/);
    await heading(page, '法律法规库');
    // Without a query: the catalogue by category, with status tags.
    await page.getByRole('heading', { level: 2, name: /行政法规/ }).waitFor();
    await page.getByRole('link', { name: '行政复议法', exact: true }).waitFor();
    await checkPage(page, 'laws-1-catalogue');

    await page.getByLabel('搜索法条').fill('复议申请期限');
    await page.getByRole('button', { name: cn('搜索') }).click();
    await page.waitForURL(/\/portal\/laws\?q=/);
    await page.getByText(/共找到 \d+ 条相关条文/).waitFor();
    const hit = page.getByRole('link', { name: '行政复议法 第二十条' });
    await hit.waitFor();
    // The snippet keeps the server's <mark> highlighting and nothing else.
    const snippet = page.locator('li', { has: hit }).locator('.tp-law-snippet');
    expect(await snippet.locator('mark').count()).toBeGreaterThan(0);
    expect(await snippet.locator(':not(mark)').count()).toBe(0);
    await checkPage(page, 'laws-2-search');

    await hit.click();
    await page.waitForURL(/\/portal\/laws\/[0-9A-Z]+#article-[0-9A-Z]+$/);
    await heading(page, '中华人民共和国行政复议法');
    const article = page.locator('article#a20');
    await article.getByRole('heading', { name: '第二十条' }).waitFor();
    await expect.poll(() => article.textContent()).toContain('六十日内提出行政复议申请');
    // The article is brought into view and focused; its paragraphs are kept apart.
    await eventually(async () => expect(await page.evaluate(() => document.activeElement?.id)).toBe('a20'));
    expect(await article.locator('p').count()).toBe(3);
    await checkPage(page, 'laws-3-law-article');

    // A deep link by article number works too, and the outline lists the chapters.
    await page.goto(`${server.url}${new URL(page.url()).pathname}#a20`);
    await heading(page, '中华人民共和国行政复议法');
    await eventually(async () => expect(await page.evaluate(() => document.activeElement?.id)).toBe('a20'));
    await page.getByText('目录', { exact: true }).click();
    await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '第三节 申请的提出' }).waitFor();
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
