import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { TEST_PASSWORD } from '../../api/test/identity.js';

/** Screenshots of every journey (git-ignored). */
export const SHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

export async function shot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(350);
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
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

/** Answers the passphrase dialog that opens the browser's signing key. */
export async function unlock(page: Page, passphrase: string) {
  await input(page, 'unlock-passphrase').fill(passphrase);
  await page.locator('[data-test="unlock-confirm"]').click();
}

/** On the signing-key page (supplier's or buyer's): make a key pair and register its public half. */
export async function makeSigningKey(page: Page, passphrase: string) {
  await input(page, 'new-passphrase').fill(passphrase);
  await input(page, 'new-passphrase-again').fill(passphrase);
  await page.locator('[data-test="generate-key"]').click();
  await page.locator('[data-test="key-ready"]').waitFor({ timeout: 20_000 });
}

/** On the bid page: fill the 开标一览表, seal with the key and send; waits for the verified receipt. */
export async function submitBid(page: Page, form: { price: string; days: string; warranty: string }, passphrase: string) {
  await input(page, 'bid-price').fill(form.price);
  await input(page, 'bid-days').fill(form.days);
  await input(page, 'bid-warranty').fill(form.warranty);
  await page.locator('[data-test="submit-bid"]').click();
  await unlock(page, passphrase);
  await page.locator('[data-test="bid-submitted"]').waitFor({ timeout: 20_000 });
  await page.locator('[data-test="receipt-valid"]').waitFor();
}

/** In the opening room: release the bid key of the signed-in bidder's sealed bid. */
export async function decryptBid(page: Page, passphrase: string) {
  await page.locator('[data-test="decrypt-bid"]').click();
  await unlock(page, passphrase);
  await page.locator('[data-test="decrypt-result"]').getByText('已解密').waitFor({ timeout: 20_000 });
}
