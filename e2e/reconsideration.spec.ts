import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, watchConsole } from './support/browser';
import { checkPage, cn, eventually, heading, pickOption, staffApi, staffLogin } from './support/journey';
import { startServer, type RunningServer } from './support/server';

/**
 * The reconsideration journey (issue 4, "Tests"): a citizen applies online → the handler sends a
 * correction notice → the citizen corrects → accepted (ordinary) → copy to the respondent, whose
 * staff reply in the workbench → a hearing is noticed, held and recorded → a revocation (撤销) is
 * drafted, approved by the office head and the authority head, issued and served → the citizen
 * acknowledges and opens it in the portal inbox; and a case going overdue shows on the workbench.
 *
 * The server runs with TEST_CLOCK=on: every phase sets the server's clock (Beijing working days in
 * December 2026), so the statutory periods are deterministic. Sessions do not survive a moved clock
 * (idle timeout), so each phase signs in afresh. Dates in forms are typed explicitly, because the
 * browser keeps the real date.
 */
const phone = '13900001111';
const applicant = '李明远';
const respondent = '天津市河西区市场监督管理局';
const body = '天津市河西区司法局';

/** Beijing 10:00 on a day of the journey. */
const at = (day: string) => `${day}T10:00:00+08:00`;
const day = {
  apply: '2026-11-30', // Monday
  notice: '2026-12-01',
  correct: '2026-12-02',
  accept: '2026-12-03',
  hearing: '2026-12-11', // notice served 12-03: 6 working days ahead (第五十一条: at least 5)
};

describe('reconsideration: from the online application to the served decision', () => {
  let server: RunningServer;
  let browser: Browser;
  let caseId = '';

  const setClock = async (iso: string) => {
    const res = await fetch(`${server.url}/api/system/test-clock`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ now: iso }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
  };

  /** A fresh browser context (sessions expire when the clock moves), with console watching. */
  let current: Page | undefined;
  const session = async (): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    current = page;
    page.setDefaultTimeout(15000);
    return { ctx, page, errors: watchConsole(page) };
  };

  /** The citizen signs in with the SMS code the dev outbox shows the system administrator. */
  const citizenSignIn = async (page: Page) => {
    await page.goto(`${server.url}/portal/login`);
    await heading(page, '手机号登录');
    await page.getByLabel('手机号码').fill(phone);
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/citizen/sms-code'));
    await page.getByRole('button', { name: '获取验证码' }).click();
    expect((await sent).status()).toBe(204);
    const admin = await staffApi(server.url, 'sysadmin');
    const code = await eventually(async () => {
      const outbox = await admin.get<{ items: { body: string; createdAt?: string }[] }>(`/sms/outbox?phone=${phone}`);
      const found = outbox.items.map((m) => m.body.match(/(?<!\d)\d{6}(?!\d)/)?.[0]).find(Boolean);
      if (!found) throw new Error('no code yet');
      return found;
    });
    await admin.dispose();
    await page.getByLabel('短信验证码').fill(code);
    await page.getByRole('button', { name: cn('登录') }).click();
    await page.waitForURL(/\/portal$/);
  };

  /** The workbench case page of the journey's case, on one tab. */
  const openCase = async (page: Page, tab: '概况' | '受理审查' | '审理' | '决定' | '文书与送达') => {
    await page.goto(`${server.url}/workbench/reconsideration/cases/${caseId}`);
    await heading(page, new RegExp(applicant));
    await page.getByRole('tab', { name: tab }).click();
  };

  /** The workbench case list filtered by case number and 期限 = 已逾期 (waits for the filtered answer). */
  const filterOverdue = async (page: Page, caseNumber: string) => {
    await page.goto(`${server.url}/workbench/reconsideration/cases`);
    const filters = page.getByRole('form', { name: '筛选条件' });
    await filters.getByLabel('关键字').fill(caseNumber);
    await pickOption(page, filters.getByRole('combobox', { name: /^期限/ }), '已逾期');
    const listed = page.waitForResponse((r) => r.url().includes('/api/reconsideration/cases?') && r.url().includes('deadline=overdue'));
    await filters.getByRole('button', { name: cn('查询') }).click();
    expect((await listed).ok()).toBe(true);
  };

  /** The home page's todo row of a case (the card lists 10 a page, earliest due first). */
  const todoOf = (page: Page, caseNumber: string) =>
    page
      .locator('.ant-card')
      .filter({ has: page.getByRole('heading', { name: '待办事项' }) })
      .getByRole('row')
      .filter({ hasText: caseNumber });

  /** checkPage once fades have finished (lists and tables fade in from their loading state), so the screenshot shows the settled page. */
  const look = async (page: Page, name: string) => {
    await page
      .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 3000 })
      .catch(() => undefined);
    await checkPage(page, name);
  };

  /** An open dialog by its title. */
  const dialog = (page: Page, title: string | RegExp) => page.getByRole('dialog', { name: title });

  /** Types a date into an Ant Design date picker (YYYY-MM-DD) and confirms it. */
  const typeDate = async (input: Locator, date: string) => {
    await input.click();
    await input.fill(date);
    await input.press('Enter');
    await expect.poll(() => input.inputValue()).toContain(date.slice(0, 4));
  };

  /** Submits a dialog and waits until it is gone. */
  const submitDialog = async (d: Locator, button = '提交') => {
    await d.getByRole('button', { name: cn(button) }).click();
    await d.waitFor({ state: 'hidden' });
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ TEST_CLOCK: 'on' }), launchBrowser()]);
  });
  // One journey: each phase builds on the one before. A phase is skipped only after an earlier phase has
  // failed (the run is already red and the failure is reported); on a green run every phase runs.
  let broken = false;
  beforeEach((t) => {
    if (broken) t.skip();
  });
  afterEach(async (t) => {
    if (t.task.result?.state !== 'fail') return;
    broken = true;
    if (current && !current.isClosed()) await screenshot(current, 'recon-failed').catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('1. a citizen applies online against the district market regulator', async () => {
    await setClock(at(day.apply));
    const { ctx, page, errors } = await session();
    await citizenSignIn(page);
    await page.goto(`${server.url}/portal/reconsideration/apply`);
    await heading(page, '在线申请行政复议');
    const next = () => page.getByRole('button', { name: cn('下一步') }).click();
    const step = (n: number) => page.getByRole('heading', { level: 2, name: new RegExp(`^第 ${n} 步`) }).waitFor();

    await page.getByLabel('姓名', { exact: true }).fill(applicant);
    await page.getByLabel('身份证号码', { exact: true }).fill('11010519491231002X');
    await page.getByLabel('联系电话', { exact: true }).fill(phone);
    await page.getByLabel('住址（送达地址）').fill('天津市河西区友谊路 20 号');
    await look(page, 'recon-1-apply-applicant');
    await next();
    await step(2);
    await next();
    await step(3);

    const search = page.getByLabel('被申请人（作出行政行为的机关）', { exact: true });
    await search.click();
    await search.fill('河西区市场监督');
    const popup = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
    await popup.getByText(respondent, { exact: true }).click();
    await pickOption(page, page.getByLabel('向哪个复议机关申请', { exact: true }), body);
    await look(page, 'recon-1-apply-respondent');
    await next();
    await step(4);

    await pickOption(page, page.getByLabel('行政行为的种类', { exact: true }), '行政处罚');
    await page.getByLabel('决定书文号（没有可不填）').fill('津西市监罚〔2026〕118号');
    await typeDate(page.getByLabel('行政行为作出日期', { exact: true }), '2026-11-10');
    await typeDate(page.getByLabel('您知道这个行为的日期', { exact: true }), '2026-11-12');
    await page.getByLabel('罚款或涉及的金额（元，没有可不填）').fill('20000');
    await look(page, 'recon-1-apply-act');
    await next();
    await step(5);

    await page.getByLabel('复议请求（您希望复议机关怎么处理）').fill('请求撤销津西市监罚〔2026〕118号行政处罚决定。');
    await page
      .getByLabel('事实和理由', { exact: true })
      .fill('被申请人认定本店销售过期食品，但涉案商品系供应商退货待处理商品，已单独存放并标明“退货”，未用于销售。处罚认定事实不清。');
    await next();
    await step(6);
    await next();
    await step(7);
    await page.locator('.ant-descriptions-item-content').filter({ hasText: respondent }).waitFor();
    await look(page, 'recon-1-apply-review');

    await page.getByRole('button', { name: cn('确认提交') }).click();
    await page.waitForURL(/\/portal\/reconsideration\/cases\/[^/]+$/);
    caseId = page.url().split('/').pop()!;
    await heading(page, '我的复议申请详情');
    await page.getByText(respondent).first().waitFor();
    await look(page, 'recon-1-portal-case-received');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('2. the handler sends one correction notice listing every item (第三十一条)', async () => {
    expect(caseId).not.toBe('');
    await setClock(at(day.notice));
    const { ctx, page, errors } = await session();
    await staffLogin(page, server.url, 'hexi.handler');
    await openCase(page, '受理审查');
    await look(page, 'recon-2-acceptance-tab');

    await page.getByRole('button', { name: cn('补正通知') }).click();
    const d = dialog(page, '补正通知');
    await d.getByRole('textbox', { name: '事项 1' }).fill('请补充提交被申请人作出的行政处罚决定书复印件。');
    await d.getByRole('button', { name: /添加事项/ }).click();
    await d.getByRole('textbox', { name: '事项 2' }).fill('请提交涉案商品为退货商品的证明材料（退货单等）。');
    await look(page, 'recon-2-correction-dialog');
    await submitDialog(d, '确定');
    await page.getByText('补正通知已发出').waitFor();
    await page.getByRole('row').filter({ hasText: '待补正' }).waitFor();
    await look(page, 'recon-2-correction-sent');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('3. the citizen corrects in the portal', async () => {
    await setClock(at(day.correct));
    const { ctx, page, errors } = await session();
    await citizenSignIn(page);
    await page.goto(`${server.url}/portal/reconsideration/cases/${caseId}`);
    await heading(page, '我的复议申请详情');
    await page.getByText('请提交涉案商品为退货商品的证明材料（退货单等）。').waitFor();
    await look(page, 'recon-3-portal-correction-open');

    await page.getByLabel('补正说明').fill('已补充处罚决定书复印件及供应商退货单（编号 TH-20261105）。');
    await page.getByRole('button', { name: cn('提交补正') }).click();
    await page.getByText('补正已提交，复议机关将重新审查').waitFor();
    await page.getByRole('paragraph').filter({ hasText: '补正日期：2026年12月2日' }).waitFor();
    await look(page, 'recon-3-portal-corrected');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('4. the handler accepts (ordinary procedure) and sends the copy to the respondent (第四十八条)', async () => {
    await setClock(at(day.accept));
    const { ctx, page, errors } = await session();
    await staffLogin(page, server.url, 'hexi.handler');
    await openCase(page, '受理审查');
    await page.getByRole('row').filter({ hasText: '已补正' }).waitFor();
    await page.getByRole('button', { name: cn('受理') }).click();
    const accept = dialog(page, '受理');
    await accept.getByRole('radio', { name: '普通程序' }).check();
    await look(page, 'recon-4-accept-dialog');
    await submitDialog(accept, '受理');
    await page.getByText('已受理').first().waitFor();

    await page.getByRole('tab', { name: '审理' }).click();
    await page.getByRole('button', { name: cn('发送申请书副本') }).click();
    const copy = dialog(page, '发送申请书副本');
    await typeDate(copy.getByLabel('发送日期'), day.accept);
    await typeDate(copy.getByLabel('被申请人收到日期'), day.accept);
    await submitDialog(copy);
    await page.getByText('待答复').first().waitFor();
    await look(page, 'recon-4-copy-sent');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('5. the respondent agency replies in the workbench with evidence', async () => {
    const { ctx, page, errors } = await session();
    await staffLogin(page, server.url, 'hexi.agency');
    await page.goto(`${server.url}/workbench/reconsideration/cases`);
    // The agency sees only cases against it; the row's link is the case number.
    const row = page.getByRole('row').filter({ hasText: applicant });
    await row.first().waitFor();
    await look(page, 'recon-5-agency-case-list');
    await row.first().getByRole('link').first().click();
    await heading(page, new RegExp(applicant));
    await page.getByRole('tab', { name: '审理' }).click();
    await page.getByRole('button', { name: cn('提交答复') }).click();
    const reply = dialog(page, '提交答复');
    await reply
      .getByLabel('答复内容')
      .fill('本局依法查处，涉案商品摆放于销售区货架，现场检查笔录、照片为证，处罚认定事实清楚、程序合法，请求维持。');
    await reply
      .locator('input[type=file]')
      .setInputFiles({ name: '现场检查笔录.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%evidence\n') });
    await reply.getByText('现场检查笔录.pdf').waitFor();
    await look(page, 'recon-5-reply-dialog');
    await submitDialog(reply);
    await page.getByText('已答复').first().waitFor();
    await look(page, 'recon-5-replied');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('6. a hearing is noticed at least 5 working days ahead, held, and its record entered', async () => {
    let { ctx, page, errors } = await session();
    await staffLogin(page, server.url, 'hexi.handler');
    await openCase(page, '审理');
    await page.getByRole('button', { name: cn('安排听取意见或听证') }).click();
    const d = dialog(page, '安排听取意见或听证');
    await d.getByRole('radio', { name: /^听证/ }).check();
    await typeDate(d.getByLabel('日期', { exact: true }), day.hearing);
    await d.getByLabel('地点').fill('河西区司法局第一听证室');
    await d.getByLabel('听证事项').fill('涉案商品是否用于销售；处罚认定的事实和证据。');
    await d.getByLabel('主持人').fill('冯复议');
    await d.getByLabel('听证员 1').fill('吴承办');
    await d.getByLabel('听证员 2').fill('周律师');
    await d.getByLabel('记录员').fill('郑书记');
    await typeDate(d.getByLabel('通知送达日期'), day.accept);
    await look(page, 'recon-6-hearing-dialog');
    await submitDialog(d);
    await page.getByRole('button', { name: cn('录入笔录') }).waitFor();
    await look(page, 'recon-6-hearing-scheduled');
    await ctx.close();
    expect(errors).toEqual([]);

    await setClock(at(day.hearing));
    ({ ctx, page, errors } = await session());
    await staffLogin(page, server.url, 'hexi.handler');
    await openCase(page, '审理');
    await page.getByRole('button', { name: cn('录入笔录') }).click();
    const rec = dialog(page, '录入笔录');
    await typeDate(rec.getByLabel('举行日期'), day.hearing);
    await rec.getByLabel('记录').fill('听证会按时举行。申请人出示供应商退货单；被申请人出示现场照片。双方进行了质证和辩论。');
    await submitDialog(rec);
    await page.getByText('听证会按时举行', { exact: false }).waitFor();
    await look(page, 'recon-6-hearing-recorded');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('7. a revocation (撤销) is drafted, approved by office head and authority head, issued and served', async () => {
    // The handler drafts and submits.
    let { ctx, page, errors } = await session();
    await staffLogin(page, server.url, 'hexi.handler');
    await openCase(page, '决定');
    await page.getByRole('button', { name: cn('拟制决定') }).click();
    const draft = dialog(page, '拟制决定');
    await draft.getByLabel('决定理由').waitFor(); // the dialog is open
    await eventually(async () => {
      const types = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
      if (!(await types.isVisible())) await draft.getByLabel('决定类型').click();
      await types
        .locator('.ant-select-item-option')
        .filter({ hasText: /^撤销（/ })
        .click({ timeout: 2000 });
      await draft.locator('.ant-select-content[title^="撤销（"]').waitFor({ timeout: 2000 });
    });
    await draft
      .getByLabel('决定理由')
      .fill('经审理查明，涉案商品系供应商退货待处理商品，已单独存放并标明“退货”，被申请人认定申请人销售过期食品的主要事实不清、证据不足。');
    await look(page, 'recon-7-draft-dialog');
    await submitDialog(draft);
    await page.getByRole('button', { name: cn('提交审批') }).click();
    await page.getByText('待机构负责人审核').first().waitFor();
    await look(page, 'recon-7-draft-submitted');
    expect(errors).toEqual([]);
    await ctx.close();

    // 复议机构负责人审核, then 复议机关负责人批准 (第六十一条).
    for (const [user, after] of [
      ['hexi.head', '待机关负责人批准'],
      ['hexi.approver', '已批准，待制发'],
    ] as const) {
      ({ ctx, page, errors } = await session());
      await staffLogin(page, server.url, user);
      await openCase(page, '决定');
      await page.getByRole('button', { name: cn('审批') }).click();
      const approval = dialog(page, /^审批：/);
      await approval.getByRole('radio', { name: '同意' }).check();
      await approval.getByLabel('意见').fill('同意。');
      await look(page, `recon-7-approval-${user}`);
      await submitDialog(approval);
      await page.getByText(after).first().waitFor();
      expect(errors).toEqual([]);
      await ctx.close();
    }

    // The handler issues it: the decision document is generated and served (第七十五条).
    ({ ctx, page, errors } = await session());
    await staffLogin(page, server.url, 'hexi.handler');
    await openCase(page, '决定');
    await page.getByRole('button', { name: cn('制发决定书') }).click();
    const issue = dialog(page, '制发决定书');
    await typeDate(issue.getByLabel('决定日期'), day.hearing);
    await submitDialog(issue);
    await page.getByText('已制发').first().waitFor();
    await page.getByRole('link', { name: '下载' }).first().waitFor();
    await look(page, 'recon-7-issued');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('8. the citizen acknowledges and opens the decision in the portal inbox', async () => {
    const { ctx, page, errors } = await session();
    await citizenSignIn(page);
    await page.goto(`${server.url}/portal/inbox`);
    await heading(page, '我的送达文书');
    const item = page
      .locator('.ant-list-item')
      .filter({ hasText: /决定书/ })
      .first();
    await item.waitFor();
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await look(page, 'recon-8-inbox');
    await item.getByRole('button', { name: '签收并查看' }).click();
    const confirm = page.getByRole('dialog', { name: /确认签收/ });
    await look(page, 'recon-8-inbox-confirm');
    // Acknowledging opens the file: the served .docx arrives as a download.
    const download = page.waitForEvent('download');
    const acknowledged = page.waitForResponse((r) => r.url().includes('/acknowledge'));
    await confirm.getByRole('button', { name: /签收并查看/ }).click();
    expect((await acknowledged).ok()).toBe(true);
    expect((await download).suggestedFilename()).toMatch(/^行政复议决定书.*\.docx$/);

    await page.goto(`${server.url}/portal/inbox`);
    await heading(page, '我的送达文书');
    await page
      .locator('.ant-list-item')
      .filter({ hasText: /决定书/ })
      .first()
      .getByText(/已签收/)
      .waitFor();
    await look(page, 'recon-8-inbox-acknowledged');

    await page.goto(`${server.url}/portal/reconsideration/cases/${caseId}`);
    await heading(page, '我的复议申请详情');
    await page.getByText('复议机关已作出复议决定，请查看送达的决定书。').waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: /^行政复议决定书/ })
      .getByText('已签收')
      .waitFor();
    await look(page, 'recon-8-portal-case-closed');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('9. a case whose decision period lapses shows as overdue on the workbench', async () => {
    // A running demo case of 河西 with the nearest decision due date still ahead (the clock is at day.hearing).
    const api = await staffApi(server.url, 'hexi.handler');
    type Item = { id: string; caseNumber: string | null; decisionDueOn: string | null };
    const running: Item[] = [];
    for (const state of ['accepted', 'deciding']) {
      running.push(...(await api.get<{ items: Item[] }>(`/reconsideration/cases?state=${state}&pageSize=100`)).items);
    }
    await api.dispose();
    const target = running
      .filter((c) => c.caseNumber && c.decisionDueOn && c.decisionDueOn > day.hearing)
      .sort((a, b) => a.decisionDueOn!.localeCompare(b.decisionDueOn!))[0];
    expect(target, 'a running case due soon').toBeDefined();

    // Before the due date: its todo on the home page is not overdue, and the 已逾期 filter does not find it.
    const { ctx, page, errors } = await session();
    await staffLogin(page, server.url, 'hexi.handler');
    const todo = todoOf(page, target!.caseNumber!);
    await todo.waitFor();
    expect(await todo.textContent()).not.toContain('已逾期');
    await look(page, 'recon-9-home-before');
    await filterOverdue(page, target!.caseNumber!);
    await page.locator('.ant-empty-description').filter({ hasText: '暂无数据' }).waitFor();
    await ctx.close();

    // The day after the due date: its todo on the home page says 已逾期, and the same filter finds the case.
    const after = new Date(`${target!.decisionDueOn}T10:00:00+08:00`);
    after.setUTCDate(after.getUTCDate() + 1);
    await setClock(after.toISOString());
    const s = await session();
    await staffLogin(s.page, server.url, 'hexi.handler');
    await todoOf(s.page, target!.caseNumber!).filter({ hasText: '已逾期' }).waitFor();
    await look(s.page, 'recon-9-home-overdue');
    await filterOverdue(s.page, target!.caseNumber!);
    const row = s.page.getByRole('row').filter({ hasText: target!.caseNumber! });
    await row.waitFor();
    await look(s.page, 'recon-9-list-overdue');
    expect([...errors, ...s.errors]).toEqual([]);
    await s.ctx.close();
  });
});
