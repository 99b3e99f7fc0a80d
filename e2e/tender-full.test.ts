import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { TenantDb } from '../api/src/platform/database/tenant-db.js';
import { DeadlineSweepService } from '../api/src/tender/deadline-sweep.service.js';
import { startApi, type TestApi } from '../api/test/app.js';
import { seedCategories } from '../api/test/catalog.js';
import { createPeople, headers, login, TEST_PASSWORD, type PeopleFixture } from '../api/test/identity.js';
import { insertBudgetLine } from '../api/test/mall.js';
import { insertExpert, insertSupplier } from '../api/test/tender.js';
import { asOwner, contextFor, createTenant } from '../api/test/tenants.js';
import { DESKTOP, launchChromium, PHONE } from './support/browser.js';
import { serveApp, type ServedApp } from './support/serve-app.js';
import { input, logIn, noOverflow, SHOTS, shot } from './support/pages.js';
import { decryptBid, makeSigningKey, submitBid, unlock } from './support/tender.js';
import { startWorkers, type RunningWorkers } from './support/workers.js';

/** "YYYY-MM-DD HH:mm" in Beijing time, `days` after today. */
function beijingDay(days: number, time = '09:00'): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d)} ${time}`;
}

type Person = { loginName: string; organisationId: string; name: string; passphrase: string };
type Window = { context: BrowserContext; page: Page };

/**
 * Issue 8's acceptance test: one open tender (公开招标) with one lot, from the notice to the
 * signed contract, with three suppliers and an answered challenge, in chromium against the real
 * API and workers, in a province of its own (no demo seed: another journey file seeds
 * concurrently). Every step a person takes is taken in the browser; only the tenant, its people,
 * budget line, categories and expert pool are fixtures, plus the passing of time (SQL) and three
 * of the five score sheets (GraphQL, to keep the run short).
 */
describe('the full tender: notice, three sealed bids, live opening, panel, award, challenge, contract', () => {
  let api: TestApi | undefined;
  let workers: RunningWorkers | undefined;
  let storefront: ServedApp | undefined;
  let browser: Browser | undefined;
  let people: PeopleFixture;
  let origin: string;
  let projectId: string;
  let lotId: string;
  let suppliers: Person[];
  const experts = new Map<string, string>(); // user id → login name
  const pageErrors: string[] = [];
  const windows: Window[] = [];
  let buyer: Window;
  let guest: Window;
  let bidders: Window[];
  const title = `档案馆服务器采购项目 ${Date.now() % 100_000}`;
  const prices = ['4,200,000', '4,500,000', '4,800,000'];
  const buyerPassphrase = '采购人签章-2026';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    people = await createPeople(await createTenant());
    const tenantId = people.tenant.id;
    // Set-up outside these screens: the category tree (operators), the unit's budget line
    // (finance), two more supplier organisations and the expert pool (the fixture's expert and
    // five more, all for A02010104).
    await seedCategories(tenantId);
    await insertBudgetLine(tenantId, people.organisations.purchasing_unit.id, 2_000_000_000n);
    const second = await insertSupplier(tenantId, 'fullb');
    const third = await insertSupplier(tenantId, 'fullc');
    const names = await asOwner(tenantId, async (c) => (await c.query<{ id: string; name: string }>('select id, name from organisation where id = any($1)', [[second.organisationId, third.organisationId]])).rows);
    const nameOf = (id: string) => names.find((n) => n.id === id)!.name;
    suppliers = [
      { loginName: people.users.supplier.loginName, organisationId: people.organisations.supplier.id, name: people.organisations.supplier.name, passphrase: '投标口令-甲-2026' },
      { loginName: second.loginName, organisationId: second.organisationId, name: nameOf(second.organisationId), passphrase: '投标口令-乙-2026' },
      { loginName: third.loginName, organisationId: third.organisationId, name: nameOf(third.organisationId), passphrase: '投标口令-丙-2026' },
    ];
    experts.set(people.users.expert.id, people.users.expert.loginName);
    for (let i = 0; i < 5; i++) {
      const e = await insertExpert(tenantId, `full${i}`, people.users.finance.organisationId);
      experts.set(e.userId, e.loginName);
    }
    api = await startApi();
    workers = await startWorkers();
    storefront = await serveApp('storefront', api.url);
    browser = await launchChromium();
    origin = `http://${people.tenant.slug}.localhost:${storefront.port}`;
    buyer = await open(DESKTOP, 'buyer');
    guest = await open(PHONE, 'guest');
    bidders = [await open(DESKTOP, 'supplier-a'), await open(DESKTOP, 'supplier-b'), await open(PHONE, 'supplier-c')];
  }, 120_000);

  afterAll(async () => {
    try {
      for (const w of windows) await w.context.close();
      await browser?.close();
    } finally {
      try {
        await storefront?.close();
      } finally {
        try {
          await workers?.close();
        } finally {
          await api?.close();
        }
      }
    }
    expect(pageErrors).toEqual([]);
  });

  async function open(viewport: { width: number; height: number }, who: string): Promise<Window> {
    const context = await browser!.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    const page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(`${who}: ${err.message}`));
    const w = { context, page };
    windows.push(w);
    return w;
  }

  /** What every open window showed when a step failed. */
  function onFailureShootAll() {
    onTestFailed(async ({ task }) => {
      for (const [i, w] of windows.entries()) {
        if (!w.page.isClosed()) await w.page.screenshot({ path: `${SHOTS}FAILED-full-${task.name.slice(0, 30).replace(/\W+/g, '-')}-${i}.png`, fullPage: true }).catch(() => undefined);
      }
    });
  }

  /** A GraphQL call as another person (their own screens, used only where a comment says why). */
  async function as(loginName: string, document: string, variables: object = {}) {
    const s = await login(api!, people.tenant, loginName, TEST_PASSWORD);
    const { body } = await api!.gql(document, { variables, headers: headers(people.tenant, s.accessToken) });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as Record<string, any>;
  }

  const tab = (page: Page, name: string) => page.locator(`#tab-${name}`).click();

  it('1. the purchaser creates the project (综合评分法), attaches the document and publishes', async () => {
    onFailureShootAll();
    const page = buyer.page;
    await logIn(page, origin, people.users.purchaser.loginName, '/buyer/tender/projects/new');
    await page.locator('[data-test="project-form"]').waitFor();
    await input(page, 'pf-title').fill(title);
    await input(page, 'pf-description').fill('采购机架式服务器 20 台，含三年原厂保修。');
    const category = page.getByRole('combobox', { name: '品目', includeHidden: true }).last();
    await page.locator('.el-select', { has: category }).last().click();
    await page.keyboard.type('A02010104');
    await page.locator('.el-tree-node__content:visible', { hasText: 'A02010104 台式计算机' }).first().click();
    await page.locator('[data-test="budget-line"] .el-select__wrapper').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '办公设备购置' }).click();
    // Lawful dates for a public tender: 20 days and more from publication to the deadline.
    await input(page, 'pf-documents-from').fill(beijingDay(1));
    await input(page, 'pf-documents-until').fill(beijingDay(12, '17:00'));
    await input(page, 'pf-bid-deadline').fill(beijingDay(30));
    // 综合评分法 with the form's criteria: 价格 30, 技术 50, 商务 20.
    expect(await page.locator('[data-test="weight-sum"]').innerText()).toContain('合计 100 分');
    await input(page, 'pf-qualification').fill('具有独立承担民事责任的能力；具有良好的商业信誉。');
    await input(page, 'lot-title-0').fill('机架式服务器');
    await input(page, 'lot-scope-0').fill('机架式服务器 20 台');
    await input(page, 'lot-budget-0').fill('5000000');
    await input(page, 'lot-deposit-0').fill('0');
    await shot(page, 'full-1-project-form-desktop');
    await page.locator('[data-test="pf-save"]').click();
    await page.locator('[data-test="project-saved"]').waitFor();
    projectId = page.url().replace(/\?.*$/, '').split('/').pop()!;

    await page.locator('[data-test="doc-file"]').setInputFiles({ name: '招标文件.txt', mimeType: 'text/plain', buffer: Buffer.from('第一章 招标公告\n第二章 采购需求：机架式服务器 20 台') });
    await page.locator('[data-test="doc-attached"]').waitFor();
    await page.locator('[data-test="publish-project"]').click();
    await page.locator('[data-test="project-published"]').waitFor();
    await expect.poll(() => page.locator('[data-test="project-state"]').innerText()).toBe('已发布');
    lotId = await asOwner(people.tenant.id, async (c) => (await c.query<{ id: string }>('select id from tender_lot where project_id = $1', [projectId])).rows[0].id);
    await shot(page, 'full-1-project-published-desktop');
  }, 60_000);

  it('2. a guest finds it under 采购公告 and opens the notice', async () => {
    onFailureShootAll();
    const g = guest.page;
    await g.goto(`${origin}/tender`);
    await g.locator('[data-test="announcements"]').getByText(title).click();
    await g.waitForURL(`${origin}/tender/projects/${projectId}`);
    await g.locator('[data-test="notice-title"]').waitFor();
    expect(await g.locator('[data-test="notice-facts"]').innerText()).toContain('公开招标');
    expect(await g.locator('[data-test="notice-lots"]').innerText()).toContain('¥5,000,000.00');
    await noOverflow(g);
    await shot(g, 'full-2-notice-phone');
  }, 30_000);

  it('3. three suppliers register, download the document, make keys and bid; a question is answered by a clarification', async () => {
    onFailureShootAll();
    for (const [i, s] of suppliers.entries()) {
      const page = bidders[i].page;
      const projectPath = `/supplier/tender/projects/${projectId}`;
      await logIn(page, origin, s.loginName, projectPath);
      await page.locator('[data-test="register"]').click();
      await page.locator('[data-test="registered-now"]').waitFor();
      const download = page.waitForEvent('download');
      await page.locator('[data-test="download-document"]').click();
      expect((await download).suggestedFilename()).toBe('招标文件.txt');
      await page.locator('[data-test="document-digest-ok"]').waitFor();
      if (i === 0) {
        await input(page, 'question').fill('服务器是否接受国产处理器平台？');
        await page.locator('[data-test="ask"]').click();
        await page.locator('[data-test="question-sent"]').waitFor();
        await shot(page, 'full-3-supplier-registered-desktop');
      }
      await page.goto(`${origin}/supplier/tender/key`);
      await makeSigningKey(page, s.passphrase);
      await page.goto(`${origin}${projectPath}`);
      await page.locator('[data-test="bid-link"]').click();
      await page.waitForURL(`${origin}/supplier/tender/lots/${lotId}/bid`);
      await submitBid(page, { price: prices[i], days: '30', warranty: '36' }, s.passphrase);
      if (i === 2) {
        await noOverflow(page);
        await shot(page, 'full-3-bid-receipt-phone');
      }
    }

    // The purchaser answers the question with a clarification (not moving the deadline).
    const page = buyer.page;
    await page.reload();
    const question = page.locator('[data-test="questions"] .el-checkbox', { hasText: '服务器是否接受国产处理器平台？' });
    await question.click();
    await input(page, 'clar-title').fill('关于处理器平台的澄清');
    await input(page, 'clar-body').fill('接受国产处理器平台，须满足采购需求中的性能指标。');
    await page.locator('[data-test="clar-publish"]').click();
    await page.locator('[data-test="clarified"]').waitFor();
    await expect.poll(() => page.locator('[data-test="questions"]').innerText()).toContain('已答复');
    expect(await page.locator('[data-test="project-title"]').locator('..').innerText()).toContain('已报名 3 家');
    await shot(page, 'full-3-clarified-desktop');

    await guest.page.reload();
    await guest.page.locator('[data-test="clarifications"]').getByText('接受国产处理器平台').waitFor();
  }, 150_000);

  it('4–5. the deadline passes; each supplier decrypts in the opening room while a guest watches live', async () => {
    onFailureShootAll();
    // Time passes: thirty days are skipped by moving every date of the project back by the same
    // span (the publication checks already ran, so the law's order is kept), the deadline one
    // minute ago — inside the 30-minute decryption window the workers' opening job respects.
    await asOwner(people.tenant.id, (c) => c.query(
      `update tender_project p set published_at = p.published_at - s.d, documents_from = p.documents_from - s.d,
         documents_until = p.documents_until - s.d, bid_deadline = p.bid_deadline - s.d
       from (select bid_deadline - now() + interval '1 minute' as d from tender_project where id = $1) s where p.id = $1`,
      [projectId],
    ));
    // The every-minute deadline step (`tender.sweep-deadlines`), run in process at once.
    const ctx = contextFor(people.tenant, { roles: ['system'] as never });
    const sweeper = api!.app.get(DeadlineSweepService);
    const swept = await api!.app.get(TenantDb).transaction(ctx, (em, tx) => sweeper.sweep(em, tx, ctx, new Date()));
    // The workers' own schedule may have run it first.
    expect(swept.failed).toBe(0);

    const g = guest.page;
    await g.goto(`${origin}/tender/lots/${lotId}/opening`);
    await expect.poll(() => g.locator('[data-test="live-status"]').getAttribute('data-status'), { timeout: 15_000 }).toBe('connected');
    expect(await g.locator('[data-test="lot-state"]').innerText()).toBe('开标中');
    const rows = g.locator('[data-test="opening-entries"] tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    await noOverflow(g);
    await shot(g, 'full-5-opening-sealed-phone');

    for (const [i, s] of suppliers.entries()) {
      const page = bidders[i].page;
      await page.goto(`${origin}/tender/lots/${lotId}/opening`);
      await decryptBid(page, s.passphrase);
      // The guest's record fills by itself (no reload).
      await g.locator('[data-test="opening-entries"]').getByText(`¥${prices[i]}.00`).waitFor({ timeout: 15_000 });
      if (i === 0) await shot(page, 'full-5-opening-bidder-desktop');
    }
    await noOverflow(g);
    await shot(g, 'full-5-opening-decrypted-phone');
  }, 120_000);

  it('6. the purchaser concludes the opening and draws five experts; two score in the browser, one explains a flag', async () => {
    onFailureShootAll();
    const page = buyer.page;
    await page.goto(`${origin}/buyer/tender/lots/${lotId}`);
    await page.locator('[data-test="lot-state"][data-state="OPENING"]').waitFor();
    await expect.poll(() => page.locator('[data-test="opening-record"] tbody tr').count()).toBe(3);
    await page.locator('[data-test="conclude-opening"]').click();
    await page.locator('[data-test="lot-state"][data-state="EVALUATING"]').waitFor();
    await tab(page, 'panel');
    await input(page, 'panel-size').fill('5');
    await page.locator('[data-test="draw-panel"]').click();
    await page.locator('[data-test="panel-seed"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('[data-test="panel-members"] li').count()).toBe(5);
    await shot(page, 'full-6-panel-desktop');

    const panel = await asOwner(people.tenant.id, async (c) => (await c.query<{ expert_id: string }>('select expert_id from evaluation_panel_member where lot_id = $1 order by seat', [lotId])).rows.map((r) => experts.get(r.expert_id)!));
    const bids = await asOwner(people.tenant.id, async (c) => (await c.query<{ id: string; supplier_id: string }>(`select id, supplier_id from tender_bid where lot_id = $1 and state = 'opened'`, [lotId])).rows);
    // Three sheets through GraphQL (the same screen as the two below, five times over would add
    // a minute to the run): technical 40 and commercial 15 for every bid.
    for (const who of panel.slice(2)) {
      const scores = bids.flatMap((b) => [{ bidId: b.id, criterion: 'technical', score: '40' }, { bidId: b.id, criterion: 'commercial', score: '15' }]);
      await as(who, `mutation ($input: SaveEvaluationScoresInput!) { saveEvaluationScores(input: $input) { lotId } }`, { input: { lotId, scores } });
      await as(who, `mutation ($lotId: ID!) { submitScoreSheet(lotId: $lotId) { lotId } }`, { lotId });
    }
    // Two experts in the browser; the last scores supplier C's technical offer far below the
    // panel, so the deviation analysis (run when the last sheet arrives) flags it.
    for (const [n, who] of panel.slice(0, 2).entries()) {
      const expert = await open(DESKTOP, `expert-${n}`);
      const p = expert.page;
      await logIn(p, origin, who, '/expert/panels');
      await p.locator('[data-test="panel-link"]').first().click();
      await p.waitForURL(`${origin}/expert/panels/${lotId}`);
      const sheet = p.locator('[data-test="sheet-bid"]');
      await expect.poll(() => sheet.count()).toBe(3);
      for (const [i, s] of suppliers.entries()) {
        const bid = sheet.filter({ hasText: s.name });
        await input(bid, 'score-technical').fill(n === 1 && i === 2 ? '10' : '40');
        await input(bid, 'score-commercial').fill('15');
      }
      if (n === 1) await shot(p, 'full-6-score-sheet-desktop');
      await p.locator('[data-test="submit-sheet"]').click();
      await p.locator('[data-test="confirm-submit"]').click();
      await p.locator('[data-test="sheet-submitted"]').waitFor({ timeout: 15_000 });
      if (n === 1) {
        const deviation = p.locator('[data-test="deviation"]');
        await expect.poll(() => deviation.count()).toBe(1);
        await input(p, 'deviation-input').fill('该投标技术方案未响应核心参数，故评分较低');
        await p.locator('[data-test="deviation-save"]').click();
        await p.locator('[data-test="deviation-reason"]').getByText('该投标技术方案未响应核心参数').waitFor();
        await shot(p, 'full-6-deviation-explained-desktop');
      }
      await expert.context.close();
      windows.splice(windows.indexOf(expert), 1);
    }
  }, 150_000);

  it('7. the purchaser finishes the evaluation and awards the first-ranked bid', async () => {
    onFailureShootAll();
    const page = buyer.page;
    await page.reload();
    await tab(page, 'evaluation');
    await page.getByText('评分表已提交 5/5').waitFor();
    await page.locator('[data-test="deviation-row"]').first().getByText('该投标技术方案未响应核心参数').waitFor();
    await page.locator('[data-test="finish-evaluation"]').click();
    await page.locator('[data-test="lot-state"][data-state="RECOMMENDED"]').waitFor({ timeout: 15_000 });
    await tab(page, 'evaluation');
    const ranking = page.locator('[data-test="ranking"] tbody tr');
    await expect.poll(() => ranking.count()).toBe(3);
    expect(await ranking.nth(0).innerText()).toContain(suppliers[0].name);
    await shot(page, 'full-7-ranking-desktop');
    await tab(page, 'award');
    await page.locator('[data-test="award-choice-1"]').click();
    await page.locator('[data-test="confirm-award"]').click();
    await page.locator('[data-test="lot-state"][data-state="AWARDED"]').waitFor({ timeout: 15_000 });
    await tab(page, 'award');
    expect(await page.locator('[data-test="award-winner"]').textContent()).toBe(suppliers[0].name);
    await shot(page, 'full-7-award-desktop');
  }, 60_000);

  it('8. a losing supplier challenges; signing waits; the purchaser answers; the answer is published', async () => {
    onFailureShootAll();
    const loser = bidders[1].page;
    await loser.goto(`${origin}/supplier/tender/projects/${projectId}`);
    await loser.locator('[data-test="award-notice"]').waitFor();
    expect(await loser.locator('[data-test="award-winner"]').innerText()).toBe(suppliers[0].name);
    await input(loser, 'challenge-content').fill('中标人的技术得分与其响应文件不符，请复核评分。');
    await loser.locator('[data-test="file-challenge"]').click();
    await loser.locator('[data-test="challenge-filed"]').waitFor();
    await shot(loser, 'full-8-challenge-filed-desktop');

    // The purchaser makes its signing key, finds signing held by the pending challenge, answers.
    const page = buyer.page;
    await page.goto(`${origin}/buyer/tender/key`);
    await makeSigningKey(page, buyerPassphrase);
    await page.goto(`${origin}/buyer/tender/lots/${lotId}`);
    await page.locator('[data-test="contract"]').waitFor();
    await page.locator('[data-test="contract-blocked"]').waitFor();
    expect(await page.locator('[data-test="sign-contract"]').isDisabled()).toBe(true);
    await shot(page, 'full-8-contract-blocked-desktop');
    await tab(page, 'challenges');
    await page.locator('[data-test="challenge"]').getByText('请复核评分').waitFor();
    await input(page, 'challenge-answer-input').fill('经评标委员会复核，技术评分与响应文件一致，维持原评审结果。');
    await page.locator('[data-test="challenge-outcome-GROUNDLESS"]').click();
    await page.locator('[data-test="challenge-answer-send"]').click();
    await page.locator('[data-test="challenge-answer"]').waitFor();
    expect(await page.locator('[data-test="challenge-state"]').textContent()).toBe('已答复');

    // The challenger reads the answer.
    await loser.goto(`${origin}/supplier/tender/challenges`);
    await loser.locator('[data-test="challenge-answer"]').getByText('维持原评审结果').waitFor();
    expect(await loser.locator('[data-test="challenge-state"]').innerText()).toBe('已答复');
    await shot(loser, 'full-8-challenge-answered-desktop');

    // The public notice carries the answer, without the challenger's name.
    const g = guest.page;
    await g.goto(`${origin}/tender/projects/${projectId}`);
    const published = g.locator('[data-test="challenge-answers"]');
    await published.getByText('维持原评审结果').waitFor();
    const text = await published.innerText();
    expect(text).toContain('中标结果');
    expect(text).toContain('请复核评分');
    expect(text).not.toContain(suppliers[1].name);
    await noOverflow(g);
    await shot(g, 'full-8-notice-answer-phone');
  }, 120_000);

  it('9. the purchaser and the winner sign; the guest sees the contract and the project completed', async () => {
    onFailureShootAll();
    const page = buyer.page;
    await page.reload();
    await tab(page, 'contract');
    await input(page, 'delivery-terms').fill('签约后 20 日内交货至采购人指定地点。');
    await page.locator('[data-test="save-terms"]').click();
    await page.locator('[data-test="contract-note"]').getByText('条款已保存').waitFor();
    await page.locator('[data-test="sign-contract"]').click();
    await unlock(page, buyerPassphrase);
    await page.locator('[data-test="buyer-signature"]').getByText('已于').waitFor({ timeout: 20_000 });

    const winner = bidders[0].page;
    await winner.goto(`${origin}/supplier/tender/projects/${projectId}`);
    await winner.locator('[data-test="you-won"]').waitFor();
    await winner.locator('[data-test="contract-link"]').click();
    await winner.waitForURL(`${origin}/supplier/tender/lots/${lotId}/contract`);
    await winner.locator('[data-test="digest-ok"]').waitFor();
    expect(await winner.locator('[data-test="contract-amount"]').innerText()).toBe('¥4,200,000.00');
    await winner.locator('[data-test="sign-contract"]').click();
    await unlock(winner, suppliers[0].passphrase);
    await winner.locator('[data-test="contract-signed"]').waitFor({ timeout: 20_000 });
    expect(await winner.locator('[data-test="contract-state"]').innerText()).toBe('已签订');
    await shot(winner, 'full-9-contract-signed-desktop');

    const g = guest.page;
    await g.reload();
    await g.locator('[data-test="lot-contract"]').getByText(suppliers[0].name).waitFor();
    expect(await g.locator('[data-test="lot-contract"]').innerText()).toContain('¥4,200,000.00');
    await g.locator('.notice__state [data-state="COMPLETED"]').waitFor();
    await noOverflow(g);
    await shot(g, 'full-9-notice-completed-phone');

    await page.goto(`${origin}/buyer/tender/projects`);
    const row = page.locator('[data-test="projects-table"] tbody tr', { hasText: title });
    await row.getByText('已完成').waitFor();
    await shot(page, 'full-9-projects-completed-desktop');
  }, 90_000);
});
