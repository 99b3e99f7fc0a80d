import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertListing, seedCategories } from '../api/test/catalog.js';
import { lenderKeys, signAsLender, verifyAsLender } from '../api/test/financing.js';
import { createPeople, randomUscc, type PeopleFixture } from '../api/test/identity.js';
import { insertOrder } from '../api/test/mall.js';
import { asOwner, createTenant } from '../api/test/tenants.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { endJourney, startJourney } from './support/journey.js';
import { input, logIn, noOverflow, shot } from './support/pages.js';

/**
 * Contract financing in chromium against the real API and workers, in a province of its own:
 * the operator registers a bank; the supplier applies for financing of a confirmed order with
 * its consent; the workers deliver the signed package to the bank (a local server here), which
 * verifies it and approves with a signed notice; the supplier sees 已批准 and the lock on the order.
 */
describe('financing journey: register a lender, apply with consent, the bank approves, the account lock shows', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let order: { orderId: string; orderNo: string };
  let bank: Server;
  const keys = lenderKeys();
  const lender = { name: '浙江测试银行', uscc: randomUscc(), accountNo: '6222020200556677' };
  const verified: boolean[] = [];

  beforeAll(async () => {
    // Orders of the fixture (¥1,280.00) are financeable from ¥1,000.00 in this province.
    people = await createPeople(await createTenant({ settings: { financing: { minOrderFen: '100000' } } }));
    await seedCategories(people.tenant.id);
    journey = await startJourney('financing', { apps: ['storefront', 'tenant-admin'] });
    // The order comes from the mall's screens: a confirmed order of this supplier.
    const { orderId } = await insertOrder(people, 'confirmed', await insertListing(people, 'approved'));
    const orderNo = await asOwner(people.tenant.id, async (c) => (await c.query('select order_no from mall_order where id = $1', [orderId])).rows[0].order_no as string);
    order = { orderId, orderNo };
    // The bank: verifies the package with the platform key from its headers, then approves with its own key.
    const api = journey.api;
    bank = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => {
        const ok = verifyAsLender(body, String(req.headers['x-zhengcai-signature']), String(req.headers['x-zhengcai-public-key']));
        verified.push(ok);
        res.writeHead(ok ? 200 : 400).end();
        if (!ok) return;
        const pkg = JSON.parse(body) as { applicationId: string; amountRequested: string };
        const notice = { noticeId: `APPROVE-${pkg.applicationId}`, applicationId: pkg.applicationId, status: 'approved', amount: pkg.amountRequested, at: new Date().toISOString() };
        setTimeout(() => {
          void fetch(`${api.url}${req.headers['x-zhengcai-notice-path']}`, {
            method: 'POST', headers: { 'content-type': 'application/json', 'x-tenant': String(req.headers['x-tenant']), 'x-lender-signature': signAsLender(notice, keys.privateKey) }, body: JSON.stringify(notice),
          });
        }, 200);
      });
    });
    await new Promise<void>((r) => bank.listen(0, '127.0.0.1', r));
  }, 120_000);

  afterAll(async () => {
    await endJourney(journey);
    await new Promise<void>((r) => (bank ? bank.close(() => r()) : r()));
  });

  it('the operator registers the bank with its key and repayment account', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      const origin = journey!.origin('tenant-admin', people.tenant.slug);
      await logIn(page, origin, people.users.operator.loginName, '/lenders');
      await page.locator('[data-test="lender-new"]').click();
      const values = {
        name: lender.name, uscc: lender.uscc, webhookUrl: `http://127.0.0.1:${(bank.address() as AddressInfo).port}/packages`, publicKey: keys.publicKey,
        repaymentBankName: '浙江测试银行杭州分行', repaymentAccountName: '浙江测试银行政采贷回款专户', repaymentAccountNo: '6222 0202 0055 6677',
      };
      for (const [field, value] of Object.entries(values)) await input(page, `lender-${field}`).fill(value);
      await page.locator('[data-test="lender-save"]').click();
      await page.getByText(`已登记“${lender.name}”。`).waitFor();
      expect(await page.locator(`[data-test="lender-state-${lender.uscc}"]`).textContent()).toBe('启用');
      await shot(page, 'financing-lenders-desktop');
    } finally {
      await context.close();
    }
  });

  it('the supplier applies with its consent on a phone; the bank approves; 已批准 and the lock show', async () => {
    const { context, page } = await journey!.open(PHONE);
    try {
      const shop = journey!.origin('storefront', people.tenant.slug);
      await logIn(page, shop, people.users.supplier.loginName, '/supplier/financing');
      await page.locator(`[data-test="apply-${order.orderNo}"]`).click();
      await page.locator('[data-test="apply-lender"]').click();
      await page.locator('.el-select-dropdown__item:visible', { hasText: lender.name }).click();
      expect(await input(page, 'apply-amount').inputValue()).toBe('1280.00');
      await input(page, 'apply-amount').fill('1000');
      // Without the consent nothing is sent.
      await page.locator('[data-test="apply-send"]').click();
      await page.getByText('请勾选同意后再提交。').waitFor();
      await shot(page, 'financing-apply-phone');
      await page.locator('[data-test="apply-consent"]').click();
      await page.locator('[data-test="apply-send"]').click();
      await page.locator('[data-test="financing-done"]').waitFor();
      const state = page.locator(`[data-test="application-state-${order.orderNo}"]`);
      expect(await state.textContent()).toBe('已申请');

      // The workers deliver the package; the bank verifies it and approves.
      await expect.poll(async () => {
        await page.reload();
        await state.waitFor();
        return state.textContent();
      }, { timeout: 45_000, interval: 1000 }).toBe('已批准');
      expect(verified).toEqual([true]);
      expect(await page.locator(`[data-test="locked-${order.orderNo}"]`).textContent()).toBe(`回款账户已锁定至 浙江测试银行杭州分行 ${lender.accountNo}`);
      await noOverflow(page);
      await shot(page, 'financing-approved-phone');

      const download = page.waitForEvent('download');
      await page.locator(`[data-test="package-${order.orderNo}"]`).click();
      expect((await download).suggestedFilename()).toBe(`financing-package-${order.orderNo}.json`);

      await page.goto(`${shop}/supplier/orders/${order.orderId}`);
      const lock = page.locator('[data-test="payee-lock"]');
      await lock.waitFor();
      expect(await lock.innerText()).toContain(`回款账户已锁定至 浙江测试银行杭州分行 ${lender.accountNo}`);
      await noOverflow(page);
      await shot(page, 'financing-order-locked-phone');
    } finally {
      await context.close();
    }
  });
});
