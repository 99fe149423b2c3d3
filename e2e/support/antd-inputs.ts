import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { eventually } from './journey';

/**
 * Picks an option of an Ant Design select (typing first narrows long lists) and waits until its form
 * item shows the choice; retried, because a click during the popup's opening can miss.
 */
export async function choose(page: Page, combobox: Locator, option: string, typed?: string): Promise<void> {
  const item = combobox.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-form-item ")][1]');
  const popup = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await eventually(async () => {
    if (await item.getByText(option, { exact: true }).count()) return;
    if (!(await popup.isVisible())) {
      await combobox.click();
      if (typed) await combobox.fill(typed);
    }
    await popup.locator('.ant-select-item-option').filter({ hasText: option }).first().click({ timeout: 2000 });
    await item.getByText(option, { exact: true }).waitFor({ timeout: 2000 });
  }, 30_000);
}

/** Types a date (YYYY-MM-DD) into an Ant Design date picker and confirms it with Enter. */
export async function typeDate(input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(date);
}
