import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPeople, headers, login, randomUscc, type PeopleFixture } from '../api/test/identity.js';
import { asOwner, createTenant } from '../api/test/tenants.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { logIn as logInAt, noOverflow, shot } from './support/pages.js';
import { endJourney, startJourney } from './support/journey.js';

/**
 * The audit view in chromium against the real API, in a province of its own (no demo seed):
 * an operator registers two organisations (through GraphQL: those screens are not this
 * journey's); finance opens 审计日志, verifies the chain, filters by subject and by actor and
 * expands an entry; after an entry is altered in the database the check names the broken link.
 * Nothing here is asynchronous, so the workers are not started.
 */
describe('audit view journey: verify, filter, expand, tamper', () => {
  let journey: Awaited<ReturnType<typeof startJourney>> | undefined;
  let people: PeopleFixture;
  let console_: string;
  const orgIds: string[] = [];

  beforeAll(async () => {
    people = await createPeople(await createTenant());
    journey = await startJourney('audit', { apps: ['tenant-admin'], workers: false });
    const operator = await login(journey.api, people.tenant, people.users.operator.loginName);
    for (const name of ['审计路线甲公司', '审计路线乙公司']) {
      const { body } = await journey.api.gql(`mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
        variables: { input: { kind: 'SUPPLIER', name, uscc: randomUscc() } },
        headers: headers(people.tenant, operator.accessToken),
      });
      orgIds.push((body.data!.createOrganisation as { id: string }).id);
    }
    console_ = journey.origin('tenant-admin', people.tenant.slug);
  }, 120_000);

  afterAll(() => endJourney(journey));

  const logIn = (page: Page, loginName: string, redirect: string) => logInAt(page, console_, loginName, redirect);

  const rows = (page: Page) => page.locator('[data-test="audit-table"] .el-table__body > tbody > tr.el-table__row');

  it('finance verifies the chain, filters by subject and actor, and reads an entry’s change', async () => {
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, people.users.finance.loginName, '/audit');
      await page.getByRole('navigation').getByText('监管', { exact: true }).hover();
      const popup = page.locator('.el-menu--popup:visible');
      await popup.waitFor();
      expect(await popup.innerText()).toContain('审计日志');
      await page.mouse.move(640, 600);

      await page.locator('[data-test="audit-verify-run"]').click();
      const intact = page.locator('[data-test="audit-verify-intact"]');
      await intact.waitFor();
      expect(await intact.innerText()).toMatch(/审计链完整：已校验 \d+ 条记录。/);
      // Newest first: finance's own sign-in is on top.
      await expect.poll(() => rows(page).first().innerText()).toContain('登录');
      await shot(page, 'audit-verified-desktop');

      // By subject type, from the select.
      await page.locator('[data-test="audit-filter-subject-type"]').click();
      await page.locator('.el-select-dropdown__item:visible', { hasText: /^单位$/ }).click();
      await page.locator('[data-test="audit-filter-apply"]').click();
      await page.waitForURL(/subjectType=organisation/);
      await expect.poll(() => rows(page).count()).toBe(2);
      expect(await rows(page).first().innerText()).toContain('登记单位');
      expect(await rows(page).first().innerText()).toContain('测试operator');

      // One subject: a click on the row's subject narrows to it.
      await rows(page).last().locator('[data-test^="audit-subject-"]').click();
      await page.waitForURL(new RegExp(`subjectId=${orgIds[0]}`));
      await expect.poll(() => rows(page).count()).toBe(1);
      await rows(page).first().locator('.el-table__expand-icon').click();
      const detail = page.locator('[data-test^="audit-detail-"]');
      await detail.waitFor();
      expect(await detail.locator('[data-test="audit-change"]').innerText()).toContain('"name": "审计路线甲公司"');
      expect(await detail.locator('[data-test="audit-change-check"]').innerText()).toBe('变更内容与摘要一致');
      expect(await detail.locator('[data-test="audit-entry-intact"]').innerText()).toBe('记录哈希校验通过');
      await shot(page, 'audit-entry-expanded-desktop');

      // By actor: clear, then a click on the operator's name keeps only the operator's entries.
      await page.locator('[data-test="audit-filter-reset"]').click();
      await page.waitForURL(`${console_}/audit`);
      const operatorRow = rows(page).filter({ hasText: '测试operator' }).first();
      await operatorRow.waitFor();
      await operatorRow.locator('[data-test^="audit-actor-"]').click();
      await page.waitForURL(new RegExp(`actorUserId=${people.users.operator.id}`));
      await page.locator('[data-test="audit-filter-user"]').getByText('操作人：测试operator').waitFor();
      await expect.poll(() => rows(page).count()).toBe(3);
      for (const text of await rows(page).allInnerTexts()) expect(text).toContain('测试operator');
      expect(await rows(page).last().innerText()).toContain('登录');
      await shot(page, 'audit-by-actor-desktop');
    } finally {
      await context.close();
    }
  });

  it('a deep link to one subject opens on a phone without overflow', async () => {
    const { context, page } = await journey!.open(PHONE);
    try {
      await logIn(page, people.users.operator.loginName, `/audit?subjectType=organisation&subjectId=${orgIds[1]}`);
      await expect.poll(() => rows(page).count()).toBe(1);
      expect(await rows(page).first().innerText()).toContain('登记单位');
      await noOverflow(page);
      await shot(page, 'audit-deep-link-phone');
    } finally {
      await context.close();
    }
  });

  it('after an entry is altered in the database, the check names the first broken link', async () => {
    const seq = await asOwner(people.tenant.id, async (c) => {
      const { rows: [row] } = await c.query<{ seq: string }>(`update audit_entry set action = 'organisation.delete' where subject_id = $1 returning seq`, [orgIds[0]]);
      return Number(row.seq);
    });
    const { context, page } = await journey!.open(DESKTOP);
    try {
      await logIn(page, people.users.finance.loginName, '/audit');
      await page.locator('[data-test="audit-verify-run"]').click();
      const broken = page.locator('[data-test="audit-verify-broken"]');
      await broken.waitFor();
      expect(await broken.innerText()).toContain(`审计链在第 ${seq} 条处断裂：记录内容与其哈希不符（已被篡改）`);
      expect(await broken.innerText()).toContain(`此前 ${seq - 1} 条记录校验无误。`);
      // The altered entry itself shows that its fields no longer match its hash.
      const row = rows(page).filter({ has: page.locator(`[data-test="audit-row-${seq}"]`) });
      await row.locator('.el-table__expand-icon').click();
      expect(await page.locator(`[data-test="audit-detail-${seq}"] [data-test="audit-entry-intact"]`).innerText()).toBe('记录字段与其哈希不符');
      await shot(page, 'audit-broken-desktop');
    } finally {
      await context.close();
    }
  });
});
