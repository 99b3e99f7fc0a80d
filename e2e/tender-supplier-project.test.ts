import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPeople, headers, login, type PeopleFixture } from '../api/test/identity.js';
import { insertAwardedLot, insertTenderProject, signContractAs, type AwardedLot } from '../api/test/tender.js';
import { createTenant } from '../api/test/tenants.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { input, logIn as logInAt, noOverflow, shot } from './support/pages.js';
import { endJourney, startJourney } from './support/journey.js';

const DOCUMENT_TEXT = '第一章 招标公告\n第二章 采购需求：台式计算机 100 台';

/**
 * The supplier's side of a tender project in chromium against the real API, in a province of
 * its own (no demo seed: another journey file seeds concurrently): 报名, documents, a question,
 * the result with a 质疑 and its answer, a 投诉, and the winner signing the contract.
 */
describe('tender journeys: the supplier on a project (registration, documents, challenge, contract)', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let openProjectId: string;
  let awarded: AwardedLot;
  let origin: string;

  const asBuyer = async (query: string, variables: object) => {
    const session = await login(journey!.api, people.tenant, people.users.purchaser.loginName);
    const { body } = await journey!.api.gql(query, { variables, headers: headers(people.tenant, session.accessToken) });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };

  beforeAll(async () => {
    // The province first, so the API's tenant directory knows its host name.
    people = await createPeople(await createTenant());
    // The buyer's part (a published project in bidding with a deposit of ¥20,000) is not on these screens.
    ({ projectId: openProjectId } = await insertTenderProject(people, { bidDeadline: new Date(Date.now() + 10 * 86_400_000), lots: [{ depositFen: 2_000_000n }] }));
    // Bidding, opening, evaluation and the award of another project are earlier steps on other screens:
    // its lot is awarded to the fixture's supplier; the second-ranked supplier lost.
    awarded = await insertAwardedLot(people);
    journey = await startJourney('supplier-project', { apps: ['storefront'] });
    origin = journey.origin('storefront', people.tenant.slug);
    // The buyer attaches the tender document on its own screen: here through GraphQL.
    await asBuyer('mutation ($p: ID!, $f: String!, $c: String!) { attachTenderDocument(projectId: $p, fileName: $f, contentBase64: $c) { id } }', {
      p: openProjectId, f: '招标文件.txt', c: Buffer.from(DOCUMENT_TEXT).toString('base64'),
    });
  }, 120_000);

  afterAll(() => endJourney(journey));

  const logIn = (page: Page, loginName: string, redirect: string) => logInAt(page, origin, loginName, redirect);

  it('a supplier registers, downloads a document, asks; after losing another lot it challenges, reads the answer and complains', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      const loser = awarded.bids[1];
      await logIn(page, loser.loginName, `/supplier/tender/projects/${openProjectId}`);
      await page.locator('[data-test="project-title"]').waitFor();
      await page.locator('[data-test="not-registered"]').waitFor();
      expect(await page.locator('[data-test="lot-1"]').innerText()).toContain('¥20,000.00');
      expect(await page.locator('[data-test="lot-1"]').innerText()).toContain('报名后方可投标');
      expect(await page.locator('[data-test="deposit-link"]').getAttribute('href')).toBe('/supplier/deposits');
      await shot(page, 'suptender-project-unregistered-desktop');

      await page.locator('[data-test="register"]').click();
      await page.locator('[data-test="registered-now"]').waitFor();
      await page.locator('[data-test="bid-link"]').waitFor();
      const docs = await page.locator('[data-test="documents"]').innerText();
      expect(docs).toContain('招标文件.txt');
      const download = page.waitForEvent('download');
      await page.locator('[data-test="download-document"]').click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('招标文件.txt');
      await page.locator('[data-test="document-digest-ok"]').waitFor();

      // A question: empty is refused before sending, then sent.
      await page.locator('[data-test="ask"]').click();
      await page.getByText('请填写内容').waitFor();
      await input(page, 'question').fill('第二章所列台式计算机是否接受同等性能的国产处理器？');
      await page.locator('[data-test="ask"]').click();
      await page.locator('[data-test="question-sent"]').waitFor();
      await shot(page, 'suptender-project-registered-desktop');

      // Registering again is idempotent; a reload finds the registration.
      await page.reload();
      await page.locator('[data-test="registered"]').waitFor();
      await page.goto(`${origin}/supplier/tender/registrations`);
      await page.locator('[data-test="registration-project"]').first().waitFor();
      expect(await page.title()).toContain('我的报名');
      expect(await page.locator('[data-test="registrations"]').innerText()).toContain('办公计算机采购项目');
      await shot(page, 'suptender-registrations-desktop');

      // The awarded project: my opened bid, the award notice, and a 质疑 within the window.
      await page.goto(`${origin}/supplier/tender/projects/${awarded.projectId}`);
      await page.locator('[data-test="award-notice"]').waitFor();
      expect(await page.locator('[data-test="my-bid"]').innerText()).toContain('已解密');
      expect(await page.locator('[data-test="my-bid"]').innerText()).toContain('¥4,700,000.00');
      expect(await page.locator('[data-test="award-winner"]').innerText()).toBe(people.organisations.supplier.name);
      expect(await page.locator('[data-test="you-won"]').count()).toBe(0);
      await page.locator('[data-test="file-challenge"]').click();
      await page.getByText('请填写内容').waitFor();
      await input(page, 'challenge-content').fill('中标人的技术得分与其响应文件不符，请复核评分。');
      await page.locator('[data-test="file-challenge"]').click();
      await page.locator('[data-test="challenge-filed"]').waitFor();
      await shot(page, 'suptender-challenge-filed-desktop');

      // The buyer answers on its own screen: here through GraphQL as the purchaser.
      const { tenderChallenges } = (await asBuyer('query ($l: ID) { tenderChallenges(lotId: $l) { id } }', { l: awarded.lotId })) as { tenderChallenges: { id: string }[] };
      expect(tenderChallenges).toHaveLength(1);
      await asBuyer('mutation ($id: ID!, $a: String!) { answerTenderChallenge(id: $id, answer: $a, outcome: GROUNDLESS) { id } }', { id: tenderChallenges[0].id, a: '经评标委员会复核，技术评分无误，维持原评审结果。' });

      await page.locator('[data-test="challenge-filed"] a').click();
      await page.waitForURL(`${origin}/supplier/tender/challenges`);
      await page.locator('[data-test="challenge-answer"]').waitFor();
      expect(await page.locator('[data-test="challenge-state"]').innerText()).toBe('已答复');
      expect(await page.locator('[data-test="challenge-answer"]').innerText()).toContain('维持原评审结果');
      await shot(page, 'suptender-challenge-answered-desktop');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('the winner makes a key in the browser and signs the contract the buyer signed; the loser then complains', async () => {
    const winner = await journey!.open(PHONE);
    try {
      const page = winner.page;
      await logIn(page, people.users.supplier.loginName, '/supplier/tender/key');
      await page.locator('[data-test="no-registered-key"]').waitFor();
      await input(page, 'new-passphrase').fill('合同口令-2026');
      await input(page, 'new-passphrase-again').fill('合同口令-2026');
      await page.locator('[data-test="generate-key"]').click();
      await page.locator('[data-test="key-ready"]').waitFor({ timeout: 20_000 });

      // The buyer signs on its own screen: here with a fixture key and GraphQL.
      const buyerSignature = await signContractAs(people.tenant.id, people.organisations.purchasing_unit.id, people.users.purchaser.id, awarded.contractId);
      await asBuyer('mutation ($id: ID!, $s: String!) { signTenderContract(id: $id, signature: $s) { id } }', { id: awarded.contractId, s: buyerSignature });

      await page.goto(`${origin}/supplier/tender/projects/${awarded.projectId}`);
      await page.locator('[data-test="you-won"]').waitFor();
      await noOverflow(page);
      await shot(page, 'suptender-project-won-phone');
      await page.locator('[data-test="contract-link"]').click();
      await page.waitForURL(`${origin}/supplier/tender/lots/${awarded.lotId}/contract`);
      await page.locator('[data-test="contract-title"]').waitFor();
      expect(await page.locator('[data-test="contract-state"]').innerText()).toBe('待签订');
      expect(await page.locator('[data-test="contract-amount"]').innerText()).toBe('¥4,900,000.00');
      await page.locator('[data-test="digest-ok"]').waitFor();
      expect(await page.locator('[data-test="buyer-signature"]').innerText()).toContain('已签署');
      expect(await page.locator('[data-test="supplier-signature"]').innerText()).toBe('未签署');
      await noOverflow(page);
      await shot(page, 'suptender-contract-draft-phone');

      await page.locator('[data-test="sign-contract"]').click();
      await input(page, 'unlock-passphrase').fill('错误的口令');
      await page.locator('[data-test="unlock-confirm"]').click();
      await page.getByText('口令不正确').waitFor({ timeout: 20_000 });
      await input(page, 'unlock-passphrase').fill('合同口令-2026');
      await page.locator('[data-test="unlock-confirm"]').click();
      await page.locator('[data-test="contract-signed"]').waitFor({ timeout: 20_000 });
      expect(await page.locator('[data-test="contract-state"]').innerText()).toBe('已签订');
      expect(await page.locator('[data-test="supplier-signature"]').innerText()).toContain('已签署');
      expect(await page.locator('[data-test="sign-contract"]').count()).toBe(0);
      await noOverflow(page);
      await shot(page, 'suptender-contract-signed-phone');

      // My bids names the project and links the contract of the lot won.
      await page.goto(`${origin}/supplier/tender/bids`);
      await page.locator('[data-test="bid-contract"]').waitFor();
      expect(await page.locator('[data-test="bid-project"]').first().innerText()).toBe('办公计算机采购项目');
      await noOverflow(page);
    } finally {
      await winner.context.close();
    }

    // The challenger, unsatisfied with the answer, complains to the finance department.
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, awarded.bids[1].loginName, '/supplier/tender/challenges');
      await page.locator('[data-test="start-complaint"]').click();
      await input(page, 'complaint-content').fill('质疑答复未说明复核过程，请财政部门调查。');
      await page.locator('[data-test="send-complaint"]').click();
      await page.locator('[data-test="complaint-filed"]').waitFor();
      expect(await page.locator('[data-test="complaint"]').innerText()).toContain('待处理');
      await shot(page, 'suptender-complaint-desktop');
    } finally {
      await context.close();
    }
  }, 120_000);
});
