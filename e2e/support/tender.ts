import type { Page } from 'playwright-core';
import { input } from './pages.js';

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
