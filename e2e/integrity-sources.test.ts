import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPeople, type PeopleFixture } from '../api/test/identity.js';
import { insertDeposit } from '../api/test/deposits.js';
import { insertAwardedLot, insertChallenge, type AwardedLot } from '../api/test/tender.js';
import { asOwner, createTenant } from '../api/test/tenants.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { input, logIn, noOverflow, shot } from './support/pages.js';
import { endJourney, startJourney } from './support/journey.js';

/**
 * Integrity sources in chromium against the real API and workers, in a province of its own: a
 * buyer answers a challenge as groundless in the lot workspace (the workers record it against
 * the challenger), the public answer shows the verdict, a winner declines its award on a phone,
 * and finance imports penalty records on a phone.
 */
describe('integrity sources journey: a groundless challenge answer, a declined award, the penalty import', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let lot: AwardedLot;
  let challengeId: string;
  let shop: string;
  let console_: string;

  beforeAll(async () => {
    people = await createPeople(await createTenant());
    // The award and the challenge belong to other screens (award confirmation, the supplier's
    // challenge form): an awarded lot and a pending challenge by the second-ranked bidder.
    lot = await insertAwardedLot(people);
    challengeId = await insertChallenge(people.tenant.id, lot.lotId, lot.bids[1].organisationId, lot.bids[1].userId);
    journey = await startJourney('integrity-sources', { apps: ['storefront', 'tenant-admin'] });
    shop = journey.origin('storefront', people.tenant.slug);
    console_ = journey.origin('tenant-admin', people.tenant.slug);
  }, 120_000);

  afterAll(() => endJourney(journey));

  const q = <T>(sql: string, params: unknown[] = []) => asOwner(people.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);

  it('the buyer must give a verdict, answers the challenge as groundless, and the challenger loses points', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, shop, people.users.purchaser.loginName, `/buyer/tender/lots/${lot.lotId}`);
      await page.locator('#tab-challenges').click();
      await page.locator('[data-test="challenge"]').getByText('评分有误').waitFor();
      await input(page, 'challenge-answer-input').fill('经评标委员会复核，评分与采购文件一致，质疑不成立。');
      await page.locator('[data-test="challenge-answer-send"]').click();
      await page.getByText('请选择答复结论。').waitFor();
      await shot(page, 'integrity-sources-verdict-required-desktop');
      await page.locator('[data-test="challenge-outcome-GROUNDLESS"]').click();
      await page.locator('[data-test="challenge-answer-send"]').click();
      await page.locator('[data-test="challenge-answer"]').waitFor();
      expect(await page.locator('[data-test="challenge-outcome"]').innerText()).toBe('质疑不成立');
      await shot(page, 'integrity-sources-answered-desktop');

      // The workers record it once against the challenger.
      await expect.poll(async () => q(`select kind, points from integrity_event where supplier_id = $1`, [lot.bids[1].organisationId]), { timeout: 60_000, interval: 500 })
        .toEqual([{ kind: 'challenge_groundless', points: -2 }]);
      expect(await q(`select outcome from tender_challenge where id = $1`, [challengeId])).toEqual([{ outcome: 'groundless' }]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('the winner declines its award before signing, on a phone: the lot fails, the deposit is kept, the decline is recorded', async () => {
    // The award confirmation and the deposit payment belong to other screens.
    const declined = await insertAwardedLot(people);
    const deposit = await insertDeposit(people.tenant.id, declined.lotId, people.organisations.supplier.id);
    const { context, page } = await journey!.open(PHONE);
    try {
      await logIn(page, shop, people.users.supplier.loginName, `/supplier/tender/lots/${declined.lotId}/contract`);
      await page.locator('[data-test="decline-award"]').click();
      await page.locator('[data-test="decline-confirm"]').click();
      await page.getByText('请填写放弃理由。').waitFor();
      await input(page, 'decline-reason').fill('主要原材料断供，无法按投标文件履约。');
      await shot(page, 'integrity-sources-decline-phone');
      await page.locator('[data-test="decline-confirm"]').click();
      await page.locator('[data-test="award-declined"]').waitFor();
      expect(await page.locator('[data-test="award-declined"]').innerText()).toContain('主要原材料断供');
      expect(await page.locator('[data-test="sign-contract"]').count()).toBe(0);
      expect(await page.locator('[data-test="contract-state"]').innerText()).toBe('已放弃中标，合同不再签订');
      await noOverflow(page);
      await shot(page, 'integrity-sources-declined-phone');

      expect(await q(`select state from tender_lot where id = $1`, [declined.lotId])).toEqual([{ state: 'failed' }]);
      expect(await q(`select state from deposit where id = $1`, [deposit])).toEqual([{ state: 'forfeited' }]);
      await expect.poll(async () => q(`select kind from integrity_event where supplier_id = $1 and evidence->>'lotId' = $2 order by kind::text`, [people.organisations.supplier.id, declined.lotId]), { timeout: 60_000, interval: 500 })
        .toEqual([{ kind: 'deposit_forfeited' }, { kind: 'withdrawn_after_winning' }]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('finance imports penalty records on a phone: good rows recorded, bad rows listed', async () => {
    const { context, page } = await journey!.open(PHONE);
    try {
      await logIn(page, console_, people.users.finance.loginName, '/integrity');
      await page.locator('[data-test="penalty-import"]').waitFor();
      const uscc = people.organisations.supplier.uscc;
      const csv = `\uFEFF供应商统一社会信用代码,类别,决定书文号,决定机关,决定日期,扣分,备注\r\n${uscc},行政处罚,财采罚〔2026〕8号,省财政厅,2026-01-05,,\r\n${uscc},警告,财采罚〔2026〕9号,省财政厅,2026-01-05,,\r\n`;
      await page.locator('[data-test="penalty-import"] input[type="file"]').setInputFiles({ name: '处罚记录.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.locator('[data-test="penalty-import-send"]').click();
      await page.locator('[data-test="penalty-import-counts"]').getByText('共 2 行，已导入 1 行。').waitFor();
      expect(await page.locator('[data-test="penalty-import-errors"]').innerText()).toContain('类别');
      await noOverflow(page);
      await shot(page, 'integrity-sources-import-phone');
      expect(await q(`select kind from integrity_event where supplier_id = $1 and evidence->>'documentNo' = $2`, [people.organisations.supplier.id, '财采罚〔2026〕8号'])).toEqual([{ kind: 'administrative_penalty' }]);
    } finally {
      await context.close();
    }
  });
});
