import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertListing, seedCategories } from '../api/test/catalog.js';
import { createPeople, headers, login, type PeopleFixture } from '../api/test/identity.js';
import { insertBudgetLine, PLACE_ORDER, placeInput } from '../api/test/mall.js';
import { insertNotification } from '../api/test/notifications.js';
import { asOwner, createTenant } from '../api/test/tenants.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { input, logIn, noOverflow, shot } from './support/pages.js';
import { endJourney, startJourney } from './support/journey.js';

/**
 * The notification centre in chromium against the real API and workers, in a province of its
 * own: a buyer's new orders reach the supplier's bell (live), the supplier opens the notice,
 * marks the rest read, and switches e-mail off for new orders; mandatory kinds stay locked.
 */
describe('notifications journey: bell, centre, settings', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let shop: string;
  let adminUrl: string;
  let buyerToken: string;

  beforeAll(async () => {
    people = await createPeople(await createTenant());
    await seedCategories(people.tenant.id);
    journey = await startJourney('notifications', { apps: ['storefront', 'tenant-admin'] });
    shop = journey.origin('storefront', people.tenant.slug);
    adminUrl = journey.origin('tenant-admin', people.tenant.slug);
    buyerToken = (await login(journey.api, people.tenant, people.users.purchaser.loginName)).accessToken;
  }, 120_000);
  afterAll(() => endJourney(journey));

  /** The buyer's order belongs to the mall screens (another journey): placed here over GraphQL. */
  async function buyerPlacesOrder(): Promise<{ id: string; orderNo: string }> {
    const [listing, line] = await Promise.all([insertListing(people, 'approved'), insertBudgetLine(people.tenant.id, people.organisations.purchasing_unit.id, 10_000_00n)]);
    const { body } = await journey!.api.gql(PLACE_ORDER, { variables: { input: placeInput(listing, line) }, headers: headers(people.tenant, buyerToken) });
    expect(body.errors).toBeUndefined();
    return body.data!.placeOrder as { id: string; orderNo: string };
  }
  const notices = () => asOwner(people.tenant.id, async (c) => (await c.query(`select count(*)::int as n from notification where user_id = $1`, [people.users.supplier.id])).rows[0].n as number);

  it('the supplier sees the new order in the centre on a phone, opens it, and the bell follows live', async () => {
    const first = await buyerPlacesOrder();
    await expect.poll(notices, { timeout: 30_000 }).toBe(1);
    const { context, page } = await journey!.open(PHONE);
    try {
      await logIn(page, shop, people.users.supplier.loginName, '/notifications');
      await expect.poll(() => page.locator('[data-test="notifications-title"]').textContent()).toBe('消息中心');
      await expect.poll(() => page.locator('[data-test="notification-count"] sup').textContent()).toBe('1');
      const item = page.locator('[data-test^="notification-"][data-read="false"]').first();
      expect(await item.innerText()).toContain(`新订单 ${first.orderNo} 待确认`);
      expect(await item.innerText()).toContain('紧急');
      await noOverflow(page);
      await shot(page, 'notifications-centre-phone');

      // A second order arrives while the page is open: the bell and the list follow without a reload.
      const second = await buyerPlacesOrder();
      await expect.poll(() => page.locator('[data-test="notification-count"] sup').textContent(), { timeout: 30_000 }).toBe('2');
      await expect.poll(() => page.locator('.nc__item').count(), { timeout: 10_000 }).toBe(2);
      expect(await page.locator('.nc__item').first().innerText()).toContain(second.orderNo);

      // Opening the older one marks it read and leads to the order.
      await page.locator('.nc__item', { hasText: first.orderNo }).locator('[data-test="notification-open"]').click();
      await page.waitForURL(`${shop}/supplier/orders/${first.id}`);
      await expect.poll(() => page.locator('[data-test="notification-count"] sup').textContent()).toBe('1');

      await page.locator('[data-test="notification-bell"]').click();
      await page.waitForURL(`${shop}/notifications`);
      await page.locator('[data-test="notifications-mark-all"]').click();
      await expect.poll(() => page.locator('[data-test="notification-count"]').locator('sup').isVisible()).toBe(false);
      expect(await page.locator('[data-read="false"]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('the supplier switches e-mail off for new orders and sets its address; mandatory kinds are locked and say so', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, shop, people.users.supplier.loginName, '/notifications/settings');
      await expect.poll(() => page.locator('[data-test="notification-preferences-title"]').textContent()).toBe('通知设置');
      const opening = page.locator('[data-test="preference-tender.lot.opening-started"]');
      expect(await opening.innerText()).toContain('必收');
      expect(await opening.locator('[data-test="preference-tender.lot.opening-started-EMAIL"]').getAttribute('class')).toContain('is-disabled');
      expect(await page.locator('[data-test="preferences-mandatory-note"]').innerText()).toContain('不能关闭');

      const email = page.locator('[data-test="preference-mall.order.placed-EMAIL"]');
      expect(await email.getAttribute('class')).toContain('is-checked');
      await email.click();
      await expect.poll(() => email.getAttribute('class')).not.toContain('is-checked');

      await input(page, 'notification-email').fill('不是邮箱');
      await page.locator('[data-test="notification-email-save"]').click();
      await expect.poll(() => page.locator('.el-form-item__error').first().textContent()).toContain('邮箱');
      await input(page, 'notification-email').fill('shop@example.cn');
      await page.locator('[data-test="notification-email-save"]').click();
      await expect.poll(() => page.locator('[data-test="notification-email-saved"]').isVisible()).toBe(true);
      await shot(page, 'notifications-settings-desktop');

      const rows = await asOwner(people.tenant.id, async (c) => (await c.query(
        `select p.event_type, p.channel, p.enabled, u.email from notification_preference p join user_account u on u.id = p.user_id where p.user_id = $1`, [people.users.supplier.id])).rows);
      expect(rows).toEqual([{ event_type: 'mall.order.placed', channel: 'email', enabled: false, email: 'shop@example.cn' }]);
    } finally {
      await context.close();
    }
  });

  it('an operator finds a failed e-mail in the delivery list and sends it again; it leaves the failed list for the waiting one', async () => {
    const failed = await insertNotification(people.tenant.id, people.users.supplier.id, 'failed');
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, adminUrl, people.users.operator.loginName, '/notification-deliveries');
      await expect.poll(() => page.locator('[data-test="deliveries-title"]').textContent()).toBe('通知投递');
      const reason = page.locator(`[data-test="delivery-reason-${failed.deliveryId}"]`);
      await expect.poll(() => reason.textContent()).toBe('mailbox unavailable');
      const row = page.locator('[data-test="deliveries-table"] tr', { has: reason });
      expect(await row.innerText()).toMatch(/新订单待确认[\s\S]*邮件[\s\S]*2/);
      await shot(page, 'console-deliveries-failed-desktop');

      await page.locator(`[data-test="delivery-resend-${failed.deliveryId}"]`).click();
      await expect.poll(() => page.locator('[data-test="delivery-resent"]').textContent()).toContain('已重新发送给');
      await expect.poll(() => reason.count()).toBe(0);
      const state = async () => (await asOwner(people.tenant.id, (c) => c.query(`select state from notification_delivery where id = $1`, [failed.deliveryId]))).rows[0].state as string;
      expect(await state()).not.toBe('failed');

      // The workers try it again at once (this journey has no mail server: it waits for its next try).
      await page.locator('[data-test="delivery-state-PENDING"]').click();
      await page.waitForURL(/state=PENDING/);
      await expect.poll(() => reason.count()).toBe(1);
      expect(await page.locator(`[data-test="delivery-resend-${failed.deliveryId}"]`).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('the settings fit a phone', async () => {
    const { context, page } = await journey!.open(PHONE);
    try {
      await logIn(page, shop, people.users.supplier.loginName, '/notifications/settings');
      await expect.poll(() => page.locator('[data-test="notification-preferences-title"]').textContent()).toBe('通知设置');
      await noOverflow(page);
      await shot(page, 'notifications-settings-phone');
    } finally {
      await context.close();
    }
  });
});
