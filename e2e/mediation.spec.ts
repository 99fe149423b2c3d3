import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launchBrowser, screenshot, watchConsole } from './support/browser';
import { cn, heading, staffApi, staffLogin } from './support/journey';
import { startServer, type RunningServer } from './support/server';

/**
 * The people's mediation journey (issue 5, "Tests"): a court refers a dispute through the API with its
 * own token (诉调对接) → the street committee (下瓦房街道司法所) accepts it in the workbench → both
 * parties' consent is recorded → a session is recorded on a phone (375 px) → a written agreement is
 * signed and generated → judicial confirmation is offered with its last day → the outcome is visible
 * to the court's token; and a party's refusal ends a second case with the notice of other channels.
 *
 * The server runs on the real clock (the forms default to the browser's today, which must agree with
 * the server's); no assertion depends on a date.
 */
const idNumber = (base17: string) => {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...base17].reduce((s, d, i) => s + Number(d) * (w[i] ?? 0), 0);
  return base17 + '10X98765432'[sum % 11];
};

interface Ack {
  referralId: string;
  caseNumber: string;
  caseState: string;
}

describe('mediation: a court referral from the API to the agreement and back to the court', () => {
  let server: RunningServer;
  let browser: Browser;
  let courtToken = '';
  let referrerCode = '';
  let streetOrgId = '';
  const cases = { agreed: { id: '', ack: null as Ack | null }, refused: { id: '', ack: null as Ack | null } };

  const contexts: BrowserContext[] = [];
  const session = async (phone = false): Promise<{ page: Page; errors: string[] }> => {
    const ctx = await browser.newContext({
      locale: 'zh-CN',
      viewport: phone ? { width: 375, height: 812 } : { width: 1440, height: 900 },
      deviceScaleFactor: 1,
    });
    contexts.push(ctx);
    const page = await ctx.newPage();
    page.setDefaultTimeout(15000);
    return { page, errors: watchConsole(page) };
  };

  /**
   * Screenshot + axe (serious/critical) + no sideways scrolling (the mediator's phone view).
   */
  const look = async (page: Page, name: string) => {
    // The pointer may rest on a tab after a click (hover colour is lighter than the resting one).
    await page.mouse.move(0, page.viewportSize()!.height - 1);
    await page
      .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 3000 })
      .catch(() => undefined);
    await screenshot(page, name);
    const violations = await axeViolations(page);
    expect(describeViolations(violations), `axe violations on ${name}`).toBe('');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `no sideways scrolling on ${name}`).toBeLessThanOrEqual(page.viewportSize()!.width);
  };

  const dialog = (page: Page, title: string | RegExp) => page.getByRole('dialog', { name: title });
  const submitDialog = async (d: Locator) => {
    await d.locator('.ant-modal-footer .ant-btn-primary').click();
    await d.waitFor({ state: 'hidden' });
  };

  /** The court's system refers a dispute with its bearer token; the acknowledgement carries our case number. */
  const refer = async (externalRef: string, title: string, names: [string, string], seq: string, facts: string): Promise<Ack> => {
    const res = await fetch(`${server.url}/api/mediation/referrals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${courtToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        referrerCode,
        externalRef,
        committeeOrgId: streetOrgId,
        kind: 'neighbour',
        title,
        facts,
        amountYuan: 5000,
        parties: [
          { role: 'applicant', kind: 'person', name: names[0], idNumber: idNumber(`12010319850612${seq}`), phone: `139000${seq}01` },
          { role: 'respondent', kind: 'person', name: names[1], phone: `139000${seq}02` },
        ],
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as Ack;
  };

  const openCase = async (page: Page, id: string, tab?: string) => {
    await page.goto(`${server.url}/workbench/mediation/cases/${id}${tab ? `?tab=${tab}` : ''}`);
    await heading(page, /人民调解|调〔/);
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  // One journey: each phase builds on the one before. A phase is skipped only after an earlier phase has
  // failed (the run is already red and the failure is reported); on a green run every phase runs.
  let broken = false;
  beforeEach((t) => {
    if (broken) t.skip();
  });
  afterEach(async (t) => {
    if (t.task.result?.state === 'fail') {
      broken = true;
      const open = contexts.flatMap((c) => c.pages());
      await Promise.all(open.map((p, i) => screenshot(p, `mediation-failed-${i}`).catch(() => undefined)));
    }
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('1. the court refers two disputes through the API with its own token and gets our case numbers', async () => {
    const sec = await staffApi(server.url, 'secadmin');
    const me = await sec.get<{ assignments: { orgId: string }[] }>('/auth/me');
    const token = await sec.post<{ id: string; secret: string }>('/tokens', {
      name: '河西区人民法院诉调对接接口',
      orgId: me.assignments[0]!.orgId,
      scope: 'own',
      permissions: ['mediation.referral.submit'],
      expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    });
    await sec.dispose();
    courtToken = token.secret;
    referrerCode = 'HX-COURT';
    const admin = await staffApi(server.url, 'city.mediation');
    await admin.post('/mediation/referrers', {
      kind: 'court',
      name: '天津市河西区人民法院',
      code: referrerCode,
      regionCode: '120103',
      tokenId: token.id,
    });
    await admin.dispose();
    const street = await staffApi(server.url, 'hexi.street');
    const options = await street.get<{ items: { id: string; name: string }[] }>(
      `/mediation/committees/options?q=${encodeURIComponent('下瓦房')}`,
    );
    streetOrgId = options.items.find((o) => o.name.includes('下瓦房'))!.id;
    cases.agreed.ack = await refer(
      '(2026)津0103民诉前调101号',
      '公共通道堆放杂物纠纷',
      ['孙丽', '周涛'],
      '123',
      '原告孙丽诉称，被告周涛在两户之间的公共通道堆放杂物，影响通行，请求排除妨碍。',
    );
    cases.refused.ack = await refer(
      '(2026)津0103民诉前调102号',
      '院墙排水纠纷',
      ['吴芳', '郑强'],
      '456',
      '吴芳称郑强家院墙排水管直通其院内，雨季积水浸泡墙基，要求改管并赔偿。',
    );
    expect(cases.agreed.ack.caseState).toBe('received');
    expect(cases.refused.ack.caseNumber).not.toBe(cases.agreed.ack.caseNumber);
    for (const c of Object.values(cases)) {
      const page = await street.get<{ items: { id: string }[] }>(`/mediation/cases?q=${encodeURIComponent(c.ack!.caseNumber)}`);
      c.id = page.items[0]!.id;
    }
    await street.dispose();
  });

  it('2. the street committee accepts the referral and records both parties’ consent (第十七条)', async () => {
    const { page, errors } = await session();
    await staffLogin(page, server.url, 'hexi.street');
    await page.goto(`${server.url}/workbench/mediation/cases?source=court`);
    await page.getByRole('link', { name: cases.agreed.ack!.caseNumber }).click();
    await heading(page, /公共通道堆放杂物纠纷/);
    await look(page, 'mediation-01-received');
    await page.getByRole('button', { name: cn('受理') }).click();
    await submitDialog(dialog(page, '受理并指定调解员'));
    await expect.poll(() => page.getByText('已受理，征询当事人意见').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByRole('tab', { name: '当事人与意见' }).click();
    for (const name of ['孙丽', '周涛']) {
      await page.getByRole('button', { name: `记录意见：${name}` }).click();
      await submitDialog(dialog(page, `记录当事人意见：${name}`));
    }
    await expect.poll(() => page.getByText('调解中').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await look(page, 'mediation-02-consented');
    expect(errors).toEqual([]);
  });

  it('3. on a phone (375 px) the mediator records a session from 今日工作', async () => {
    const { page, errors } = await session(true);
    await staffLogin(page, server.url, 'hexi.street');
    await page.goto(`${server.url}/workbench/mediation/today`);
    await heading(page, '今日工作');
    await look(page, 'mediation-03-today-phone');
    await page.goto(`${server.url}/workbench/mediation/cases/${cases.agreed.id}/session`);
    await heading(page, /调解记录/);
    await page.getByLabel('地点').fill('下瓦房街道人民调解室');
    await page.getByLabel('调解经过与各方意见').fill('双方陈述了通道堆放杂物的经过，周涛同意清理杂物，孙丽同意不再追究损失。');
    // The street office designated no mediator at acceptance: the person presiding is named.
    await page.getByLabel('主持调解员').fill('马所长');
    await look(page, 'mediation-04-session-form-phone');
    await page.getByRole('button', { name: cn('保存') }).click();
    await page.waitForURL(/tab=sessions/);
    await expect.poll(() => page.getByText('下瓦房街道人民调解室').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await look(page, 'mediation-05-sessions-phone');
    expect(errors).toEqual([]);
  });

  it('4. a written agreement is signed and generated; judicial confirmation is offered (第二十九条、第三十三条)', async () => {
    const { page, errors } = await session();
    await staffLogin(page, server.url, 'hexi.street');
    await openCase(page, cases.agreed.id, 'outcome');
    await page.getByRole('button', { name: '制作调解协议书' }).click();
    const d = dialog(page, '制作调解协议书');
    await d.getByLabel('争议事项').fill('公共通道的使用和杂物清理');
    await d.getByLabel('各方当事人的责任').fill('周涛堆放杂物影响通行，应予清理');
    await d.getByLabel('达成协议的内容').fill('周涛于七日内清理公共通道杂物并拆除围墙，孙丽放弃其他请求。');
    await d.getByLabel('履行方式和期限').fill('七日内自行清理，调解员现场核实');
    const due = d.getByLabel('履行期限');
    await due.click();
    await due.fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
    await due.press('Enter');
    await d.getByLabel('主持调解员').fill('马所长');
    await submitDialog(d);
    await expect.poll(() => page.getByText('调解成功').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('link', { name: /调解协议书/ }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await look(page, 'mediation-06-agreement');
    await page.getByRole('tab', { name: '司法确认' }).click();
    await expect.poll(() => page.getByText('申请截止日').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: /计算说明/ }).click();
    await look(page, 'mediation-07-confirmation-offered');
    expect(errors).toEqual([]);
  });

  it('5. the outcome is visible to the court through its token', async () => {
    const res = await fetch(`${server.url}/api/mediation/referrals/${cases.agreed.ack!.referralId}`, {
      headers: { authorization: `Bearer ${courtToken}` },
    });
    expect(res.status).toBe(200);
    const view = (await res.json()) as { caseState: string; outcome: string | null };
    expect(view).toMatchObject({ caseState: 'succeeded', outcome: 'agreementWritten' });
  });

  it('6. a party’s clear refusal ends the second case with the notice of other channels (第十七条、第二十六条)', async () => {
    const { page, errors } = await session();
    await staffLogin(page, server.url, 'hexi.street');
    await openCase(page, cases.refused.id);
    await page.getByRole('button', { name: cn('受理') }).click();
    await submitDialog(dialog(page, '受理并指定调解员'));
    await page.getByRole('tab', { name: '当事人与意见' }).click();
    await page.getByRole('button', { name: '记录意见：郑强' }).click();
    const d = dialog(page, '记录当事人意见：郑强');
    await d.getByRole('radio', { name: '明确拒绝调解' }).check();
    await d.getByLabel('拒绝理由').fill('不同意调解，要求直接诉讼');
    await submitDialog(d);
    await expect.poll(() => page.getByText('当事人拒绝调解').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByRole('tab', { name: '文书' }).click();
    await expect.poll(() => page.locator('.ant-table-row').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await look(page, 'mediation-08-refused-notice');
    const res = await fetch(`${server.url}/api/mediation/referrals/${cases.refused.ack!.referralId}`, {
      headers: { authorization: `Bearer ${courtToken}` },
    });
    expect(((await res.json()) as { caseState: string }).caseState).toBe('refused');
    expect(errors).toEqual([]);
  });
});
