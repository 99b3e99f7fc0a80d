import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auctionRow, insertAuction } from '../api/test/auctions.js';
import { createPeople, type PeopleFixture } from '../api/test/identity.js';
import { createTenant } from '../api/test/tenants.js';
import { PHONE } from './support/browser.js';
import { input, logIn, noOverflow, shot } from './support/pages.js';
import { endJourney, startJourney } from './support/journey.js';

/**
 * The organiser cancels a scheduled reverse auction from its page, in chromium against the real
 * API, in a province of its own. The auction itself comes from the auction form's screen and is
 * written as a fixture here.
 */
describe('auction cancel journey', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let shop: string;
  let auctionId: string;

  beforeAll(async () => {
    people = await createPeople(await createTenant());
    journey = await startJourney('auction-cancel', { apps: ['storefront'] });
    auctionId = await insertAuction(people, { state: 'scheduled', startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000) });
    shop = journey.origin('storefront', people.tenant.slug);
  }, 120_000);

  afterAll(() => endJourney(journey));

  it('the purchaser cancels before the start with a reason, after confirming, on a phone; a supplier is not offered the button', async () => {
    const { context, page } = await journey!.open(PHONE);
    try {
      await logIn(page, shop, people.users.purchaser.loginName, `/auctions/${auctionId}`);
      await expect.poll(() => page.locator('[data-test="auction-title"]').textContent()).toContain('测试竞价');
      await page.locator('[data-test="auction-cancel"]').click();
      const dialog = page.locator('[data-test="auction-cancel-dialog"]');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await page.locator('[data-test="auction-cancel-confirm"]').isDisabled()).toBe(true);
      await input(page, 'auction-cancel-reason').fill('需求变更');
      await noOverflow(page);
      await shot(page, 'auction-cancel-dialog-phone');
      await page.locator('[data-test="auction-cancel-confirm"]').click();
      await expect.poll(() => page.locator('[data-test="result-text"]').textContent()).toContain('需求变更');
      expect((await auctionRow(people.tenant.id, auctionId))?.state).toBe('cancelled');
      expect(await page.locator('[data-test="auction-cancel"]').count()).toBe(0);
      await shot(page, 'auction-cancelled-phone');
    } finally {
      await context.close();
    }
    const other = await insertAuction(people, { state: 'scheduled', startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000) });
    const supplier = await journey!.open(PHONE);
    try {
      await logIn(supplier.page, shop, people.users.supplier.loginName, `/auctions/${other}`);
      await expect.poll(() => supplier.page.locator('[data-test="auction-title"]').textContent()).toContain('测试竞价');
      expect(await supplier.page.locator('[data-test="auction-cancel"]').count()).toBe(0);
    } finally {
      await supplier.context.close();
    }
  });
});
