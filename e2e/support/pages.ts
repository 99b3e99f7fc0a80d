import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { TEST_PASSWORD } from '../../api/test/identity.js';

/** Screenshots of every journey (git-ignored). */
export const SHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

/**
 * A full-page picture once the fonts are in. Transitions still running (a dialog opening, a
 * dropdown closing) are brought to their end for the picture rather than waited out: the
 * journeys take about two hundred pictures.
 */
export async function shot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true, animations: 'disabled' });
}

/** Element Plus puts a component's attributes on its inner <input>; accept either place. */
export const input = (page: Page | Locator, test: string) => page.locator(`input[data-test="${test}"], [data-test="${test}"] input, textarea[data-test="${test}"], [data-test="${test}"] textarea`).first();

/** The page is no wider than the screen (tables may scroll in their own box). */
export const noOverflow = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

/** Signs in through the login page and lands on `redirect`. */
export async function logIn(page: Page, origin: string, loginName: string, redirect: string) {
  await page.goto(`${origin}/login?redirect=${encodeURIComponent(redirect)}`);
  await page.getByLabel('登录名').fill(loginName);
  await page.getByLabel('密码', { exact: true }).fill(TEST_PASSWORD);
  await page.locator('[data-test="login-submit"]').click();
  await page.waitForURL(`${origin}${redirect}`);
}
