import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCategories } from '../api/test/catalog.js';
import { createPeople, type PeopleFixture } from '../api/test/identity.js';
import { findingsOf, insertListingOf, insertReference, insertStandardProduct, insertSupplierOrganisation } from '../api/test/oversight.js';
import { createTenant } from '../api/test/tenants.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { logIn, noOverflow, shot } from './support/pages.js';
import { endJourney, startJourney } from './support/journey.js';

/**
 * Price inspection in chromium against the real API and workers, in a province of its own (no
 * demo seed: another journey file seeds concurrently): an operator starts a run and watches it
 * finish, reads a finding's evidence; the supplier justifies; the operator dismisses; a buyer
 * sees the price band on the listing page.
 */
describe('price inspection journey: run, evidence, justification, dismissal, price band', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let listingId: string;
  let productId: string;
  let shop: string;
  let console_: string;

  beforeAll(async () => {
    people = await createPeople(await createTenant());
    // The catalogue belongs to other screens (listing, approval, price import): a standard
    // product with five other suppliers' listings around ¥1,010, the supplier's own at ¥1,280,
    // and an imported e-commerce price of ¥1,000 for that listing.
    const tenantId = people.tenant.id;
    await seedCategories(tenantId);
    const product = await insertStandardProduct(tenantId);
    productId = product;
    for (const fen of [100_000n, 101_000n, 101_000n, 102_000n, 103_000n]) await insertListingOf(tenantId, await insertSupplierOrganisation(tenantId), fen, { standardProductId: product });
    listingId = await insertListingOf(tenantId, people.organisations.supplier.id, 128_000n, { standardProductId: product });
    await insertReference(tenantId, { listingId }, '京东', 100_000n);
    journey = await startJourney('inspection', { apps: ['storefront', 'tenant-admin'] });
    shop = journey.origin('storefront', people.tenant.slug);
    console_ = journey.origin('tenant-admin', people.tenant.slug);
  }, 120_000);

  afterAll(() => endJourney(journey));

  const findingId = async () => (await findingsOf(people.tenant.id, listingId))[0]?.id;

  it('an operator starts a run, watches it finish, and reads the finding’s evidence', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, console_, people.users.operator.loginName, '/inspection/runs');
      await page.getByRole('navigation').getByText('监管', { exact: true }).hover();
      const popup = page.locator('.el-menu--popup:visible');
      await popup.waitFor();
      expect(await popup.innerText()).toContain('价格巡检');
      expect(await popup.innerText()).toContain('巡检任务');
      await page.getByText('还没有巡检任务。').waitFor();

      await page.locator('[data-test="start-run"]').click();
      const state = page.locator('[data-test^="run-state-"]').first();
      await state.waitFor();
      // The workers run it; the page polls every 2 s until it is done.
      await expect.poll(() => state.textContent(), { timeout: 30_000, interval: 500 }).toBe('已完成');
      const runId = (await state.getAttribute('data-test'))!.replace('run-state-', '');
      expect(await page.locator(`[data-test="run-progress-${runId}"]`).innerText()).toContain('已巡检 6 / 6');
      expect(await page.locator(`[data-test="run-findings-${runId}"]`).textContent()).toBe('1');
      await shot(page, 'inspection-runs-desktop');

      const id = await findingId();
      expect(id).toBeTruthy();
      await page.getByText('查看价格预警 →').click();
      await page.waitForURL(`${console_}/inspection/findings`);
      await page.locator(`[data-test="finding-state-${id}"]`).waitFor();
      expect(await page.locator(`[data-test="finding-state-${id}"]`).textContent()).toBe('待更正或说明');
      // The state filter is kept in the address; corrected findings do not include this one.
      await page.locator('[data-test="filter-state"]').click();
      await page.locator('.el-select-dropdown__item:visible', { hasText: /^已更正$/ }).click();
      await page.waitForURL(/state=CORRECTED/);
      await page.getByText('没有符合条件的价格预警。').waitFor();
      await page.goto(`${console_}/inspection/findings?state=OPEN&listing=${listingId}`);
      const row = page.locator('[data-test="findings-table"] .el-table__row', { hasText: listingId });
      await row.locator('.el-table__expand-icon').click();
      const evidence = page.locator(`[data-test="finding-detail-${id}"]`);
      await evidence.waitFor();
      expect(await evidence.locator('[data-test="evidence-price"]').textContent()).toBe('¥1,280.00');
      expect(await evidence.locator('[data-test="evidence-reference"]').textContent()).toBe('¥1,000.00（导入参考价）');
      expect(await evidence.locator('[data-test="evidence-deviation"]').textContent()).toBe('+28.00%');
      const imported = await evidence.locator('tr[data-source="IMPORTED"]').innerText();
      expect(imported).toContain('京东：¥1,000.00');
      const peer = await evidence.locator('tr[data-source="PEER"]').innerText();
      expect(peer).toContain('¥1,010.00');
      expect(peer).toContain('第一四分位');
      await shot(page, 'inspection-finding-evidence-desktop');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('the supplier sees the alert on a phone, is refused an empty reason, and justifies the price', async () => {
    const id = await findingId();
    const { context, page } = await journey!.open(PHONE);
    try {
      await logIn(page, shop, people.users.supplier.loginName, '/supplier/price-findings');
      const item = page.locator(`[data-test="price-alert-${id}"]`);
      await item.waitFor();
      expect(await item.locator('[data-test="price-alert-state"]').textContent()).toBe('待更正或说明');
      expect(await item.locator('[data-test="price-alert-deadline"]').innerText()).toMatch(/请在 .+ 前更正价格或提交说明（还剩 \d+ 天 \d+ 小时）/);
      expect(await item.locator('[data-test="evidence-deviation"]').textContent()).toBe('+28.00%');
      expect(await item.locator('[data-test="price-alert-correct"]').getAttribute('href')).toBe('/supplier/listings?state=APPROVED');
      await noOverflow(page);
      await shot(page, 'inspection-supplier-alert-phone');

      await page.locator(`[data-test="justify-${id}"]`).click();
      await page.locator('[data-test="justify-confirm"]').click();
      await page.getByText('请填写至少 2 个字的理由。').waitFor();
      await page.locator('textarea[data-test="justify-reason"], [data-test="justify-reason"] textarea').first().fill('含上门安装和三年保修，配置高于同类商品。');
      await page.locator('[data-test="justify-confirm"]').click();
      await expect.poll(() => item.locator('[data-test="price-alert-state"]').textContent()).toBe('已说明待审核');
      expect(await item.innerText()).toContain('含上门安装和三年保修');
      await shot(page, 'inspection-supplier-justified-phone');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('the operator reads the justification and dismisses the finding', async () => {
    const id = await findingId();
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, console_, people.users.operator.loginName, `/inspection/findings?state=JUSTIFIED`);
      await page.locator(`[data-test="finding-state-${id}"]`).waitFor();
      const row = page.locator('[data-test="findings-table"] .el-table__row', { hasText: listingId });
      await row.locator('.el-table__expand-icon').click();
      expect(await page.locator('[data-test="finding-justification"]').innerText()).toContain('含上门安装和三年保修');
      await page.locator(`[data-test="dismiss-${id}"]`).click();
      await page.locator('[data-test="finding-decision-confirm"]').click();
      await page.getByText('请填写至少 2 个字的理由。').waitFor();
      await page.locator('textarea[data-test="finding-decision-text"], [data-test="finding-decision-text"] textarea').first().fill('含安装服务，价格合理，不构成违规。');
      await shot(page, 'inspection-dismiss-dialog-desktop');
      await page.locator('[data-test="finding-decision-confirm"]').click();
      await page.getByText('没有符合条件的价格预警。').waitFor();
      await page.goto(`${console_}/inspection/findings?state=DISMISSED`);
      await expect.poll(() => page.locator(`[data-test="finding-state-${id}"]`).textContent()).toBe('已驳回（不构成违规）');
      await shot(page, 'inspection-findings-dismissed-desktop');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('a buyer sees the reference price band on the listing page, on a phone', async () => {
    const { context, page } = await journey!.open(PHONE);
    try {
      await logIn(page, shop, people.users.purchaser.loginName, `/listings/${listingId}`);
      const band = page.locator('[data-test="price-band"]');
      await band.waitFor();
      expect(await band.locator('[data-test="band-median"]').textContent()).toBe('¥1,010.00');
      expect(await band.innerText()).toContain('5 件在售');
      expect(await band.locator('[data-test="band-position"]').textContent()).toBe('本商品价格高于大多数同类商品。');
      await band.scrollIntoViewIfNeeded();
      await noOverflow(page);
      await shot(page, 'inspection-price-band-phone');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('the operator edits the inspection rules in the tenant settings', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, console_, people.users.operator.loginName, '/settings');
      const peers = page.locator('input[data-test="field-inspection.minPeerSample"], [data-test="field-inspection.minPeerSample"] input').first();
      await expect.poll(() => peers.inputValue()).toBe('3');
      const sources = page.locator('[data-test="item-inspection.sources"]');
      await expect.poll(() => sources.innerText()).toContain('近期成交中位价');
      // Take the transactions source out, raise the peer sample, and save: both persist.
      await sources.locator('.el-tag', { hasText: '近期成交中位价' }).locator('.el-tag__close').click();
      await peers.fill('4');
      await page.locator('[data-test="settings-save"]').click();
      await page.locator('[data-test="settings-saved"]').waitFor();
      await page.reload();
      await expect.poll(() => peers.inputValue()).toBe('4');
      // The sources shown once loaded (a poll for "not there" alone would pass on an empty list).
      await expect.poll(() => sources.innerText()).toContain('导入参考价');
      expect(await sources.innerText()).not.toContain('近期成交中位价');
      await sources.scrollIntoViewIfNeeded();
      await shot(page, 'inspection-settings-desktop');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('the operator imports reference prices: the template, a file with a bad row, the row errors', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, console_, people.users.operator.loginName, '/inspection/references');
      const template = page.waitForEvent('download');
      await page.locator('[data-test="reference-template"]').click();
      expect((await template).suggestedFilename()).toMatch(/\.xlsx$/);
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const csv = `\uFEFF标准商品编号,商品编号,来源,参考价（元）,采集日期,链接\r\n${productId},,天猫,1005.00,${yesterday},\r\n,${listingId},淘宝,九百,${yesterday},\r\n`;
      await page.locator('input[type="file"]').setInputFiles({ name: '参考价.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.locator('[data-test="reference-import-send"]').click();
      await page.waitForURL(/import=/);
      await expect.poll(() => page.locator('[data-test="reference-import-counts"]').textContent()).toBe('共 2 行，导入 1 行，1 行有问题。');
      const errors = await page.locator('[data-test="reference-import-errors"]').innerText();
      expect(errors).toContain('参考价（元）');
      expect(errors).toMatch(/\b3\b/);
      // The result stays in the address: a reload shows it again.
      await page.reload();
      await page.locator('[data-test="reference-import-errors"]').waitFor();
      await shot(page, 'inspection-references-desktop');
    } finally {
      await context.close();
    }
  }, 120_000);
});
