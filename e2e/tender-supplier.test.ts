import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvaluation } from '../api/test/evaluation.js';
import { createPeople, type PeopleFixture } from '../api/test/identity.js';
import { insertSealedBid } from '../api/test/sealed-bids.js';
import { registerForLot } from '../api/test/tender-notices.js';
import { insertExpert, insertSupplier, insertTenderProject } from '../api/test/tender.js';
import { asOwner, createTenant } from '../api/test/tenants.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { unlock } from './support/tender.js';
import { input, logIn as logInAt, noOverflow, shot } from './support/pages.js';
import { endJourney, startJourney } from './support/journey.js';

/**
 * The supplier's tendering screens and the expert workspace, in chromium against the real API,
 * in a province of its own (no demo seed: another journey file seeds concurrently).
 */
describe('tender journeys: signing key, sealed bid, live opening, expert workspace', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let lotId: string;
  let origin: string;

  beforeAll(async () => {
    // The province first, so the API's tenant directory knows its host name.
    people = await createPeople(await createTenant());
    // The buyer's part (a published project whose lot takes bids, no deposit) is not on these screens.
    ({ lotIds: [lotId] } = await insertTenderProject(people, { bidDeadline: new Date(Date.now() + 2 * 86_400_000) }));
    // 报名 happens on the project's notice page (another screen): the supplier has registered.
    await registerForLot(people.tenant.id, lotId, people.organisations.supplier.id, people.users.supplier.id);
    journey = await startJourney('supplier', { apps: ['storefront'] });
    origin = journey.origin('storefront', people.tenant.slug);
  }, 120_000);

  afterAll(() => endJourney(journey));

  const logIn = (page: Page, loginName: string, redirect: string) => logInAt(page, origin, loginName, redirect);

  it('a supplier makes a key, bids, replaces the bid; a guest watches the opening live while the supplier decrypts', async () => {
    const supplier = await journey!.open(DESKTOP);
    const guest = await journey!.open(PHONE);
    try {
      const page = supplier.page;
      await logIn(page, people.users.supplier.loginName, '/supplier/tender/key');
      await page.locator('[data-test="no-registered-key"]').waitFor();
      expect(await page.getByRole('navigation').innerText()).toContain('供应商中心');
      await shot(page, 'tender-key-empty-desktop');
      await input(page, 'new-passphrase').fill('short');
      await page.locator('[data-test="generate-key"]').click();
      await page.getByText('口令至少 8 位').first().waitFor();
      await input(page, 'new-passphrase').fill('投标口令-2026');
      await input(page, 'new-passphrase-again').fill('投标口令-2026');
      await page.locator('[data-test="generate-key"]').click();
      await page.locator('[data-test="key-ready"]').waitFor({ timeout: 20_000 });
      const fingerprint = await page.locator('[data-test="registered-fingerprint"]').textContent();
      expect(await page.locator('[data-test="browser-fingerprint"]').textContent()).toBe(fingerprint);
      // Only the encrypted key is in localStorage.
      const storedText = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('zhengcai.signingKey:'))?.[1] ?? '');
      expect(JSON.parse(storedText)).toMatchObject({ format: 'zhengcai-sm2-key/v1', fingerprint });
      const download = page.waitForEvent('download');
      await page.locator('[data-test="download-key"]').click();
      expect((await download).suggestedFilename()).toBe(`signing-key-${fingerprint!.slice(0, 8)}.json`);
      await shot(page, 'tender-key-ready-desktop');

      // The bid: price form and a document, sealed in the browser.
      await page.goto(`${origin}/supplier/tender/lots/${lotId}/bid`);
      await page.locator('[data-test="bid-title"]').waitFor();
      await expect.poll(() => page.locator('[data-test="countdown"]').textContent()).toMatch(/距投标截止还有 [12] 天/);
      await input(page, 'bid-price').fill('4,200,000');
      await input(page, 'bid-days').fill('45');
      await input(page, 'bid-warranty').fill('x');
      await page.locator('[data-test="bid-files"]').setInputFiles({ name: '技术响应文件.txt', mimeType: 'text/plain', buffer: Buffer.from('技术方案正文') });
      await page.locator('[data-test="submit-bid"]').click();
      await page.getByText('请填写 0 到 600 之间的整数').waitFor();
      await input(page, 'bid-warranty').fill('36');
      await input(page, 'bid-discount').fill('2.5');
      await page.locator('[data-test="submit-bid"]').click();
      await unlock(page, 'wrong passphrase');
      await page.getByText('口令不正确').waitFor({ timeout: 20_000 });
      await unlock(page, '投标口令-2026');
      await page.locator('[data-test="bid-submitted"]').waitFor({ timeout: 20_000 });
      await page.locator('[data-test="receipt-valid"]').waitFor();
      expect(await page.locator('[data-test="receipt-version"]').textContent()).toBe('1');
      await expect.poll(() => page.locator('[data-test="countdown"]').textContent()).toContain('按平台服务器时间');
      await shot(page, 'tender-bid-receipt-desktop');

      // Replaced before the deadline: version 2.
      await input(page, 'bid-price').fill('4100000.00');
      await page.locator('[data-test="submit-bid"]').click();
      await unlock(page, '投标口令-2026');
      await expect.poll(() => page.locator('[data-test="receipt-version"]').textContent(), { timeout: 20_000 }).toBe('2');
      await page.locator('[data-test="receipt-valid"]').waitFor();
      await shot(page, 'tender-bid-replaced-desktop');

      await page.goto(`${origin}/supplier/tender/bids`);
      const rows = page.locator('[data-test="my-bids"] tbody tr');
      await expect.poll(() => rows.count()).toBe(2);
      expect(await rows.nth(0).innerText()).toContain('已密封递交');
      expect(await rows.nth(1).innerText()).toContain('已替换');
      await shot(page, 'tender-my-bids-desktop');

      // Another bidder's sealed bid (its own screens), then the deadline passes and the lot opens (the scheduler's step).
      const other = await insertSupplier(people.tenant.id, 'other');
      await insertSealedBid(people.tenant.id, lotId, other.organisationId, other.userId);
      await asOwner(people.tenant.id, async (c) => {
        await c.query(`update tender_project set bid_deadline = now() - interval '1 minute' where id = (select project_id from tender_lot where id = $1)`, [lotId]);
        await c.query(`update tender_lot set state = 'opening' where id = $1`, [lotId]);
      });

      // A guest on a phone watches the record.
      const g = guest.page;
      await g.goto(`${origin}/tender/lots/${lotId}/opening`);
      await expect.poll(() => g.locator('[data-test="live-status"]').getAttribute('data-status'), { timeout: 15_000 }).toBe('connected');
      const guestRows = g.locator('[data-test="opening-entries"] tbody tr');
      await expect.poll(() => guestRows.count()).toBe(2);
      expect(await g.locator('[data-test="opening-entries"]').innerText()).not.toContain('¥4,100,000.00');
      await noOverflow(g);
      await shot(g, 'tender-opening-guest-before-phone');

      await page.goto(`${origin}/tender/lots/${lotId}/opening`);
      await page.locator('[data-test="decrypt-bid"]').click();
      await unlock(page, '投标口令-2026');
      await page.locator('[data-test="decrypt-result"]').getByText('已解密').waitFor({ timeout: 20_000 });
      await shot(page, 'tender-opening-bidder-desktop');

      // The guest's page updates by itself (no reload).
      await g.locator('[data-test="opening-entries"]').getByText('¥4,100,000.00').waitFor({ timeout: 15_000 });
      expect(await g.locator('[data-test="opening-entries"]').innerText()).toContain('已解密');
      await noOverflow(g);
      await shot(g, 'tender-opening-guest-after-phone');
    } finally {
      await supplier.context.close();
      await guest.context.close();
    }
  }, 90_000); // key, sealing and decryption run in the browser: slow on a busy machine

  it('an expert scores in the workspace, submits, and explains a flagged score', async () => {
    // The panel draw and the other four experts' sheets belong to other screens: fixtures.
    const others = [];
    for (let i = 0; i < 4; i++) others.push(await insertExpert(people.tenant.id, `p${i}`, people.users.finance.organisationId));
    const me = people.users.expert.id;
    const ev = await insertEvaluation(people, { members: [me, ...others.map((o) => o.userId)], scored: true });
    await asOwner(people.tenant.id, async (c) => {
      await c.query('delete from evaluation_score where lot_id = $1 and expert_id = $2', [ev.lotId, me]);
      await c.query('update evaluation_panel_member set submitted_at = now() where lot_id = $1 and expert_id <> $2', [ev.lotId, me]);
    });

    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, people.users.expert.loginName, '/expert/panels');
      expect(await page.getByRole('navigation').innerText()).toContain('评审专家');
      await page.locator('[data-test="panel-link"]').first().waitFor();
      await shot(page, 'tender-expert-panels-desktop');
      await page.locator('[data-test="panel-link"]').first().click();
      await page.waitForURL(`${origin}/expert/panels/${ev.lotId}`);
      const bids = page.locator('[data-test="sheet-bid"]');
      await expect.poll(() => bids.count()).toBe(3);
      // Out of range is refused at the cell before sending.
      await input(bids.nth(0), 'score-technical').fill('55');
      await page.locator('[data-test="save-scores"]').click();
      await page.getByText('超出该项分值范围').waitFor();
      // Far below the other four experts' 40: the analysis will flag it.
      await input(bids.nth(0), 'score-technical').fill('10');
      for (let i = 0; i < 3; i++) {
        if (i > 0) await input(bids.nth(i), 'score-technical').fill('40');
        await input(bids.nth(i), 'score-commercial').fill('15.5');
      }
      await page.locator('[data-test="save-scores"]').click();
      await page.locator('[data-test="sheet-note"]').getByText('评分已保存').waitFor();
      await shot(page, 'tender-expert-sheet-desktop');
      await page.locator('[data-test="submit-sheet"]').click();
      await page.getByText('提交后评分不可修改').waitFor();
      await page.locator('[data-test="confirm-submit"]').click();
      await page.locator('[data-test="sheet-submitted"]').waitFor({ timeout: 15_000 });
      const deviation = page.locator('[data-test="deviation"]');
      await expect.poll(() => deviation.count()).toBe(1);
      expect(await deviation.innerText()).toMatch(/您的评分 10(\.00)?，/);
      await shot(page, 'tender-expert-deviation-desktop');
      await input(page, 'deviation-input').fill('该投标技术方案未响应核心参数，故评分较低');
      await page.locator('[data-test="deviation-save"]').click();
      await page.locator('[data-test="deviation-reason"]').getByText('该投标技术方案未响应核心参数').waitFor();
      await shot(page, 'tender-expert-explained-desktop');
    } finally {
      await context.close();
    }
  });
});
