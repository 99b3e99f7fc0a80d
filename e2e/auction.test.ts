import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBudgetLine } from '../api/test/mall.js';
import type { Page } from 'playwright-core';
import { JobQueues } from '../api/src/platform/jobs/job-queues.js';
import { auctionRow } from '../api/test/auctions.js';
import { createPeople, headers, login, type PeopleFixture } from '../api/test/identity.js';
import { insertSupplier } from '../api/test/tender.js';
import { asOwner, createTenant } from '../api/test/tenants.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { input, logIn, noOverflow, shot } from './support/pages.js';
import { endJourney, startJourney } from './support/journey.js';

/**
 * Auctions in chromium against the real API and workers, in a province of its own (no demo seed):
 * a buyer opens a reverse auction with the form; two suppliers in two browser contexts bid against
 * each other in the live room and a bid in the anti-sniping window extends the end for both; a
 * guest watches a public asset auction end and reads the result and the settlement record.
 */
describe('auction journey: reverse auction room, anti-sniping, a guest watching a public asset auction end', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let second: { organisationId: string; userId: string; loginName: string };
  let shop: string;
  let reverseId: string;

  beforeAll(async () => {
    people = await createPeople(await createTenant());
    second = await insertSupplier(people.tenant.id, 'b');
    // The unit's budget line is loaded by finance on another screen.
    await insertBudgetLine(people.tenant.id, people.organisations.purchasing_unit.id, 1_000_000_00n);
    journey = await startJourney('auction', { apps: ['storefront'], workers: true });
    shop = journey.origin('storefront', people.tenant.slug);
  }, 120_000);

  afterAll(() => endJourney(journey));

  const gql = async (doc: string, variables: object, loginName: string) => {
    const token = (await login(journey!.api, people.tenant, loginName)).accessToken;
    const { body } = await journey!.api.gql(doc, { variables, headers: headers(people.tenant, token) });
    expect(body.errors).toBeUndefined();
    return body.data as Record<string, any>;
  };
  const text = (page: Page, test: string) => page.locator(`[data-test="${test}"]`).first().innerText();

  it('a buyer opens a reverse auction with the form; a refusal shows at its field', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, shop, people.users.purchaser.loginName, '/mall/auctions');
      await page.getByText('暂无竞价项目。').waitFor();
      await page.locator('[data-test="new-auction"]').click();
      await page.waitForURL(`${shop}/mall/auctions/new`);
      await input(page, 'af-title').fill('办公桌反向竞价');
      await input(page, 'af-description').fill('1.4 米办公桌 20 张，含安装');
      await input(page, 'af-quantity').fill('20');
      await input(page, 'af-start-price').fill('100000');
      await input(page, 'af-step').fill('100000');
      await input(page, 'af-floor').fill('60000');
      await input(page, 'address-recipient').fill('张三');
      await input(page, 'address-phone').fill('0571-88888888');
      await input(page, 'address-region').fill('330106');
      await input(page, 'address-line').fill('杭州市西湖区文三路 100 号');
      // Both suppliers picked from the directory by name.
      const secondName = await asOwner(people.tenant.id, async (c) => (await c.query('select name from organisation where id = $1', [second.organisationId])).rows[0].name as string);
      for (const name of [people.organisations.supplier.name, secondName]) {
        await input(page, 'af-invited').fill(name);
        await page.locator('.el-select-dropdown__item:visible', { hasText: name }).click();
      }
      await expect.poll(() => page.locator('[data-test="af-invited"] .el-tag').count()).toBe(2);
      // An exact instant (the field also takes the wall clock): the auction starts now, for 10 minutes.
      await input(page, 'af-starts-at').fill(new Date().toISOString());
      await input(page, 'af-duration').fill('10');
      await page.locator('[data-test="af-submit"]').click();
      await page.getByText('幅度须大于 0 且小于起始价。').waitFor();
      await input(page, 'af-step').fill('100');
      await shot(page, 'auction-form-desktop');
      await page.locator('[data-test="af-submit"]').click();
      await page.waitForURL(/\/auctions\/[0-9a-f-]{36}$/);
      reverseId = page.url().split('/').pop()!;
      expect(await text(page, 'auction-title')).toBe('办公桌反向竞价');
      expect(await text(page, 'start-price')).toBe('¥100,000.00');
      await page.locator('[data-test="room-status"][data-status="live"]').waitFor();
      expect(await page.locator('[data-test="bid-panel"]').innerText()).toContain('本单位组织的竞价，不能出价。');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('two suppliers bid against each other in the room; a bid in the anti-sniping window extends the end for both', async () => {
    const a = await journey!.open(DESKTOP);
    const b = await journey!.open(PHONE);
    try {
      await logIn(a.page, shop, people.users.supplier.loginName, '/supplier/auctions');
      await a.page.locator(`[data-test="auction-link-${reverseId}"]`).click();
      await logIn(b.page, shop, second.loginName, `/auctions/${reverseId}`);
      for (const p of [a.page, b.page]) await p.locator('[data-test="room-status"][data-status="live"]').waitFor();
      expect(await text(a.page, 'bid-hint')).toContain('¥100,000.00');

      // Supplier A opens at 90 000; B sees it without reloading.
      await input(a.page, 'bid-price').fill('90000');
      await a.page.locator('[data-test="bid-submit"]').click();
      await a.page.locator('[data-test="bid-placed"]').waitFor();
      await expect.poll(() => text(b.page, 'best-price')).toBe('¥90,000.00');
      expect(await text(a.page, 'my-bidder')).toBe('供应商1');
      expect(await text(a.page, 'my-rank')).toBe('第 1 名');
      expect(await text(a.page, 'bid-hint')).toContain('¥89,900.00');
      // A's own next bid must be a decrement lower: the refusal shows at the price.
      await input(a.page, 'bid-price').fill('89950');
      await a.page.locator('[data-test="bid-submit"]').click();
      await expect.poll(() => a.page.locator('[data-test="bid-panel"] .el-form-item__error').innerText()).toContain('89900.00');
      expect(await a.page.locator('[data-test="extension-notice"]').count()).toBe(0);

      // The clock moves on: four minutes are left (set in the database instead of waiting six).
      await asOwner(people.tenant.id, (c) => c.query(`update auction set ends_at = now() + interval '4 minutes' where id = $1`, [reverseId]));
      await input(b.page, 'bid-price').fill('88000');
      await b.page.locator('[data-test="bid-submit"]').click();
      await b.page.locator('[data-test="bid-placed"]').waitFor();
      for (const p of [a.page, b.page]) await p.locator('[data-test="extension-notice"]').waitFor();
      const row = (await auctionRow(people.tenant.id, reverseId))!;
      expect(row.extensions).toBe(1);
      expect(await text(a.page, 'extension-notice')).toContain('结束时间已延长至');
      await expect.poll(() => text(b.page, 'extensions')).toBe('已延时 1 / 10 次');
      await expect.poll(() => text(a.page, 'my-rank')).toBe('第 2 名');
      expect(await text(b.page, 'my-rank')).toBe('第 1 名');
      expect(await text(a.page, 'best-price')).toBe('¥88,000.00');
      // The countdown follows the server's end: about nine minutes.
      const left = Number(await a.page.locator('[data-test="countdown"]').getAttribute('data-left'));
      expect(left).toBeGreaterThan(8 * 60_000);
      // The server clock is estimated from event stamps, late by their delivery time (a few ms).
      expect(left).toBeLessThanOrEqual(9 * 60_000 + 1_000);
      expect(await text(a.page, 'countdown')).toMatch(/^00:0[89]:\d\d$/);
      // The ladder names pseudonyms only.
      const ladder = await a.page.locator('[data-test="ladder"]').innerText();
      expect(ladder).toContain('供应商2');
      expect(ladder).not.toContain(second.loginName);
      await shot(a.page, 'auction-room-supplier-a-desktop');
      await noOverflow(b.page);
      await shot(b.page, 'auction-room-supplier-b-phone');
    } finally {
      await a.context.close();
      await b.context.close();
    }
  }, 120_000);

  it('a guest watches a public asset auction end and reads the result and the settlement record, on a phone', async () => {
    // The disposing unit's auction and the bidder's bids are prepared through the API.
    const created = await gql(`mutation ($input: CreateAuctionInput!) { createAuction(input: $input) { id endsAt } }`, {
      input: {
        direction: 'FORWARD', title: '罚没车辆 2019 款轿车一辆', description: '行驶 8 万公里，手续齐全', startPrice: '50000.00', step: '500.00', appraisal: '60000.00',
        viewing: '12 月 1 日至 3 日于市公物仓看样', startsAt: new Date().toISOString(), durationMinutes: 30,
      },
    }, people.users.purchaser.loginName);
    const id = created.createAuction.id as string;
    const BID = `mutation ($input: PlaceAuctionBidInput!) { placeAuctionBid(input: $input) { bid { sequence } } }`;
    await gql(BID, { input: { auctionId: id, price: '50000.00', clientKey: `guest-journey-1-${id}` } }, people.users.supplier.loginName);

    const { context, page } = await journey!.open(PHONE);
    try {
      await page.goto(`${shop}/auctions`);
      await page.locator(`[data-test="auction-link-${id}"]`).click();
      await page.locator('[data-test="room-status"][data-status="live"]').waitFor();
      expect(await text(page, 'best-price')).toBe('¥50,000.00');
      expect(await page.locator('[data-test="sign-in-to-bid"]').count()).toBe(1);
      await gql(BID, { input: { auctionId: id, price: '51000.00', clientKey: `guest-journey-2-${id}` } }, second.loginName);
      await expect.poll(() => text(page, 'best-price')).toBe('¥51,000.00');
      expect(await page.locator('[data-test="bid-feed"] li').count()).toBe(2);
      await noOverflow(page);
      await shot(page, 'auction-guest-live-phone');

      // The end: the workers' sweep job, with its clock set just past the end (asOf), instead of waiting 30 minutes.
      const endsAt = new Date((await auctionRow(people.tenant.id, id))!.ends_at);
      await journey!.api.app.get(JobQueues, { strict: false }).enqueue('sourcing.sweep-auctions', { tenantId: people.tenant.id, asOf: new Date(endsAt.getTime() + 1_000).toISOString() });
      await page.locator('[data-test="auction-result"]').waitFor({ timeout: 30_000 });
      await expect.poll(() => page.locator('[data-test="auction-state"]').innerText(), { timeout: 30_000 }).toBe('已成交');
      await expect.poll(() => text(page, 'result-text')).toContain('¥51,000.00');
      await page.locator('[data-test="settlement"]').waitFor({ timeout: 30_000 });
      expect(await text(page, 'balance-due')).toBe('¥51,000.00');
      const log = await page.locator('[data-test="auction-log"]').innerText();
      expect(log).toContain('竞买人2');
      expect(log).toContain('成交');
      await noOverflow(page);
      await shot(page, 'auction-guest-ended-phone');
    } finally {
      await context.close();
    }
  }, 120_000);
  it('a signed-in bidder registers for an asset auction with a deposit and is told the account to pay into', async () => {
    // The disposing unit's auction is prepared through the API.
    const created = await gql(`mutation ($input: CreateAuctionInput!) { createAuction(input: $input) { id } }`, {
      input: { direction: 'FORWARD', title: '闲置办公电脑 30 台', description: '2018 年购置，整体处置', startPrice: '6000.00', step: '100.00', deposit: '1000.00', startsAt: new Date().toISOString(), durationMinutes: 30 },
    }, people.users.purchaser.loginName);
    const id = created.createAuction.id as string;
    const { context, page } = await journey!.open(PHONE);
    try {
      await logIn(page, shop, second.loginName, `/auctions/${id}`);
      const registration = page.locator('[data-test="registration"]');
      await registration.waitFor();
      expect(await registration.innerText()).toContain('竞买保证金 ¥1,000.00');
      expect(await page.locator('[data-test="bid-price"]').count()).toBe(0);
      await page.locator('[data-test="register"]').click();
      await expect.poll(() => text(page, 'deposit-state')).toBe('待缴纳');
      expect(await text(page, 'deposit-account')).toMatch(/请转账至虚拟子账号 \S+，到账后即可出价。/);
      await noOverflow(page);
      await shot(page, 'auction-registration-phone');
    } finally {
      await context.close();
    }
  }, 120_000);
});
