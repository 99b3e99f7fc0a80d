import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantDb } from '../api/src/platform/database/tenant-db.js';
import { TenderDeadlineService } from '../api/src/tender/award/tender-deadline.service.js';
import { insertEvaluation } from '../api/test/evaluation.js';
import { createPeople, type PeopleFixture } from '../api/test/identity.js';
import { type AwardedLot, insertAwardedLot, insertChallenge, insertComplaint } from '../api/test/tender.js';
import { asOwner, contextFor, createTenant } from '../api/test/tenants.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { input, logIn as logInAt, noOverflow, shot } from './support/pages.js';
import { endJourney, startJourney } from './support/journey.js';

/**
 * The finance department's tender oversight and the operator's expert pool in the console, in
 * chromium against the real API, in a province of its own (no demo seed: another journey file
 * seeds concurrently).
 */
describe('tender oversight journey: projects, suspension, complaint decision, deviations, missed deadlines, expert pool', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let lot: AwardedLot;
  let projectNo: string;
  let complaintId: string;
  let origin: string;

  beforeAll(async () => {
    people = await createPeople(await createTenant());
    // Earlier steps belong to other people's screens: the buyer's project, the opening, the
    // evaluation and the award (an awarded lot); the losing bidder's challenge, the buyer's
    // answer and the bidder's complaint to finance.
    lot = await insertAwardedLot(people);
    const loser = lot.bids[1];
    const challengeId = await insertChallenge(people.tenant.id, lot.lotId, loser.organisationId, loser.userId, 'answered');
    complaintId = await insertComplaint(people.tenant.id, challengeId);
    projectNo = await asOwner(people.tenant.id, async (c) => (await c.query<{ project_no: string }>('select project_no from tender_project where id = $1', [lot.projectId])).rows[0].project_no);
    // Another lot's panel: the expert's flagged score and the reason recorded on the expert's sheet.
    const evaluation = await insertEvaluation(people, { submitted: true, deviation: true });
    await asOwner(people.tenant.id, (c) => c.query(`update score_deviation set reason = '该投标技术方案缺少关键参数，按评分细则扣分。', reason_at = now() where id = $1`, [evaluation.deviationId]));
    journey = await startJourney('oversight', { apps: ['tenant-admin'] });
    origin = journey.origin('tenant-admin', people.tenant.slug);
  }, 120_000);

  afterAll(() => endJourney(journey));

  const logIn = (page: Page, loginName: string, redirect: string) => logInAt(page, origin, loginName, redirect);

  /** The 监管 group of the console's menu, opened; its entries as text. */
  async function oversightMenu(page: Page): Promise<string> {
    await page.getByRole('navigation').getByText('监管', { exact: true }).hover();
    const popup = page.locator('.el-menu--popup:visible');
    await popup.waitFor();
    return popup.innerText();
  }
  async function goVia(page: Page, entry: string) {
    await oversightMenu(page);
    await page.getByRole('menuitem', { name: entry }).click();
  }

  it('finance finds the project, suspends the lot, decides the complaint from the queue, and resumes the lot', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, people.users.finance.loginName, '/tender/projects');
      const entries = await oversightMenu(page);
      for (const entry of ['采购项目监管', '投诉处理', '评分偏差', '逾期事项', '评审专家库']) expect(entries).toContain(entry);
      await page.locator(`[data-test="project-${projectNo}"]`).waitFor();
      expect(await page.locator('[data-test="tender-projects-table"]').innerText()).toContain('已中标');
      await shot(page, 'oversight-projects-desktop');
      // Filter by state: drafts hide the project; published brings it back, and the filter is in the address.
      await page.locator('.tov__filters .el-select').first().click();
      await page.locator('.el-select-dropdown__item:visible', { hasText: /^草稿$/ }).click();
      await page.waitForURL(/state=DRAFT/);
      await page.getByText('没有符合条件的项目。').waitFor();
      await page.locator('.tov__filters .el-select').first().click();
      await page.locator('.el-select-dropdown__item:visible', { hasText: /^已发布$/ }).click();
      await page.waitForURL(/state=PUBLISHED/);
      await page.locator(`[data-test="project-${projectNo}"]`).click();

      await page.waitForURL(`${origin}/tender/projects/${lot.projectId}`);
      const panel = page.locator('[data-test="lot-1"]');
      await expect.poll(() => panel.locator('[data-test="lot-state-1"]').textContent()).toBe('已中标');
      await panel.locator('[data-test="lot-award"]').getByText('¥4,900,000.00').waitFor();
      await panel.locator(`[data-test="decide-${complaintId}"]`).waitFor();
      expect(await panel.innerText()).toContain('评分有误，请复核。');

      // Suspend during the complaint: a reason is required.
      await panel.locator('[data-test="lot-suspend"]').click();
      await page.locator('[data-test="suspend-confirm"]').click();
      await page.getByText('请填写原因。').waitFor();
      await input(page, 'suspend-reason').fill('投诉处理期间暂停采购活动');
      await page.locator('[data-test="suspend-confirm"]').click();
      await panel.locator('[data-test="lot-suspended"]').waitFor();
      await panel.locator('[data-test="lot-suspensions"]').getByText('投诉处理期间暂停采购活动').waitFor();
      await shot(page, 'oversight-project-suspended-desktop');

      // The complaint queue: the escalated challenge, then the decision (an outcome is required).
      await goVia(page, '投诉处理');
      await page.waitForURL(`${origin}/tender/complaints`);
      const item = page.locator(`[data-test="complaint-${complaintId}"]`);
      await item.getByText('对答复不满意。').waitFor();
      await item.getByText(projectNo).waitFor();
      await item.locator(`[data-test="show-challenge-${complaintId}"]`).click();
      await item.locator('[data-test="escalated-challenge"]').getByText('经复核，评分无误。').waitFor();
      await shot(page, 'oversight-complaints-desktop');
      await item.locator(`[data-test="decide-${complaintId}"]`).click();
      await input(page, 'decide-reason').fill('经调查，评分符合评分细则，投诉缺乏事实依据。');
      await page.locator('[data-test="decide-submit"]').click();
      await page.getByText('请选择处理结果。').waitFor();
      await page.locator('.el-dialog .el-radio', { hasText: '驳回投诉' }).click();
      await shot(page, 'oversight-decide-dialog-desktop');
      await page.locator('[data-test="decide-submit"]').click();
      await page.getByText('没有投诉。').waitFor();
      await page.locator('[data-test="complaint-state-filter"]').getByText('驳回').click();
      await item.getByText('经调查，评分符合评分细则，投诉缺乏事实依据。').waitFor();

      // Back on the project: the complaint shows its decision; resume the lot.
      await page.goto(`${origin}/tender/projects/${lot.projectId}`);
      await panel.locator(`[data-test="complaint-state-${complaintId}"]`).getByText('驳回').waitFor();
      await panel.locator('[data-test="lot-resume"]').click();
      await page.locator('.el-popconfirm:visible').getByRole('button', { name: '恢复采购活动' }).click();
      await panel.locator('[data-test="lot-notice"]').getByText('已恢复。').waitFor();
      await expect.poll(() => panel.locator('[data-test="lot-suspended"]').count()).toBe(0);
      await panel.locator('[data-test="lot-suspend"]').waitFor();
      await shot(page, 'oversight-project-resumed-desktop');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('finance sees the deviation with its figure and the reason, and the missed contract deadline; on a phone too', async () => {
    // The hourly deadline check (a scheduled job) runs 31 days on: the contract was never signed.
    const ctx = contextFor(people.tenant, { roles: ['system'] as never });
    const sweeper = journey!.api.app.get(TenderDeadlineService);
    await journey!.api.app.get(TenantDb).transaction(ctx, (em, tx) => sweeper.sweep(em, tx, ctx, new Date(Date.now() + 31 * 86_400_000)));

    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, people.users.finance.loginName, '/tender/deviations');
      const table = page.locator('[data-test="deviations-table"]');
      await table.getByText('测试expert').waitFor();
      await table.getByText('-16.00').waitFor();
      await table.getByText('占满分 32.0%').waitFor();
      await table.getByText('该投标技术方案缺少关键参数，按评分细则扣分。').waitFor();
      await shot(page, 'oversight-deviations-desktop');

      await goVia(page, '逾期事项');
      await page.waitForURL(`${origin}/tender/deadline-flags`);
      const flags = page.locator('[data-test="deadline-flags-table"]');
      await flags.locator('[data-test="flag-CONTRACT_SIGNING"]').getByText('合同签订').waitFor();
      await flags.getByText(projectNo).waitFor();
      await shot(page, 'oversight-deadline-flags-desktop');
    } finally {
      await context.close();
    }

    const phone = await journey!.open(PHONE);
    try {
      await logIn(phone.page, people.users.finance.loginName, '/tender/deviations');
      await phone.page.locator('[data-test="deviations-table"]').getByText('-16.00').waitFor();
      await noOverflow(phone.page);
      await shot(phone.page, 'oversight-deviations-phone');
      await phone.page.goto(`${origin}/tender/projects/${lot.projectId}`);
      await phone.page.locator('[data-test="lot-award"]').waitFor();
      await noOverflow(phone.page);
      await shot(phone.page, 'oversight-project-phone');
    } finally {
      await phone.context.close();
    }
  }, 120_000);

  it('an operator adds an expert to the pool; missing and malformed fields are refused at the field', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, people.users.operator.loginName, '/tender/experts');
      const entries = await oversightMenu(page);
      expect(entries).toContain('评审专家库');
      expect(entries).toContain('采购项目监管');
      expect(entries).not.toContain('投诉处理');
      await page.locator('[data-test="experts-table"]').getByText('测试expert').waitFor();
      await page.locator('[data-test="add-expert"]').click();
      await page.locator('[data-test="expert-save"]').click();
      await page.getByText('请填写此项。').first().waitFor();
      await input(page, 'expert-display-name').fill('李评审');
      await input(page, 'expert-login-name').fill(`li-${people.tenant.slug}`);
      await input(page, 'expert-password').fill('Expert2026pass');
      await input(page, 'expert-title').fill('正高级工程师');
      await input(page, 'expert-employer').fill('省计算技术研究所');
      await input(page, 'expert-categories').fill('A0201，X9');
      await page.locator('[data-test="expert-save"]').click();
      await page.getByText('品目代码 X9 格式不正确').waitFor();
      await input(page, 'expert-categories').fill('A0201， C16');
      await shot(page, 'oversight-add-expert-desktop');
      await page.locator('[data-test="expert-save"]').click();
      await page.locator('[data-test="expert-added"]').getByText('已添加专家 李评审。').waitFor();
      const row = page.locator('[data-test="experts-table"] tr', { has: page.locator(`[data-test="expert-li-${people.tenant.slug}"]`) });
      await row.getByText('正高级工程师').waitFor();
      await row.getByText('C16').waitFor();
      await shot(page, 'oversight-experts-desktop');
    } finally {
      await context.close();
    }
  }, 120_000);
});
