import { request, type APIRequestContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, describeViolations, screenshot } from './browser';

/** The password of every demo account. */
export const demoPassword = 'Tianping@2026';

/**
 * Accessible name of an Ant Design button: two-character Chinese labels get a space inserted
 * ("登 录"), so names are matched loosely.
 */
export function cn(text: string): RegExp {
  return new RegExp(`^\\s*${[...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*')}\\s*$`);
}

/** Waits until `fn` stops throwing (Playwright's auto-waiting for checks that are not a locator). */
export async function eventually<T>(fn: () => Promise<T>, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Screenshot plus axe-core: no serious or critical violations on this page state. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const violations = await axeViolations(page);
  expect(describeViolations(violations), `axe violations on ${name}`).toBe('');
}

/** Waits for the page's level-1 heading with this name. */
export async function heading(page: Page, name: string | RegExp): Promise<Locator> {
  const h = page.getByRole('heading', { level: 1, name });
  await h.waitFor();
  return h;
}

/** Fills and submits the staff sign-in form (does not wait for the result). */
export async function submitStaffLogin(page: Page, base: string, username: string, password = demoPassword): Promise<void> {
  if (!page.url().endsWith('/login')) await page.goto(`${base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: cn('登录') }).click();
}

/** Signs in through the login page and waits for the workbench home. */
export async function staffLogin(page: Page, base: string, username: string, password = demoPassword): Promise<void> {
  await submitStaffLogin(page, base, username, password);
  await page.waitForURL(/\/workbench$/);
  await heading(page, /^您好/);
}

/** An API client signed in as a staff member; `post` sends the CSRF header of the double-submit cookie. */
export interface StaffApi {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  dispose(): Promise<void>;
}

export async function staffApi(base: string, username: string, password = demoPassword): Promise<StaffApi> {
  const ctx: APIRequestContext = await request.newContext({ baseURL: base });
  const res = await ctx.post('/api/auth/login', { data: { username, password } });
  if (!res.ok()) throw new Error(`API login ${username}: ${res.status()} ${await res.text()}`);
  const csrf = async () => (await ctx.storageState()).cookies.find((c) => c.name === 'tp_csrf')?.value ?? '';
  const body = async <T>(r: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> => {
    if (!r.ok()) throw new Error(`${what}: ${r.status()} ${await r.text()}`);
    return (r.status() === 204 ? undefined : await r.json()) as T;
  };
  return {
    get: async (path) => body(await ctx.get(`/api${path}`), `GET ${path}`),
    post: async (path, data) => body(await ctx.post(`/api${path}`, { data, headers: { 'x-csrf-token': await csrf() } }), `POST ${path}`),
    patch: async (path, data) => body(await ctx.patch(`/api${path}`, { data, headers: { 'x-csrf-token': await csrf() } }), `PATCH ${path}`),
    dispose: () => ctx.dispose(),
  };
}

/** The id of the (first) organisation whose name is exactly `name`. */
export async function orgIdByName(api: StaffApi, name: string): Promise<string> {
  const page = await api.get<{ items: { id: string; name: string }[] }>(`/orgs?q=${encodeURIComponent(name)}&pageSize=50`);
  const org = page.items.find((o) => o.name === name);
  if (!org) throw new Error(`organisation ${name} not found`);
  return org.id;
}

/** A tree node (organisation tree, tree-select popup) by its exact title; icons in the node do not count. */
export function treeItem(scope: Page | Locator, title: string): Locator {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByRole('treeitem', { name: new RegExp(`(^|\\s)${escaped}$`) });
}

/** Opens an Ant Design select (a combobox) and picks the option showing `label`. */
export async function pickOption(page: Page, combobox: Locator, label: string): Promise<void> {
  await combobox.click();
  const popup = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await popup.getByText(label, { exact: true }).click();
  await popup.waitFor({ state: 'hidden' });
}

/** The language switch of any layout (its name is bilingual, in either order). */
export async function switchLanguage(page: Page, to: 'English' | '中文'): Promise<void> {
  await pickOption(page, page.getByRole('combobox', { name: /语言 \/ Language|Language \/ 语言/ }), to);
}
