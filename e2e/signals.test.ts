import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCategories } from '../api/test/catalog.js';
import { createPeople, type PeopleFixture } from '../api/test/identity.js';
import { insertLotBid, insertSplitOrder, signalsOf } from '../api/test/signals.js';
import { insertSupplier, insertTenderProject } from '../api/test/tender.js';
import { createTenant } from '../api/test/tenants.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { logIn as logInAt, noOverflow, shot } from './support/pages.js';
import { endJourney, startJourney } from './support/journey.js';

/**
 * Compliance signals in chromium against the real API, in a province of its own (no demo seed:
 * another journey file seeds concurrently). Finance starts the checks from the page (the
 * runComplianceChecks mutation, so no workers are needed), sees an order-splitting signal and a
 * same-device signal, dismisses the first with a reason and refers the second.
 */
describe('compliance signals journey: checks, evidence, dismiss, refer', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let console_: string;
  let lotId: string;
  const deviceId = 'dev-4f2a9c';

  beforeAll(async () => {
    // One-click orders up to ¥50,000; a public tender from ¥100,000.
    people = await createPeople(await createTenant({ settings: { purchaseRoutes: { directOrderMaxFen: '5000000', mallSourcingMaxFen: '10000000', publicTenderMinFen: '10000000' } } }));
    const tenantId = people.tenant.id;
    await seedCategories(tenantId);
    // The purchases belong to the buyer's mall screens: two one-click orders of computers this
    // quarter, ¥50,000 each, from the fixture's unit.
    for (const [code, minutesAgo] of [['A02010104', 30], ['A02010105', 10]] as const) {
      await insertSplitOrder(tenantId, {
        unitId: people.organisations.purchasing_unit.id, buyerUserId: people.users.purchaser.id, supplierId: people.organisations.supplier.id,
        categoryCode: code, amountFen: 5_000_000n, placedAt: new Date(Date.now() - minutesAgo * 60_000),
      });
    }
    // The bids belong to the suppliers' bid screens and the opening: a lot in evaluation whose
    // two bids (of different suppliers) came from one device.
    ({ lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ state: 'evaluating' }] }));
    for (const [i, price] of [98_000_000n, 115_000_000n].entries()) {
      const s = await insertSupplier(tenantId, `${people.tenant.slug}${i}`);
      await insertLotBid(tenantId, lotId, { supplierId: s.organisationId, submittedBy: s.userId, deviceId, ip: `203.0.113.${10 + i}`, priceFen: price });
    }
    journey = await startJourney('signals', { apps: ['tenant-admin'], workers: false });
    console_ = journey.origin('tenant-admin', people.tenant.slug);
  }, 120_000);

  afterAll(() => endJourney(journey));

  const logIn = (page: Page, loginName: string, redirect: string) => logInAt(page, console_, loginName, redirect);

  const reviewText = (page: Page) => page.locator('textarea[data-test="signal-review-text"], [data-test="signal-review-text"] textarea').first();

  it('finance runs the checks and sees both signals', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, people.users.finance.loginName, '/oversight/signals');
      await page.getByRole('navigation').getByText('监管', { exact: true }).hover();
      const popup = page.locator('.el-menu--popup:visible');
      await popup.waitFor();
      expect(await popup.innerText()).toContain('合规预警');
      await page.getByText('暂无合规预警').waitFor();

      await page.locator('[data-test="run-checks"]').click();
      await expect.poll(() => page.locator('[data-test="run-result"]').textContent()).toContain('新增 2 条');
      const table = page.locator('[data-test="signals-table"]');
      await table.getByText('化整为零').waitFor();
      await table.getByText('同一IP或设备投标').waitFor();
      expect(await table.innerText()).toContain('计算机设备');
      expect(await table.innerText()).toContain('¥100,000.00');
      expect(await table.locator('.el-table__row').count()).toBe(2);
      await shot(page, 'signals-list-desktop');

      // The kind filter is kept in the address.
      await page.locator('[data-test="filter-kind"]').click();
      await page.locator('.el-select-dropdown__item:visible', { hasText: /^化整为零$/ }).click();
      await page.waitForURL(/kind=ORDER_SPLITTING/);
      await expect.poll(() => table.locator('.el-table__row').count()).toBe(1);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('finance reads the split orders against the threshold and dismisses the signal with a reason', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, people.users.finance.loginName, '/oversight/signals?kind=ORDER_SPLITTING');
      await page.locator('[data-test="signal-link-ORDER_SPLITTING"]').click();
      await page.waitForURL(/\/oversight\/signals\/[0-9a-f-]{36}$/);
      const sum = page.locator('[data-test="splitting-sum"]');
      await sum.waitFor();
      expect(await sum.innerText()).toContain('合计 ¥100,000.00');
      expect(await sum.innerText()).toContain('公开招标限额 ¥100,000.00');
      expect(await sum.innerText()).toContain('单笔直购上限 ¥50,000.00');
      expect(await sum.innerText()).toContain('恰好达到限额');
      const orders = page.locator('[data-test="signal-orders"] .el-table__body .el-table__row');
      expect(await orders.count()).toBe(2);
      expect(await orders.first().innerText()).toContain('¥50,000.00');
      await shot(page, 'signals-splitting-detail-desktop');

      await page.locator('[data-test="signal-dismiss"]').click();
      await page.locator('[data-test="signal-review-confirm"]').click();
      await page.getByText('请填写排除理由（至少 2 个字）。').waitFor();
      await reviewText(page).fill('两笔订单分属不同预算项目，已核实不构成化整为零。');
      await shot(page, 'signals-dismiss-dialog-desktop');
      await page.locator('[data-test="signal-review-confirm"]').click();
      await expect.poll(() => page.locator('[data-test="signal-state"]').textContent()).toBe('已排除');
      expect(await page.locator('[data-test="signal-review"]').innerText()).toContain('两笔订单分属不同预算项目');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('on a phone, finance sees the shared device highlighted and refers the signal', async () => {
    const { context, page } = await journey!.open(PHONE);
    try {
      await logIn(page, people.users.finance.loginName, '/oversight/signals?state=OPEN');
      await page.locator('[data-test="signal-link-SAME_ORIGIN"]').click();
      await page.waitForURL(/\/oversight\/signals\/[0-9a-f-]{36}$/);
      await page.locator('[data-test="signal-bids"]').waitFor();
      expect(await page.locator('[data-test="signal-shared"]').textContent()).toBe(deviceId);
      const highlighted = page.locator('[data-test="signal-bids"] [data-test="shared-value"]');
      await expect.poll(() => highlighted.count()).toBe(2);
      expect(await highlighted.first().textContent()).toBe(deviceId);
      await noOverflow(page);
      await shot(page, 'signals-same-device-phone');

      await page.locator('[data-test="signal-refer"]').click();
      await reviewText(page).fill('两家供应商由同一设备投标，请核查是否串通投标。');
      await page.locator('[data-test="signal-review-confirm"]').click();
      await page.getByText('请填写移交对象（至少 2 个字）。').waitFor();
      await page.locator('input[data-test="signal-refer-to"], [data-test="signal-refer-to"] input').first().fill('监督检查处');
      await noOverflow(page);
      await shot(page, 'signals-refer-dialog-phone');
      await page.locator('[data-test="signal-review-confirm"]').click();
      await expect.poll(() => page.locator('[data-test="signal-state"]').textContent()).toBe('已移交');
      expect(await page.locator('[data-test="signal-review"]').innerText()).toContain('监督检查处');
      await noOverflow(page);

      await page.goto(`${console_}/oversight/signals?state=OPEN`);
      await page.getByText('暂无合规预警').waitFor();
      await noOverflow(page);
      await shot(page, 'signals-list-phone');
    } finally {
      await context.close();
    }
    const states = (await signalsOf(people.tenant.id)).map((s) => [s.kind, s.state]).sort();
    expect(states).toEqual([['order_splitting', 'dismissed'], ['same_origin', 'referred']]);
  }, 120_000);
});
