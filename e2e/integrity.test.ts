import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderDeadlineKind } from '@zhengcai/schema';
import { IntegritySources } from '../api/src/oversight/integrity/integrity-sources.js';
import { TenantDb } from '../api/src/platform/database/tenant-db.js';
import { insertListing, seedCategories } from '../api/test/catalog.js';
import { createPeople, TEST_PASSWORD, type PeopleFixture } from '../api/test/identity.js';
import { insertOrder } from '../api/test/mall.js';
import { insertFinding } from '../api/test/oversight.js';
import { asOwner, contextFor, createTenant } from '../api/test/tenants.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { shot } from './support/pages.js';
import { endJourney, startJourney } from './support/journey.js';

/**
 * Supplier integrity in chromium against the real API and workers, in a province of its own
 * (no demo seed): a supplier with a late shipment and a price offence sees both events and
 * appeals one; the operator upholds it; the supplier's score rises back.
 */
describe('integrity journey: events, appeal, uphold, score back', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let shop: string;
  let console_: string;
  let lateEventId: string;

  const standing = () => asOwner(people.tenant.id, async (c) => (await c.query<{ score: number; band: string }>(`select score, band from integrity_standing where supplier_id = $1`, [people.organisations.supplier.id])).rows[0]);

  beforeAll(async () => {
    people = await createPeople(await createTenant());
    const tenantId = people.tenant.id;
    await seedCategories(tenantId);
    journey = await startJourney('integrity', { apps: ['storefront', 'tenant-admin'] });
    // The facts belong to other screens and jobs (the order deadline sweep, price inspection):
    // a shipment deadline missed and a listing delisted by inspection, recorded as the
    // integrity jobs record them; the workers then recompute the supplier's standing.
    const listing = await insertListing(people, 'approved');
    const order = await insertOrder(people, 'confirmed', listing);
    const finding = await insertFinding(tenantId, await insertListing(people, 'delisted'), people.organisations.supplier.id, { state: 'delisted' });
    const ctx = contextFor(people.tenant);
    const sources = journey!.api.app.get(IntegritySources);
    await journey!.api.app.get(TenantDb).transaction(ctx, async (em, tx) => {
      lateEventId = (await sources.missedDeadline(em, tx, ctx, { tenantId, orderId: order.orderId, party: 'supplier', kind: OrderDeadlineKind.Ship }, new Date()))!;
      await sources.priceOffence(em, tx, ctx, finding, { offences: 1, repeat: false });
    });
    // 100 − 3 − 10, each barely decayed.
    for (let i = 0; (await standing())?.score !== 87; i++) {
      if (i > 60) throw new Error(`the workers did not recompute the standing: ${JSON.stringify(await standing())}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    shop = journey.origin('storefront', people.tenant.slug);
    console_ = journey.origin('tenant-admin', people.tenant.slug);
  }, 120_000);

  afterAll(() => endJourney(journey));

  async function logIn(page: Page, origin: string, loginName: string, redirect: string) {
    await page.goto(`${origin}/login?redirect=${encodeURIComponent(redirect)}`);
    await page.getByLabel('登录名').fill(loginName);
    await page.getByLabel('密码', { exact: true }).fill(TEST_PASSWORD);
    await page.locator('[data-test="login-submit"]').click();
    await page.waitForURL(`${origin}${redirect}`);
  }

  const noOverflow = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  it('the supplier sees its score, band and both events, and appeals the late shipment, on a phone', async () => {
    const { context, page } = await journey!.open(PHONE);
    try {
      await logIn(page, shop, people.users.supplier.loginName, '/supplier/integrity');
      await expect.poll(() => page.locator('[data-test="integrity-title"]').textContent()).toBe('我的诚信');
      expect(await page.locator('[data-test="integrity-score"]').textContent()).toBe('87');
      expect(await page.locator('[data-test="integrity-standing"] [data-test="integrity-band"]').textContent()).toContain('诚信 B 级');
      const late = page.locator(`[data-test="integrity-event-${lateEventId}"]`);
      expect(await late.innerText()).toContain('逾期发货');
      expect(await late.innerText()).toContain('记录分值 −3');
      expect(await page.locator('[data-kind="PRICE_OFFENCE"]').innerText()).toContain('价格违规（巡检下架）');
      expect(await page.locator('[data-kind="PRICE_OFFENCE"]').innerText()).toContain('记录分值 −10');
      await noOverflow(page);
      await shot(page, 'integrity-supplier-phone');

      await page.locator(`[data-test="appeal-${lateEventId}"]`).click();
      // Too short a reason is caught before it is sent.
      await page.locator('textarea[data-test="appeal-reason"], [data-test="appeal-reason"] textarea').first().fill('x');
      await page.locator('[data-test="appeal-confirm"]').click();
      await page.getByText('请填写至少 2 个字的理由。').waitFor();
      await page.locator('textarea[data-test="appeal-reason"], [data-test="appeal-reason"] textarea').first().fill('订单已按期发货，物流单号 SF1234567890 可查。');
      await page.locator('[data-test="appeal-confirm"]').click();
      await expect.poll(() => late.locator('[data-test="integrity-event-state"]').textContent()).toBe('申诉中');
      expect(await late.locator('[data-test="integrity-appeal"]').innerText()).toContain('待处理');
      expect(await page.locator(`[data-test="appeal-${lateEventId}"]`).count()).toBe(0);
      await shot(page, 'integrity-supplier-appealed-phone');
    } finally {
      await context.close();
    }
  });

  it('the operator finds the appeal in 诚信管理 and upholds it', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, console_, people.users.operator.loginName, '/integrity');
      await expect.poll(() => page.locator('[data-test="integrity-admin-title"]').textContent()).toBe('诚信管理');
      await page.locator(`[data-test="standing-${people.organisations.supplier.id}"]`).waitFor();
      await shot(page, 'integrity-admin-standings-desktop');

      await page.locator('[data-test="tab-appeals"]').click();
      await page.waitForURL(/tab=appeals/);
      const appeal = page.locator('[data-test^="appeal-"]').first();
      await appeal.waitFor();
      expect(await appeal.innerText()).toContain('订单已按期发货');
      expect(await appeal.innerText()).toContain('逾期发货');
      await shot(page, 'integrity-admin-appeals-desktop');
      await appeal.locator('[data-test^="uphold-"]').click();
      await page.locator('textarea[data-test="decision-reason"], [data-test="decision-reason"] textarea').first().fill('物流记录显示按期发货，记录撤销。');
      await page.locator('[data-test="decision-confirm"]').click();
      await page.getByText('没有待处理的申诉。').waitFor();
    } finally {
      await context.close();
    }
  });

  it('the supplier sees the event removed and its score back up', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, shop, people.users.supplier.loginName, '/supplier/integrity');
      await expect.poll(() => page.locator('[data-test="integrity-score"]').textContent()).toBe('90');
      expect(await page.locator('[data-test="integrity-standing"] [data-test="integrity-band"]').textContent()).toContain('诚信 A 级');
      const late = page.locator(`[data-test="integrity-event-${lateEventId}"]`);
      expect(await late.locator('[data-test="integrity-event-state"]').textContent()).toBe('已撤销');
      expect(await late.locator('[data-test="integrity-appeal"]').innerText()).toContain('申诉成立');
      expect(await late.locator('[data-test="integrity-points-now"]').textContent()).toBe('当前影响 0');
      await shot(page, 'integrity-supplier-restored-desktop');
    } finally {
      await context.close();
    }
  });
});
