import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertListing, seedCategories } from '../api/test/catalog.js';
import { createPeople, type PeopleFixture } from '../api/test/identity.js';
import { insertBudgetLine } from '../api/test/mall.js';
import { expireInquiry, type ExtraSupplier, insertSuppliers } from '../api/test/sourcing.js';
import { asOwner, createTenant } from '../api/test/tenants.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { input, logIn, noOverflow, shot } from './support/pages.js';
import { endJourney, startJourney } from './support/journey.js';

/**
 * Online inquiry (在线询价) in chromium against the real API and workers, in a province of its
 * own (no demo seed): the buyer publishes an inquiry; three suppliers of the category find it
 * in their inbox and quote (one on a phone); at the deadline the buyer compares the quotes and
 * awards the lowest, which places the mall order the winner then sees among its orders.
 */
describe('inquiry journey: publish, three quotes, compare, award, order', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let shop: string;
  let quoters: { loginName: string; name: string; price: string }[];
  let inquiryId: string;

  beforeAll(async () => {
    people = await createPeople(await createTenant());
    await seedCategories(people.tenant.id);
    journey = await startJourney('inquiry', { apps: ['storefront'] });
    // Other screens' work: the suppliers' listings in the category (which makes them eligible)
    // and the unit's budget line loaded by finance.
    await insertListing(people, 'approved');
    const extra: ExtraSupplier[] = await insertSuppliers(people, 2);
    await insertBudgetLine(people.tenant.id, people.organisations.purchasing_unit.id, 100_000_00n);
    quoters = [
      { loginName: people.users.supplier.loginName, name: people.organisations.supplier.name, price: '2800' },
      { loginName: extra[0].loginName, name: extra[0].name, price: '2450.50' },
      { loginName: extra[1].loginName, name: extra[1].name, price: '2600' },
    ];
    shop = journey.origin('storefront', people.tenant.slug);
  }, 120_000);

  afterAll(() => endJourney(journey));

  /** Two weeks ahead at 17:00 Beijing time: at least three working days in any season. */
  function deadlineText(): string {
    const d = new Date(Date.now() + 14 * 86_400_000);
    return `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d)} 17:00`;
  }

  it('the buyer publishes an inquiry; its quotes are sealed', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, shop, people.users.purchaser.loginName, '/inquiries');
      await expect.poll(() => page.locator('[data-test="inquiries-title"]').textContent()).toBe('在线询价');
      await page.locator('[data-test="inquiry-new"]').click();
      await page.waitForURL(`${shop}/inquiries/new`);
      await input(page, 'inquiry-title').fill('2026年度办公桌询价采购');
      await input(page, 'inquiry-category').fill('A060201');
      await input(page, 'inquiry-quantity').fill('20');
      await input(page, 'inquiry-unit').fill('张');
      await input(page, 'inquiry-specification').fill('1.4 米钢木办公桌，含三抽活动柜，E1 级板材，质保不少于 3 年');
      await input(page, 'inquiry-budget').fill('60000');
      await input(page, 'inquiry-deadline').fill(deadlineText());
      await page.locator('[data-test="budget-line"] .el-select__wrapper').click();
      await page.locator('.el-select-dropdown__item:visible').first().click();
      await input(page, 'address-recipient').fill('张三');
      await input(page, 'address-phone').fill('0571-88888888');
      await input(page, 'address-region').fill('330106');
      expect(await page.locator('[data-test="address-region-name"]').textContent()).toBe('浙江省杭州市西湖区');
      await input(page, 'address-line').fill('杭州市西湖区文三路 100 号');
      await shot(page, 'inquiry-new-desktop');
      await page.locator('[data-test="inquiry-publish"]').click();
      await page.waitForURL(/\/inquiries\/[0-9a-f-]{36}$/);
      inquiryId = page.url().split('/').pop()!;
      await page.locator('[data-test="inquiry-countdown"]').waitFor();
      expect(await page.locator('[data-test="quotes-sealed"]').textContent()).toContain('保密');
      expect(await page.locator('[data-test="inquiry-budget"]').textContent()).toBe('¥60,000.00');
      await shot(page, 'inquiry-published-desktop');
    } finally {
      await context.close();
    }
  }, 90_000);

  it('three suppliers find it in their inbox and quote, one on a phone', async () => {
    for (const [i, q] of quoters.entries()) {
      const { context, page } = await journey!.open(i === 1 ? PHONE : DESKTOP);
      try {
        await logIn(page, shop, q.loginName, '/supplier/inquiries');
        // Publication invited the category's suppliers.
        await page.locator(`[data-test="invitation-${inquiryId}"]`).click();
        await page.waitForURL(`${shop}/supplier/inquiries/${inquiryId}`);
        await page.locator('[data-test="no-quote"]').waitFor();
        await input(page, 'quote-price').fill(q.price);
        await input(page, 'quote-offer').fill(`${q.name} BZ-140 钢木办公桌，E1 级板材，质保 3 年`);
        await page.locator('[data-test="quote-submit"]').click();
        await page.locator('[data-test="quote-saved"]').waitFor();
        await expect.poll(() => page.locator('[data-test="my-quote"]').textContent()).toContain('第 1 次提交');
        if (i === 1) {
          await noOverflow(page);
          await shot(page, 'inquiry-quote-phone');
        }
      } finally {
        await context.close();
      }
    }
    const quotes = await asOwner(people.tenant.id, async (c) => (await c.query(`select count(*)::int as n from sourcing_quote where inquiry_id = $1`, [inquiryId])).rows[0].n);
    expect(quotes).toBe(3);
  }, 150_000);

  it('at the deadline the buyer compares the quotes and awards the lowest: the order is placed', async () => {
    // The quote period runs out (two weeks in a minute).
    await expireInquiry(people.tenant.id, inquiryId);
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, shop, people.users.purchaser.loginName, `/inquiries/${inquiryId}`);
      // The workers' minute sweep closes an inquiry past its deadline too, and may come first:
      // the buyer closes it only if it is still open; either way the comparison comes up.
      const close = page.locator('[data-test="inquiry-close"]');
      const first = page.locator('[data-test="quote-row-1"]');
      await close.or(first).first().waitFor();
      if (await close.isVisible()) await close.click();
      await first.waitFor();
      expect(await first.textContent()).toBe(quoters[1].name);
      expect(await page.locator('[data-test="quotes-table"]').innerText()).toContain('¥49,010.00');
      await shot(page, 'inquiry-comparison-desktop');
      await page.locator('[data-test="award-open"]').click();
      expect(await page.locator('[data-test="award-dialog"]').innerText()).toContain(quoters[1].name);
      await page.locator('[data-test="award-confirm"]').click();
      await page.locator('[data-test="inquiry-state-AWARDED"]').waitFor();
      await page.locator('[data-test="inquiry-order"]').click();
      await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.locator('[data-test="order-total"]').textContent()).toBe('¥49,010.00');
      expect(await page.locator('[data-test="order-supplier"]').textContent()).toBe(quoters[1].name);
      expect(await page.locator('[data-test="order-line-awarded"]').textContent()).toBe('2026年度办公桌询价采购');
      await shot(page, 'inquiry-order-desktop');
    } finally {
      await context.close();
    }
  }, 90_000);

  it('the winner sees the order and its inbox says won, on a phone', { timeout: 120_000 }, async () => {
    const { context, page } = await journey!.open(PHONE);
    try {
      await logIn(page, shop, quoters[1].loginName, '/supplier/orders');
      await page.locator('[data-test="orders-table"] [data-test^="order-link-"]').first().waitFor();
      // The workers bring the inbox in line with the award.
      for (let n = 0; ; n++) {
        await page.goto(`${shop}/supplier/inquiries`);
        await page.locator(`[data-test="invitation-${inquiryId}"]`).waitFor();
        if (await page.locator('[data-test="invitation-status-WON"]').count()) break;
        if (n > 40) throw new Error('the inbox did not show the award');
        await page.waitForTimeout(1000);
      }
      await noOverflow(page);
      await shot(page, 'inquiry-inbox-won-phone');
    } finally {
      await context.close();
    }
  });
});
