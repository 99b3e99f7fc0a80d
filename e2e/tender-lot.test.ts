import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDeposit, insertGuarantee, insertIssuer, issuerKeys } from '../api/test/deposits.js';
import { createPeople, headers, login, TEST_PASSWORD, type PeopleFixture } from '../api/test/identity.js';
import { insertExpert, insertOpenedBid, insertRecommendedLot, insertSupplier, insertTenderProject, signContractAs } from '../api/test/tender.js';
import { asOwner, createTenant } from '../api/test/tenants.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { input, logIn as logInAt, noOverflow, shot } from './support/pages.js';
import { endJourney, startJourney } from './support/journey.js';

type Supplier = { organisationId: string; userId: string; loginName: string };

/**
 * The buyer's lot workspace after the bid deadline, in chromium against the real API, in a
 * province of its own (no demo seed: another journey file seeds concurrently).
 */
describe('tender lot workspace: opening, panel, evaluation, award, challenge, contract, deposits', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let lotId: string;
  let origin: string;
  let bidders: Supplier[];
  const experts = new Map<string, string>(); // user id → login name

  beforeAll(async () => {
    people = await createPeople(await createTenant());
    const tenantId = people.tenant.id;
    // Earlier steps are other people's screens: the project (buyer's project pages), the sealed
    // bids and their decryption (suppliers' bid page and opening room) — the lot is in the opening
    // with every bid decrypted, its deadline two hours past.
    ({ lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ state: 'opening' }], bidDeadline: new Date(Date.now() - 2 * 3_600_000) }));
    const second = await insertSupplier(tenantId, 'lotb');
    const third = await insertSupplier(tenantId, 'lotc');
    bidders = [{ organisationId: people.organisations.supplier.id, userId: people.users.supplier.id, loginName: people.users.supplier.loginName }, second, third];
    const forms = [
      { price: 480_000_000n, form: { totalPrice: '4800000.00', discountBp: 0, deliveryDays: 30, warrantyMonths: 36, sme: 'small', enterpriseSize: 'small' } },
      { price: 450_000_000n, form: { totalPrice: '4500000.00', discountBp: 150, deliveryDays: 45, warrantyMonths: 24, sme: 'none' } },
      { price: 490_000_000n, form: { totalPrice: '4900000.00', discountBp: 0, deliveryDays: 20, warrantyMonths: 36, sme: 'medium' } },
    ];
    for (const [i, b] of bidders.entries()) await insertOpenedBid(tenantId, lotId, b.organisationId, b.userId, forms[i].price, forms[i].form);
    // The expert pool of the category (the fixture's expert and five more).
    experts.set(people.users.expert.id, people.users.expert.loginName);
    for (let i = 0; i < 5; i++) {
      const e = await insertExpert(tenantId, `lot${i}`, people.users.finance.organisationId);
      experts.set(e.userId, e.loginName);
    }
    journey = await startJourney('lot', { apps: ['storefront'] });
    origin = journey.origin('storefront', people.tenant.slug);
  }, 120_000);

  afterAll(() => endJourney(journey));

  const logIn = (page: Page, loginName: string, redirect: string) => logInAt(page, origin, loginName, redirect);

  /** A GraphQL call as another person (their own screens, not this journey's). */
  async function as(loginName: string, document: string, variables: object = {}) {
    const s = await login(journey!.api, people.tenant, loginName, TEST_PASSWORD);
    const { body } = await journey!.api.gql(document, { variables, headers: headers(people.tenant, s.accessToken) });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as Record<string, any>;
  }

  const tab = (page: Page, name: string) => page.locator(`#tab-${name}`).click();

  it('the buyer runs the lot from the opening to the signed contract', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      const workspace = `/buyer/tender/lots/${lotId}`;
      await logIn(page, people.users.purchaser.loginName, workspace);
      await page.locator('[data-test="lot-state"][data-state="OPENING"]').waitFor();
      const rows = page.locator('[data-test="opening-record"] tbody tr');
      await expect.poll(() => rows.count()).toBe(3);
      expect(await page.locator('[data-test="opening-record"]').innerText()).toContain('¥4,500,000.00');
      expect(await page.locator('[data-test="opening-room-link"]').getAttribute('href')).toBe(`/tender/lots/${lotId}/opening`);
      await shot(page, 'lot-opening-desktop');

      // 1. Conclude the opening → evaluating; the page moves to the panel step.
      await page.locator('[data-test="conclude-opening"]').click();
      await page.locator('[data-test="lot-state"][data-state="EVALUATING"]').waitFor();
      // The page moves on to the panel step as soon as the lot's state does, so the opening step's
      // confirmation may be hidden by the time it is looked for: it is there, not necessarily in view.
      await page.locator('[data-test="conclude-result"]').getByText('开标已结束').waitFor({ state: 'attached' });

      // 2. Draw the panel: an even size is refused at the field, then five are drawn.
      await tab(page, 'panel');
      await input(page, 'panel-size').fill('6');
      await page.locator('[data-test="draw-panel"]').click();
      await page.getByText('请填写 5 到 25 之间的奇数').waitFor();
      await input(page, 'panel-size').fill('5');
      await page.locator('[data-test="draw-panel"]').click();
      await page.locator('[data-test="panel-seed"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-test="panel-seed"]').textContent()).toMatch(/^[0-9a-f]{64}$/);
      await expect.poll(() => page.locator('[data-test="panel-members"] li').count()).toBe(5);
      await page.locator('[data-test="verify-draw"]').click();
      await page.locator('[data-test="verify-result"]').getByText('抽取结果一致').waitFor();
      await shot(page, 'lot-panel-desktop');

      // 3. Finishing before the sheets are in is refused with the API's reason.
      await tab(page, 'evaluation');
      await page.getByText('评分表已提交 0/5').waitFor();
      await page.locator('[data-test="finish-evaluation"]').click();
      await page.locator('.el-alert--error').first().waitFor();

      // The experts score on their own sheets (the expert workspace): through GraphQL. The first
      // scores supplier 3's technical offer far below the others, is flagged and explains it.
      const panel = await asOwner(people.tenant.id, async (c) => (await c.query<{ expert_id: string }>('select expert_id from evaluation_panel_member where lot_id = $1 order by seat', [lotId])).rows.map((r) => r.expert_id));
      const bidIds = await asOwner(people.tenant.id, async (c) => (await c.query<{ id: string; supplier_id: string }>('select id, supplier_id from tender_bid where lot_id = $1', [lotId])).rows);
      const bidOf = (org: string) => bidIds.find((b) => b.supplier_id === org)!.id;
      for (const [seat, expertId] of panel.entries()) {
        const who = experts.get(expertId)!;
        const scores = bidders.flatMap((b, i) => [
          { bidId: bidOf(b.organisationId), criterion: 'technical', score: seat === 0 && i === 2 ? '10' : ['45', '38', '40'][i] },
          { bidId: bidOf(b.organisationId), criterion: 'commercial', score: ['18', '15', '16'][i] },
        ]);
        await as(who, `mutation ($input: SaveEvaluationScoresInput!) { saveEvaluationScores(input: $input) { lotId } }`, { input: { lotId, scores } });
        await as(who, `mutation ($lotId: ID!) { submitScoreSheet(lotId: $lotId) { lotId } }`, { lotId });
      }
      const first = experts.get(panel[0])!;
      const sheet = await as(first, `query ($lotId: ID!) { evaluationScoreSheet(lotId: $lotId) { deviations { id } } }`, { lotId });
      expect(sheet.evaluationScoreSheet.deviations.length).toBeGreaterThan(0);

      await page.reload();
      await tab(page, 'evaluation');
      await page.getByText('评分表已提交 5/5').waitFor();
      await page.locator('[data-test="deviation-row"]').first().getByText('待专家说明').waitFor();
      await shot(page, 'lot-evaluation-flagged-desktop');
      for (const d of sheet.evaluationScoreSheet.deviations) await as(first, `mutation ($id: ID!) { recordDeviationReason(id: $id, reason: "技术方案缺少核心参数响应") { id } }`, { id: d.id });

      // 4. The buyer finishes: the summary with every expert's score, the SME deduction and the ranking.
      await page.reload();
      await tab(page, 'evaluation');
      await page.locator('[data-test="deviation-row"]').first().getByText('技术方案缺少核心参数响应').waitFor();
      await page.locator('[data-test="finish-evaluation"]').click();
      await page.locator('[data-test="lot-state"][data-state="RECOMMENDED"]').waitFor({ timeout: 15_000 });
      await tab(page, 'evaluation');
      const ranking = page.locator('[data-test="ranking"] tbody tr');
      await expect.poll(() => ranking.count()).toBe(3);
      expect(await ranking.nth(0).innerText()).toContain(people.organisations.supplier.name);
      expect(await page.locator('[data-test="ranking"]').innerText()).toContain('已扣除');
      await shot(page, 'lot-evaluation-summary-desktop');

      // 5. Award: the second-ranked without a reason is refused; the first-ranked is confirmed.
      await tab(page, 'award');
      await page.locator('[data-test="award-choice-2"]').click();
      await page.locator('[data-test="confirm-award"]').click();
      await page.getByText('请填写 2 到 500 字的理由').waitFor();
      await shot(page, 'lot-award-reason-desktop');
      await page.locator('[data-test="award-choice-1"]').click();
      await page.locator('[data-test="confirm-award"]').click();
      await page.locator('[data-test="lot-state"][data-state="AWARDED"]').waitFor({ timeout: 15_000 });
      await tab(page, 'award');
      expect(await page.locator('[data-test="award-winner"]').textContent()).toBe(people.organisations.supplier.name);
      await page.getByText('质疑期至').waitFor();
      await shot(page, 'lot-award-notice-desktop');

      // A losing bidder files a challenge on its own screens (GraphQL here).
      await as(bidders[1].loginName, `mutation ($input: FileTenderChallengeInput!) { fileTenderChallenge(input: $input) { id } }`, { input: { lotId, subject: 'RESULT', content: '我方报价最低，请复核价格分。' } });

      // 6. The buyer makes a signing key on the buyer's key page.
      await page.goto(`${origin}/buyer/tender/key`);
      await expect.poll(() => page.getByRole('navigation').innerText()).toContain('网上商城');
      expect(await page.locator('h1').first().textContent()).toContain('签名密钥');
      await input(page, 'new-passphrase').fill('采购人签章-2026');
      await input(page, 'new-passphrase-again').fill('采购人签章-2026');
      await page.locator('[data-test="generate-key"]').click();
      await page.locator('[data-test="key-ready"]').waitFor({ timeout: 20_000 });

      // The pending challenge holds the contract; the buyer answers it.
      await page.goto(`${origin}${workspace}`);
      await page.locator('[data-test="contract"]').waitFor();
      await page.locator('[data-test="contract-blocked"]').waitFor();
      expect(await page.locator('[data-test="sign-contract"]').isDisabled()).toBe(true);
      await shot(page, 'lot-contract-blocked-desktop');
      await tab(page, 'challenges');
      await page.locator('[data-test="challenge"]').getByText('我方报价最低').waitFor();
      await page.locator('[data-test="challenge-answer-send"]').click();
      await page.getByText('请填写答复内容').waitFor();
      await input(page, 'challenge-answer-input').fill('经复核，价格分按小微企业扣除后的评标价计算，评分无误。');
      await page.locator('[data-test="challenge-outcome-GROUNDLESS"]').click();
      await page.locator('[data-test="challenge-answer-send"]').click();
      await page.locator('[data-test="challenge-answer"]').waitFor();
      expect(await page.locator('[data-test="challenge-state"]').textContent()).toBe('已答复');
      await shot(page, 'lot-challenge-answered-desktop');

      // 7. Terms, then the buyer's signature in the browser.
      await page.reload();
      await tab(page, 'contract');
      await input(page, 'delivery-terms').fill('签约后 20 日内交货至采购人指定地点。');
      await page.locator('[data-test="save-terms"]').click();
      await page.locator('[data-test="contract-note"]').getByText('条款已保存').waitFor();
      await page.locator('[data-test="sign-contract"]').click();
      await input(page, 'unlock-passphrase').fill('采购人签章-2026');
      await page.locator('[data-test="unlock-confirm"]').click();
      await page.locator('[data-test="buyer-signature"]').getByText('已于').waitFor({ timeout: 20_000 });
      expect(await page.locator('[data-test="supplier-signature"]').textContent()).toBe('未签章');

      // The winner signs on its own screens: its key and signature by fixture, sent through GraphQL.
      const contract = await as(people.users.purchaser.loginName, `query ($lotId: ID!) { tenderContract(lotId: $lotId) { id } }`, { lotId });
      const signature = await signContractAs(people.tenant.id, people.organisations.supplier.id, people.users.supplier.id, contract.tenderContract.id);
      await as(people.users.supplier.loginName, `mutation ($id: ID!, $s: String!) { signTenderContract(id: $id, signature: $s) { id } }`, { id: contract.tenderContract.id, s: signature });

      await page.reload();
      await page.locator('[data-test="lot-state"][data-state="CONTRACTED"]').waitFor();
      await tab(page, 'contract');
      expect(await page.locator('[data-test="contract-state"]').textContent()).toBe('已签订');
      await page.locator('[data-test="contract-published"]').waitFor();
      expect(await page.locator('[data-test="supplier-signature"]').textContent()).toContain('已于');
      await shot(page, 'lot-contract-signed-desktop');
    } finally {
      await context.close();
    }
  }, 240_000);

  it('the buyer forfeits a deposit and claims on a guarantee, on a phone', async () => {
    // Another lot of the unit, evaluated, with a held deposit and an accepted guarantee (the
    // suppliers' deposit screens): the refund sweep leaves a recommended lot's deposits alone.
    const other = await insertRecommendedLot(people);
    await insertDeposit(people.tenant.id, other.lotId, other.bids[2].organisationId);
    const issuer = await insertIssuer(people.tenant.id, people.users.operator.id, issuerKeys('sm2'));
    await insertGuarantee(people.tenant.id, issuer.id, other.lotId, other.bids[1].organisationId);
    const { context, page } = await journey!.open(PHONE);
    try {
      await logIn(page, people.users.purchaser.loginName, `/buyer/tender/lots/${other.lotId}`);
      await page.locator('#tab-award.is-active').waitFor();
      await tab(page, 'deposits');
      const forfeit = page.locator('[data-test="forfeit-deposit"]');
      await forfeit.first().waitFor();
      await noOverflow(page);
      await shot(page, 'lot-deposits-phone');
      await forfeit.first().click();
      await page.locator('[data-test="deposit-action-confirm"]').click();
      await page.getByText('请填写理由').waitFor();
      await input(page, 'deposit-reason').fill('投标有效期内撤销投标文件');
      await page.locator('[data-test="deposit-action-confirm"]').click();
      await page.locator('[data-test="deposits"]').getByText('已没收').waitFor();
      await page.locator('[data-test="claim-guarantee"]').click();
      await input(page, 'deposit-reason').fill('中标后无正当理由拒签合同');
      await input(page, 'claim-evidence').fill('中标通知书\n拒签函');
      await page.locator('[data-test="deposit-action-confirm"]').click();
      await page.locator('[data-test="guarantees"]').getByText('已索赔').waitFor();
      await noOverflow(page);
      await shot(page, 'lot-deposits-decided-phone');
    } finally {
      await context.close();
    }
  }, 90_000);
});
