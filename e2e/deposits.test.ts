import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { virtualAccountRef } from '../api/src/deposits/deposit-interest.js';
import { guaranteeSignedText } from '../api/src/deposits/guarantee-signature.js';
import { JobQueues } from '../api/src/platform/jobs/job-queues.js';
import { depositRefunds, insertDeposit, insertIssuer, issuerKeys, setLotOutcome } from '../api/test/deposits.js';
import { createPeople, headers, login, type PeopleFixture } from '../api/test/identity.js';
import { insertTenderProject } from '../api/test/tender.js';
import { createTenant } from '../api/test/tenants.js';
import { instantToZoned } from '../web-kit/src/format/zoned.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { input, logIn, noOverflow, shot } from './support/pages.js';
import { endJourney, startJourney } from './support/journey.js';

const ZONE = 'Asia/Shanghai';

/**
 * Deposits and guarantees in chromium against the real API and workers, in a province of its own
 * (no demo seed: another journey file seeds concurrently): the supplier centre's 我的保证金 and the
 * console's deposit pages for finance.
 */
describe('deposit journeys: bank transfer, flagged and matched transfers, return of the flagged one, guarantee, refund, forfeiture challenge, reconciliation', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let lotA: string;
  let lotB: string;
  let account: string;
  let shop: string;
  let console_: string;
  let issuer: { id: string; name: string };
  const keys = issuerKeys('sm2');

  beforeAll(async () => {
    people = await createPeople(await createTenant());
    // The buyer's part (a published project, two lots in bidding, each with a ¥1,000 deposit) is on other screens.
    ({ lotIds: [lotA, lotB] } = await insertTenderProject(people, { lots: [{ depositFen: 100_000n }, { depositFen: 100_000n }], bidDeadline: new Date(Date.now() + 5 * 86_400_000) }));
    // The operator registers issuers on the console (another journey): this one is in the database.
    issuer = await insertIssuer(people.tenant.id, people.users.operator.id, keys, { name: '浙江测试担保有限公司' });
    account = virtualAccountRef(people.tenant.id, people.organisations.supplier.id);
    journey = await startJourney('deposits', { apps: ['storefront', 'tenant-admin'] });
    shop = journey.origin('storefront', people.tenant.slug);
    console_ = journey.origin('tenant-admin', people.tenant.slug);
  }, 120_000);

  afterAll(() => endJourney(journey));

  /** The issuer's guarantee file: the signed terms and the signature (of this issuer's key, or another's). */
  function guaranteeFile(lotId: string, guaranteeNo: string, signer = keys) {
    const terms = {
      guaranteeNo, issuerName: issuer.name, beneficiary: '某采购单位', applicantUscc: people.organisations.supplier.uscc!, lotId, amountFen: 100_000n,
      validFrom: new Date(Date.now() - 86_400_000), validUntil: new Date(Date.now() + 365 * 86_400_000),
    };
    const text = guaranteeSignedText(terms);
    return { text: `${text}\nsignature=${signer.sign(text)}`, goodSignature: keys.sign(text) };
  }

  it('the supplier opens a deposit from a lot link and sees the bank-transfer instructions', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, shop, people.users.supplier.loginName, `/supplier/deposits?lotId=${lotA}`);
      await expect.poll(() => page.locator('[data-test="deposits-title"]').textContent()).toBe('我的保证金与保函');
      expect(await page.getByRole('menuitem', { name: '我的保证金', includeHidden: true }).count()).toBe(1);
      expect(await page.locator('[data-test="deposit-account"]').textContent()).toBe(account);
      expect(await input(page, 'open-lot-id').inputValue()).toBe(lotA);
      await page.locator('[data-test="open-lot-facts"]').getByText('办公计算机采购项目').waitFor();
      await page.locator('[data-test="open-deposit"]').click();
      const instructions = page.locator('[data-test="transfer-instructions"]');
      await instructions.waitFor();
      expect(await page.locator('[data-test="transfer-account"]').textContent()).toBe(account);
      expect(await page.locator('[data-test="transfer-amount"]').textContent()).toBe('¥1,000.00');
      expect(await page.locator('[data-test="transfer-reference"]').textContent()).toBe(account);
      await shot(page, 'deposits-supplier-transfer-instructions-desktop');
      await page.locator('[data-test="pay-close"]').click();
      expect(await page.locator(`[data-test="deposit-state-${lotA}"]`).textContent()).toBe('待缴纳');
      // The row names its lot and project from the deposit itself.
      await page.locator('[data-test="deposits-table"]').getByText('第 1 包 第1包').waitFor();
      await page.locator('[data-test="deposits-table"]').getByText('办公计算机采购项目').waitFor();
    } finally {
      await context.close();
    }
  }, 60_000);

  it('finance records a short transfer (flagged and listed), then the exact one (the deposit is held)', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, console_, people.users.finance.loginName, '/deposits/transfers');
      await expect.poll(() => page.locator('[data-test="transfers-title"]').textContent()).toBe('保证金到账登记');
      // Ten days ago on the Beijing wall clock, so the refund earns interest.
      const arrived = instantToZoned(new Date(Date.now() - 10 * 86_400_000), ZONE);
      const fill = async (serial: string, amount: string) => {
        await input(page, 'transfer-serial').fill(serial);
        await input(page, 'transfer-reference').fill(account);
        await input(page, 'transfer-amount').fill(amount);
        await input(page, 'transfer-payer').fill('某某科技有限公司');
        await input(page, 'transfer-arrived').fill(arrived);
        await page.locator('[data-test="transfer-record"]').click();
      };
      await fill('x', '999');
      await page.getByText('银行流水号为 4–64 位字母、数字或连字符').waitFor();
      await fill('BK2026112301', '999.00');
      await expect.poll(() => page.locator('[data-test="transfer-result"]').textContent()).toContain('少缴');
      await page.locator('[data-test="flagged-BK2026112301"]').waitFor();
      await shot(page, 'deposits-finance-flagged-desktop');
      await fill('BK2026112302', '1,000');
      await expect.poll(() => page.locator('[data-test="transfer-result"]').textContent()).toContain('已入账');
      expect(await page.locator('[data-test="flagged-BK2026112302"]').count()).toBe(0);

      expect(await page.getByRole('menuitem', { name: '保证金台账', includeHidden: true }).count()).toBe(1);
      await page.goto(`${console_}/deposits`);
      await page.locator('[data-test="ledger-total-HELD"]').getByText('¥1,000.00').waitFor();
      await page.locator('[data-test="ledger-table"]').getByText('第 1 包 第1包').waitFor();
      await shot(page, 'deposits-finance-ledger-desktop');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('finance sends the flagged ¥999 back outside the platform and closes it as returned with the serial no.', async () => {
    for (const [viewport, name] of [[PHONE, 'phone'], [DESKTOP, 'desktop']] as const) {
      const { context, page } = await journey!.open(viewport);
      try {
        await logIn(page, console_, people.users.finance.loginName, '/deposits/transfers');
        await page.locator('[data-test="flagged-BK2026112301"]').waitFor();
        if (name === 'phone') {
          // On a phone only the table scrolls: the page itself does not.
          await noOverflow(page);
          await shot(page, 'deposits-finance-flagged-phone');
          continue;
        }
        await page.locator('[data-test="return-BK2026112301"]').click();
        await page.locator('[data-test="return-submit"]').click();
        await page.locator('.el-dialog').getByText('请填写此项').first().waitFor();
        await input(page, 'return-serial').fill('BKRT2026112301');
        await input(page, 'return-note').fill('少缴 ¥1.00，已原路退回付款账户');
        await expect.poll(() => page.locator('.el-dialog .el-form-item__error').count()).toBe(0);
        await shot(page, 'deposits-finance-return-dialog-desktop');
        await page.locator('[data-test="return-submit"]').click();
        await expect.poll(() => page.locator('[data-test="return-done"]').textContent()).toContain('BKRT2026112301');
        expect(await page.locator('[data-test="flagged-BK2026112301"]').count()).toBe(0);
        await page.getByText('没有待核查的到账').waitFor();
        await shot(page, 'deposits-finance-returned-desktop');
      } finally {
        await context.close();
      }
    }
  }, 90_000);

  it('the supplier presents a guarantee on another lot: a bad signature is refused, the right one accepted', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, shop, people.users.supplier.loginName, `/supplier/deposits?lotId=${lotB}`);
      await expect.poll(() => page.locator(`[data-test="deposit-state-${lotA}"]`).textContent()).toBe('已缴纳');
      await page.locator('[data-test="show-guarantee"]').click();
      const file = guaranteeFile(lotB, 'BH2026112300001', issuerKeys('sm2'));
      await page.locator('[data-test="guarantee-file"]').setInputFiles({ name: '电子保函.txt', mimeType: 'text/plain', buffer: Buffer.from(file.text) });
      await expect.poll(() => input(page, 'guarantee-no').inputValue()).toBe('BH2026112300001');
      expect(await input(page, 'guarantee-lot').inputValue()).toBe(lotB);
      await page.locator('[data-test="guarantee-submit"]').click();
      await page.locator('.el-form-item__error', { hasText: '保函签名验证失败' }).waitFor();
      await shot(page, 'deposits-supplier-guarantee-refused-desktop');
      await input(page, 'guarantee-signature').fill(file.goodSignature);
      await page.locator('[data-test="guarantee-submit"]').click();
      await expect.poll(() => page.locator('[data-test="deposits-done"]').textContent()).toContain('BH2026112300001');
      expect(await page.locator('[data-test="guarantee-state-BH2026112300001"]').textContent()).toBe('已核验（有效）');
      await shot(page, 'deposits-supplier-guarantee-desktop');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('after the lot fails, finance confirms the refund with a serial no. and the supplier sees it with the formula', async () => {
    // The lot fails at its deadline (a job of the tendering screens): its state and the event's job.
    await setLotOutcome(people.tenant.id, lotA, 'failed');
    await journey!.api.app.get(JobQueues, { strict: false }).enqueue('deposits.apply-tender-outcome', { tenantId: people.tenant.id, lotId: lotA, trigger: 'lot_failed' });
    await expect.poll(async () => (await depositRefunds(people.tenant.id)).size, { timeout: 60_000 }).toBe(1);

    const fin = await journey!.open(DESKTOP);
    try {
      await logIn(fin.page, console_, people.users.finance.loginName, '/deposits/refunds');
      const page = fin.page;
      await page.locator('[data-test="refunds-table"]').getByText(account).waitFor();
      await shot(page, 'deposits-finance-refunds-desktop');
      await page.locator('[data-test="refund-confirm"]').click();
      await page.locator('[data-test="dialog-submit"]').click();
      await page.getByText('请填写此项').waitFor();
      await input(page, 'refund-serial').fill('BKRF2026112301');
      await page.locator('[data-test="dialog-submit"]').click();
      await page.locator('[data-test="refunds-done"]').waitFor();
      await page.getByText('没有待办理的退款转账').waitFor();
    } finally {
      await fin.context.close();
    }

    for (const [viewport, name] of [[DESKTOP, 'desktop'], [PHONE, 'phone']] as const) {
      const { context, page } = await journey!.open(viewport);
      try {
        await logIn(page, shop, people.users.supplier.loginName, '/supplier/deposits');
        await expect.poll(() => page.locator(`[data-test="refund-state-${lotA}"]`).textContent()).toBe('已全部退还');
        expect(await page.locator(`[data-test="refund-serial-${lotA}"]`).textContent()).toBe('BKRF2026112301');
        expect(await page.locator(`[data-test="refund-formula-${lotA}"]`).textContent()).toMatch(/^利息 = 1000\.00 × 0\.35% × \d+天 ÷ 360 = /);
        expect(await page.locator(`[data-test="refund-interest-${lotA}"]`).textContent()).not.toBe('¥0.00');
        expect(await page.locator(`[data-test="deposit-state-${lotA}"]`).textContent()).toBe('已退还');
        await noOverflow(page);
        await shot(page, `deposits-supplier-refund-${name}`);
      } finally {
        await context.close();
      }
    }
  }, 120_000);

  it('the buyer forfeits a deposit, the supplier challenges it and finance upholds the challenge', async () => {
    // A held deposit on a third lot, and the buyer's forfeiture (the buyer's own screens), prepared here.
    const { lotIds: [lotC] } = await insertTenderProject(people, { lots: [{ depositFen: 100_000n }] });
    const depositId = await insertDeposit(people.tenant.id, lotC, people.organisations.supplier.id);
    const buyer = await login(journey!.api, people.tenant, people.users.purchaser.loginName);
    const forfeited = await journey!.api.gql(`mutation ($id: ID!) { forfeitDeposit(id: $id, reason: "中标人无正当理由拒绝签订合同") { state } }`, { variables: { id: depositId }, headers: headers(people.tenant, buyer.accessToken) });
    expect(forfeited.body.data).toEqual({ forfeitDeposit: { state: 'FORFEITED' } });

    const sup = await journey!.open(DESKTOP);
    try {
      await logIn(sup.page, shop, people.users.supplier.loginName, '/supplier/deposits');
      await expect.poll(() => sup.page.locator(`[data-test="deposit-state-${lotC}"]`).textContent()).toBe('已没收');
      await sup.page.locator(`[data-test="challenge-${lotC}"]`).click();
      await input(sup.page, 'challenge-grounds').fill('合同已于法定期限内签订，附签约回执');
      await sup.page.locator('[data-test="challenge-send"]').click();
      await expect.poll(() => sup.page.locator(`[data-test="deposit-state-${lotC}"]`).textContent()).toBe('没收异议中');
    } finally {
      await sup.context.close();
    }

    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, console_, people.users.finance.loginName, '/deposits/refunds');
      const card = page.locator(`[data-test="challenge-${depositId}"]`);
      await card.getByText('合同已于法定期限内签订，附签约回执').waitFor();
      await card.getByText('第 1 包 第1包').waitFor();
      await shot(page, 'deposits-finance-challenge-desktop');
      await card.getByRole('button', { name: '异议成立' }).click();
      await input(page, 'challenge-note').fill('经核实合同已签订，异议成立');
      await page.locator('[data-test="dialog-submit"]').click();
      await expect.poll(() => page.locator('[data-test="refunds-done"]').textContent()).toContain('异议成立');
      await page.getByText('没有待处理的异议').waitFor();
    } finally {
      await context.close();
    }
  }, 90_000);

  it('finance reads the reconciliation and downloads the workbook', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, console_, people.users.finance.loginName, '/deposits/reconciliation');
      await expect.poll(() => page.locator('[data-test="reconciliation-summary"]').textContent()).toContain('全部账平');
      const download = page.waitForEvent('download');
      await page.locator('[data-test="reconciliation-export"]').click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^deposit-reconciliation-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const bytes = await readFile((await file.path())!);
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      await shot(page, 'deposits-finance-reconciliation-desktop');
    } finally {
      await context.close();
    }
  }, 60_000);
});
