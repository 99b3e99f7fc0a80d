import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { seedCategories } from '../api/test/catalog.js';
import { createPeople, headers, login, type PeopleFixture } from '../api/test/identity.js';
import { insertBudgetLine } from '../api/test/mall.js';
import { createTenant } from '../api/test/tenants.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { input, logIn as logInAt, noOverflow, shot } from './support/pages.js';
import { endJourney, startJourney } from './support/journey.js';

/** "YYYY-MM-DD 09:00" in Beijing time, `days` after today. */
function beijingDay(days: number, time = '09:00'): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d)} ${time}`;
}

/**
 * The buyer's project screens and the public notices, in chromium against the real API, in a
 * province of its own (no demo seed: another journey file seeds concurrently).
 */
describe('tender notices: a purchaser prepares and publishes a project, a guest reads the notice and its clarification', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let origin: string;
  const title = `办公计算机采购项目 ${Date.now() % 100_000}`;

  beforeAll(async () => {
    people = await createPeople(await createTenant());
    await seedCategories(people.tenant.id);
    // Finance loads the unit's budget (tenant-admin, not these screens).
    await insertBudgetLine(people.tenant.id, people.organisations.purchasing_unit.id, 2_000_000_000n);
    journey = await startJourney('notices', { apps: ['storefront'] });
    origin = journey.origin('storefront', people.tenant.slug);
  }, 120_000);

  afterAll(() => endJourney(journey));

  const logIn = (page: Page, loginName: string, redirect: string) => logInAt(page, origin, loginName, redirect);

  it('prepares, corrects, attaches, publishes; a guest finds the notice; a question is answered by a clarification', async () => {
    const buyer = await journey!.open(DESKTOP);
    const guest = await journey!.open(PHONE);
    try {
      const page = buyer.page;
      await logIn(page, people.users.purchaser.loginName, '/buyer/tender/projects');
      expect(await page.getByRole('navigation').innerText()).toContain('采购项目');
      await page.locator('[data-test="new-project"]').click();
      await page.locator('[data-test="project-form"]').waitFor();

      await input(page, 'pf-title').fill(title);
      await input(page, 'pf-description').fill('采购台式计算机 100 台，含三年上门保修。');
      const category = page.getByRole('combobox', { name: '品目', includeHidden: true }).last();
      await page.locator('.el-select', { has: category }).last().click();
      await page.keyboard.type('A02010104');
      await page.locator('.el-tree-node__content:visible', { hasText: 'A02010104 台式计算机' }).first().click();
      await page.locator('[data-test="budget-line"] .el-select__wrapper').click();
      await page.locator('.el-select-dropdown__item:visible', { hasText: '办公设备购置' }).click();
      // Too early for a public tender (20 days from issue): publication will refuse it.
      await input(page, 'pf-documents-from').fill(beijingDay(1));
      await input(page, 'pf-documents-until').fill(beijingDay(12, '17:00'));
      await input(page, 'pf-bid-deadline').fill(beijingDay(14));
      // Weights 30 + 60 + 20: the live sum warns, and the API refuses it at the criteria.
      await input(page, 'criterion-weight-1').fill('60');
      expect(await page.locator('[data-test="weight-sum"]').innerText()).toContain('合计 110 分');
      await input(page, 'pf-qualification').fill('具有独立承担民事责任的能力；具有良好的商业信誉。');
      await input(page, 'lot-title-0').fill('台式计算机');
      await input(page, 'lot-scope-0').fill('台式计算机 100 台');
      await input(page, 'lot-budget-0').fill('600,000');
      await input(page, 'lot-deposit-0').fill('12000');
      expect(await page.locator('[data-test="lot-0"]').innerText()).toContain('¥12000.00');
      await page.locator('[data-test="pf-save"]').click();
      const criteriaError = page.locator('[data-test="item-criteria"] .el-form-item__error');
      await criteriaError.waitFor();
      expect(await criteriaError.innerText()).toContain('100');
      await shot(page, 'notices-form-error-desktop');
      await input(page, 'criterion-weight-1').fill('50');
      expect(await page.locator('[data-test="weight-sum"]').innerText()).toContain('合计 100 分');
      await page.locator('[data-test="pf-save"]').click();
      await page.locator('[data-test="project-saved"]').waitFor();
      const projectUrl = page.url().replace(/\?.*$/, '');
      const projectId = projectUrl.split('/').pop()!;

      // A document: attached as base64, its SM3 digest shown.
      await page.locator('[data-test="doc-file"]').setInputFiles({ name: '招标文件.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 招标文件正文') });
      await page.locator('[data-test="doc-attached"]').waitFor();
      expect(await page.locator('[data-test="doc-attached"]').innerText()).toMatch(/SM3 [0-9a-f]{64}/);
      await expect.poll(() => page.locator('[data-test="documents"]').innerText()).toContain('招标文件.pdf');

      // Publication refused: the deadline is too early; the earliest lawful date is shown.
      await page.locator('[data-test="publish-project"]').click();
      await page.locator('[data-test="earliest-lawful"]').waitFor();
      expect(await page.locator('[data-test="publish-error"]').innerText()).toContain('投标截止时间短于法定最短期限');
      await shot(page, 'notices-publish-refused-desktop');
      await page.locator('[data-test="edit-project"]').click();
      await page.locator('[data-test="project-form"]').waitFor();
      await expect.poll(() => input(page, 'pf-title').inputValue()).toBe(title);
      await input(page, 'pf-bid-deadline').fill(beijingDay(30));
      await page.locator('[data-test="pf-save"]').click();
      await page.locator('[data-test="project-saved"]').waitFor();
      await page.locator('[data-test="publish-project"]').click();
      await page.locator('[data-test="project-published"]').waitFor();
      await expect.poll(() => page.locator('[data-test="project-state"]').innerText()).toBe('已发布');
      await shot(page, 'notices-project-published-desktop');

      // A guest on a phone finds it among the announcements and opens the notice.
      const g = guest.page;
      await g.goto(`${origin}/tender`);
      await g.locator('[data-test="announcements"]').getByText(title).click();
      await g.waitForURL(`${origin}/tender/projects/${projectId}`);
      await g.locator('[data-test="notice-title"]').waitFor();
      expect(await g.locator('[data-test="notice-facts"]').innerText()).toContain('公开招标');
      expect(await g.locator('[data-test="notice-lots"]').innerText()).toContain('¥600,000.00');
      await g.locator('[data-test="sign-in-to-join"]').waitFor();
      await noOverflow(g);
      await shot(g, 'notices-notice-phone');

      // A supplier registered and asked a question on its own screens (another engineer's): GraphQL here.
      const supplier = await login(journey!.api, people.tenant, people.users.supplier.loginName);
      const asSupplier = { headers: headers(people.tenant, supplier.accessToken) };
      const reg = await journey!.api.gql(`mutation ($p: ID!) { registerForTenderProject(projectId: $p) { id } }`, { ...asSupplier, variables: { p: projectId } });
      expect(reg.body.errors).toBeUndefined();
      const asked = await journey!.api.gql(`mutation ($p: ID!, $b: String!) { askTenderQuestion(projectId: $p, body: $b) { id } }`, { ...asSupplier, variables: { p: projectId, b: '第1包是否接受国产操作系统？' } });
      expect(asked.body.errors).toBeUndefined();
      const questionId = (asked.body.data!.askTenderQuestion as { id: string }).id;

      // The purchaser answers it with a clarification.
      await page.reload();
      await page.locator('[data-test="questions"]').getByText('第1包是否接受国产操作系统？').waitFor();
      expect(await page.locator('[data-test="project-title"]').locator('..').innerText()).toContain('已报名 1 家');
      await page.locator(`[data-test="question-${questionId}"]`).click();
      await input(page, 'clar-title').fill('关于操作系统的澄清');
      await input(page, 'clar-body').fill('第1包接受国产操作系统，须提供兼容性说明。');
      await page.locator('[data-test="clar-affects"]').click();
      await page.locator('[data-test="clar-publish"]').click();
      await page.locator('[data-test="clarified"]').waitFor();
      await expect.poll(() => page.locator('[data-test="questions"]').innerText()).toContain('已答复');
      await expect.poll(() => page.locator('[data-test="clarifications"]').innerText()).toContain('关于操作系统的澄清');
      await shot(page, 'notices-clarified-desktop');
      // The owner's view and the form on a phone: nothing wider than the screen.
      await page.setViewportSize(PHONE);
      await noOverflow(page);
      await shot(page, 'notices-project-phone');
      await page.goto(`${origin}/buyer/tender/projects/new`);
      await page.locator('[data-test="project-form"]').waitFor();
      await noOverflow(page);
      await shot(page, 'notices-form-phone');

      // The guest sees the clarification on the notice.
      await g.reload();
      await g.locator('[data-test="clarifications"]').waitFor();
      expect(await g.locator('[data-test="clarifications"]').innerText()).toContain('第1包接受国产操作系统');
      await noOverflow(g);
      await shot(g, 'notices-notice-clarified-phone');
      await g.goto(`${origin}/tender`);
      await g.locator('[data-test="announcements"]').waitFor();
      await noOverflow(g);
      await shot(g, 'notices-list-phone');
    } catch (err) {
      // What both pages showed when a step failed (onTestFailed runs after the contexts close).
      await shot(buyer.page, 'FAILED-notices-buyer').catch(() => undefined);
      await shot(guest.page, 'FAILED-notices-guest').catch(() => undefined);
      throw err;
    } finally {
      await buyer.context.close();
      await guest.context.close();
    }
  }, 240_000);
});
