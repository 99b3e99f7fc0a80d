import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { DEMO_PASSWORD } from '../api/src/seed/demo-people.js';
import { seedDemo } from '../api/src/seed/seed.js';
import { startApi, type TestApi } from '../api/test/app.js';
import { createTenant, type TestTenant } from '../api/test/tenants.js';
import { DESKTOP, launchChromium, PHONE } from './support/browser.js';
import { serveApp, type ServedApp } from './support/serve-app.js';
import { startWorkers, type RunningWorkers } from './support/workers.js';

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

/**
 * Opens a select in the page header by its accessible name (the aria-label a screen reader
 * announces) and picks the visible option with exactly this text.
 */
async function pick(page: Page, label: string, option: string, typeToFilter = false) {
  const input = page.getByRole('combobox', { name: label, includeHidden: true });
  // The input itself may be zero-width (a non-filterable select); click its select box.
  await page.getByRole('banner').locator('.el-select', { has: input }).click();
  if (typeToFilter) await page.keyboard.type(option);
  await page.locator('.el-select-dropdown__item:visible', { hasText: new RegExp(`^${option}$`) }).click();
}

async function shot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  // Let a just-closed dropdown and its arrow finish their transitions.
  await expect.poll(() => page.locator('.el-select-dropdown:visible').count()).toBe(0);
  await page.waitForTimeout(350);
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

describe('browser journeys (chromium against the real API)', () => {
  let api: TestApi | undefined;
  let workers: RunningWorkers | undefined;
  let storefront: ServedApp | undefined;
  let admin: ServedApp | undefined;
  let browser: Browser | undefined;
  let special: TestTenant;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    await seedDemo(process.env.DATABASE_OWNER_URL!);
    // A province with its own rules, so a switch visibly changes the numbers.
    special = await createTenant({ settings: { purchaseRoutes: { directOrderMaxFen: '3000000' }, deposits: { interestRateBp: 40 } } });
    api = await startApi();
    workers = await startWorkers();
    [storefront, admin] = await Promise.all([serveApp('storefront', api.url), serveApp('tenant-admin', api.url)]);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    // Each in its own finally: one failing to close must not leave the others running.
    try {
      await browser?.close();
    } finally {
      try {
        await Promise.all([storefront?.close(), admin?.close()]);
      } finally {
        try {
          await workers?.close();
        } finally {
          await api?.close();
        }
      }
    }
  });

  async function open(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser!.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    // What the page showed when a step failed, beside the other screenshots.
    onTestFailed(async ({ task }) => {
      if (!page.isClosed()) await page.screenshot({ path: `${SHOTS}FAILED-${task.name.slice(0, 40).replace(/\W+/g, '-')}.png`, fullPage: true });
    });
    return { context, page };
  }

  it('storefront: choose a province, read its rules in Chinese, switch province and language', async () => {
    const { context, page } = await open(DESKTOP);
    try {
      await page.goto(`${storefront!.url}/`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('欢迎使用政府采购电子卖场');
      await page.locator('[data-test="choose-province"]').waitFor();
      await shot(page, 'storefront-home-no-province-desktop');

      await pick(page, '选择省份', '浙江省', true);
      await expect.poll(() => page.locator('h1').textContent()).toBe('欢迎使用浙江省政府采购电子卖场');
      await page.locator('[data-test="threshold-directOrderMax"]').getByText('¥50,000.00').waitFor();
      await shot(page, 'storefront-home-desktop');

      await page.getByRole('menuitem', { name: '采购规则' }).click();
      await page.waitForURL('**/rules');
      await expect.poll(() => page.locator('[data-test="rules-title"]').textContent()).toBe('浙江省采购规则');
      await page.getByText('网上超市直购单笔上限').waitFor();
      expect(await page.locator('[data-test="rule-directOrderMax"]').textContent()).toBe('¥50,000.00');
      expect(await page.locator('[data-test="rule-interestRateBp"]').textContent()).toBe('0.35%');
      expect(await page.locator('[data-test="rule-bidMinCalendarDays"]').textContent()).toBe('20 天');
      await shot(page, 'storefront-rules-zh-desktop');

      // Another province: its own numbers replace the first one's.
      await pick(page, '选择省份', special.name, true);
      await expect.poll(() => page.locator('[data-test="rules-title"]').textContent()).toBe(`${special.name}采购规则`);
      await expect.poll(() => page.locator('[data-test="rule-directOrderMax"]').textContent()).toBe('¥30,000.00');
      expect(await page.locator('[data-test="rule-interestRateBp"]').textContent()).toBe('0.40%');

      await pick(page, '选择省份', '浙江省', true);
      await pick(page, '切换语言', 'English');
      await expect.poll(() => page.locator('[data-test="rules-title"]').textContent()).toBe('Zhejiang procurement rules');
      await page.getByText('One-click order, per order up to').waitFor();
      expect(await page.locator('[data-test="rule-bidMinCalendarDays"]').textContent()).toBe('20 days');
      expect(await page.getByRole('menuitem', { name: 'Procurement rules' }).count()).toBe(1);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await shot(page, 'storefront-rules-en-desktop');

      // Both choices are remembered.
      await page.reload();
      await expect.poll(() => page.locator('[data-test="rules-title"]').textContent()).toBe('Zhejiang procurement rules');
    } finally {
      await context.close();
    }
  });

  it('storefront on a phone: the host name chooses the province', async () => {
    const { context, page } = await open(PHONE);
    try {
      await page.goto(`http://cq.localhost:${storefront!.port}/`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('欢迎使用重庆市政府采购电子卖场');
      await page.getByText('由当前域名确定').waitFor();
      expect(await page.getByRole('banner').getByRole('combobox', { name: '选择省份', includeHidden: true }).isDisabled()).toBe(true);
      await page.locator('[data-test="threshold-publicTenderMin"]').getByText('¥4,000,000.00').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(page, 'storefront-home-phone');

      await page.goto(`http://cq.localhost:${storefront!.port}/rules`);
      await expect.poll(() => page.locator('[data-test="rules-title"]').textContent()).toBe('重庆市采购规则');
      await page.locator('[data-test="rule-directOrderMax"]').waitFor();
      await shot(page, 'storefront-rules-phone');
    } finally {
      await context.close();
    }
  });

  it('storefront: a failed request shows a clear error, and retry recovers', async () => {
    const { context, page } = await open(DESKTOP);
    try {
      await context.addInitScript(() => localStorage.setItem('zhengcai.tenant', '330000'));
      // The tenant list loads; the rules query finds the server unreachable.
      await page.route('**/graphql', async (route) => {
        if (route.request().postData()?.includes('PublicRules')) await route.abort('connectionrefused');
        else await route.continue();
      });
      await page.goto(`${storefront!.url}/rules`);
      const alert = page.getByRole('alert');
      await alert.getByText('无法连接服务器').waitFor();
      await alert.getByText('请检查网络连接后重试。').waitFor();
      await shot(page, 'storefront-rules-error-desktop');

      await page.unroute('**/graphql');
      await alert.getByRole('button', { name: '重试' }).click();
      await expect.poll(() => page.locator('[data-test="rule-directOrderMax"]').textContent()).toBe('¥50,000.00');
      expect(await page.getByRole('alert').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('storefront: an unknown address shows the not-found page', async () => {
    const { context, page } = await open(DESKTOP);
    try {
      await page.goto(`${storefront!.url}/no-such-page`);
      await page.getByText('页面不存在', { exact: true }).waitFor();
      await page.getByRole('button', { name: '返回首页' }).click();
      await page.waitForURL(`${storefront!.url}/`);
    } finally {
      await context.close();
    }
  });

  /** Logs in on the login page the app is showing (the province is fixed by the host name). */
  async function logIn(page: Page, loginName: string, password = DEMO_PASSWORD) {
    await page.getByLabel('登录名').fill(loginName);
    await page.getByLabel('密码', { exact: true }).fill(password);
    await page.locator('[data-test="login-submit"]').click();
  }

  /** Element Plus puts a component's attributes on its inner <input>; accept either place. */
  const input = (page: Page, test: string) => page.locator(`input[data-test="${test}"], [data-test="${test}"] input`);

  const navText = (page: Page) => page.getByRole('navigation').innerText();

  it('storefront: a wrong password is refused clearly; a buyer logs in, sees the mall and not the supplier centre, logs out', async () => {
    const { context, page } = await open(DESKTOP);
    const zj = `http://zj.localhost:${storefront!.port}`;
    try {
      // A buyer's page sends a visitor to login, and back after logging in.
      await page.goto(`${zj}/mall`);
      await page.waitForURL(/\/login\?redirect=(%2F|\/)mall$/);
      await expect.poll(() => page.locator('[data-test="login-title"]').textContent()).toBe('登录浙江省');
      await page.locator('[data-test="login-submit"]').click();
      await page.getByText('请输入登录名').waitFor();
      await logIn(page, 'zj-buyer', 'wrong-password-1');
      const refusal = page.locator('[data-test="login-error"]');
      await refusal.getByText('登录名或密码不正确。').waitFor();
      expect(await refusal.getAttribute('data-reason')).toBe('INVALID_CREDENTIALS');
      expect(await refusal.getAttribute('role')).toBe('alert');
      await shot(page, 'storefront-login-error-desktop');

      await logIn(page, 'zj-buyer');
      await page.waitForURL(`${zj}/mall`);
      await expect.poll(() => page.locator('[data-test="mall-unit"]').textContent()).toBe('浙江省机关事务管理局');
      await page.locator('[data-test="route-direct"]').getByText('不超过 ¥50,000.00').waitFor();
      expect(await navText(page)).toContain('网上商城');
      expect(await navText(page)).not.toContain('供应商中心');
      // Signed in, the province is the session's.
      await page.getByText('由登录账号确定').waitFor();
      await shot(page, 'storefront-mall-desktop');

      await page.locator('[data-test="user-menu"]').click();
      await page.locator('[data-test="user-organisation"]:visible').getByText('浙江省机关事务管理局').waitFor();
      await page.locator('[data-test="user-roles"]:visible').getByText('采购人、采购单位管理员').waitFor();
      await shot(page, 'storefront-user-menu-desktop');
      await page.getByRole('menuitem', { name: '我的账户' }).click();
      await page.waitForURL(`${zj}/account`);
      await expect.poll(() => page.locator('[data-test="account-organisation"]').textContent()).toBe('浙江省机关事务管理局');
      await shot(page, 'storefront-account-desktop');

      // A reload keeps the session (refresh token of this tab), then logout ends it.
      await page.reload();
      await expect.poll(() => page.locator('[data-test="account-organisation"]').textContent()).toBe('浙江省机关事务管理局');
      await page.locator('[data-test="user-menu"]').click();
      await page.locator('[data-test="logout"]:visible').click();
      await page.waitForURL(`${zj}/`);
      await page.locator('[data-test="login-link"]').waitFor();
      expect(await navText(page)).not.toContain('网上商城');
      expect(await page.evaluate(() => sessionStorage.getItem('zhengcai.session'))).toBeNull();
    } finally {
      await context.close();
    }
  });

  it('storefront: a supplier sees the supplier centre, never the mall, also on a phone', async () => {
    const { context, page } = await open(PHONE);
    const zj = `http://zj.localhost:${storefront!.port}`;
    try {
      await page.goto(`${zj}/login`);
      await shot(page, 'storefront-login-phone');
      await logIn(page, 'zj-supplier1');
      await page.waitForURL(`${zj}/`);
      expect(await navText(page)).toContain('供应商中心');
      expect(await navText(page)).not.toContain('网上商城');
      await page.goto(`${zj}/supplier`);
      await expect.poll(() => page.locator('[data-test="supplier-organisation"]').textContent()).toBe('杭州云采科技有限公司');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(page, 'storefront-supplier-phone');

      await page.goto(`${zj}/mall`);
      await page.locator('[data-test="forbidden"]').getByText('您当前的角色（供应商）不能打开此页面。').waitFor();
      await shot(page, 'storefront-forbidden-phone');
    } finally {
      await context.close();
    }
  });

  it('tenant-admin: finance reads the settings, cannot edit them, and switches to English', async () => {
    const { context, page } = await open(DESKTOP);
    const gx = `http://gx.localhost:${admin!.port}`;
    try {
      await page.goto(`${gx}/`);
      await page.waitForURL(/\/login\?redirect=(%2F|\/)settings$/);
      await shot(page, 'admin-login-desktop');
      await logIn(page, 'gx-finance');
      await page.waitForURL(`${gx}/settings`);
      await expect.poll(() => page.locator('[data-test="settings-title"]').textContent()).toBe('广西壮族自治区租户设置');
      expect(await page.locator('[data-test="tenant-code"]').textContent()).toBe('450000');
      expect(await page.locator('[data-test="rule-priceAboveReferenceAlertBp"]').textContent()).toBe('10.00%');
      await page.locator('[data-test="settings-read-only"]').waitFor();
      expect(await page.locator('[data-test="settings-save"]').count()).toBe(0);
      expect(await navText(page)).toContain('租户设置');
      expect(await navText(page)).toContain('工作日历');
      await shot(page, 'admin-settings-finance-desktop');

      await pick(page, '切换语言', 'English');
      await expect.poll(() => page.locator('[data-test="settings-title"]').textContent()).toBe('Guangxi tenant settings');
      expect(await navText(page)).toContain('Working-day calendar');
      expect(await page.locator('[data-test="rule-bidMinCalendarDays"]').textContent()).toBe('20 days');
      await shot(page, 'admin-settings-en-desktop');
    } finally {
      await context.close();
    }
  });

  it('tenant-admin: an operator changes a threshold and a holiday, both persist; an invalid value is refused at its field', async () => {
    const { context, page } = await open(DESKTOP);
    const gx = `http://gx.localhost:${admin!.port}`;
    const year = new Date().getFullYear() + 1;
    try {
      await page.goto(`${gx}/settings`);
      await logIn(page, 'gx-operator');
      await page.waitForURL(`${gx}/settings`);
      const direct = input(page, 'field-purchaseRoutes.directOrderMax');
      await expect.poll(() => direct.inputValue()).toMatch(/^\d+\.\d\d$/);
      expect(await input(page, 'field-deposits.interestRateBp').inputValue()).toBe('0.35');
      await shot(page, 'admin-settings-operator-desktop');

      // A rate outside the national range: the API's message appears at that field.
      await input(page, 'field-deposits.interestRateBp').fill('99');
      await page.locator('[data-test="settings-save"]').click();
      const rateItem = page.locator('[data-test="item-deposits.interestRateBp"] .el-form-item__error');
      await rateItem.getByText(/须在 .* 至 .* 之间/).waitFor();
      expect(await rateItem.textContent()).toBe('“保证金利率（年）”须在 0.00% 至 10.00% 之间（国家规定的范围，省级只能从严），收到 99.00%。');
      await shot(page, 'admin-settings-invalid-desktop');
      await input(page, 'field-deposits.interestRateBp').fill('0.35');

      await direct.fill('60000');
      await page.locator('[data-test="settings-save"]').click();
      await page.locator('[data-test="settings-saved"]').waitFor();
      await page.reload();
      await expect.poll(() => input(page, 'field-purchaseRoutes.directOrderMax').inputValue()).toBe('60000.00');

      await page.getByRole('navigation').getByText('工作日历').click();
      await page.waitForURL(`${gx}/calendar`);
      await page.getByPlaceholder('选择日期').fill(`${year}-10-08`);
      await page.keyboard.press('Enter');
      await input(page, 'calendar-name').fill('国庆节');
      await page.locator('[data-test="calendar-add"]').click();
      await page.locator(`[data-test="calendar-row-${year}-10-08"]`).waitFor();
      await page.waitForURL(`${gx}/calendar?year=${year}`);
      await page.reload();
      await page.locator(`[data-test="calendar-row-${year}-10-08"]`).waitFor();
      await page.getByRole('row', { name: new RegExp(`${year}-10-08`) }).getByText('国庆节').waitFor();
      await shot(page, 'admin-calendar-desktop');
    } finally {
      await context.close();
    }

    const phone = await open(PHONE);
    try {
      await phone.page.goto(`http://gx.localhost:${admin!.port}/settings`);
      await logIn(phone.page, 'gx-operator');
      await expect.poll(() => phone.page.locator('[data-test="settings-title"]').textContent()).toBe('广西壮族自治区租户设置');
      await phone.page.locator('[data-test="settings-form"]').waitFor();
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(phone.page, 'admin-settings-phone');
    } finally {
      await phone.context.close();
    }
  });

  it('tenant-admin: a supplier is turned away politely, with a link to the storefront', async () => {
    const { context, page } = await open(DESKTOP);
    try {
      await page.goto(`http://zj.localhost:${admin!.port}/settings`);
      await logIn(page, 'zj-supplier2');
      await page.locator('[data-test="forbidden"]').getByText(/您的角色（供应商）请在电子卖场办理业务/).waitFor();
      expect(await page.locator('[data-test="forbidden-elsewhere"]').getAttribute('href')).toMatch(/^http:\/\/zj\.localhost:5173\/$/);
      expect(await navText(page)).not.toContain('租户设置');
      await shot(page, 'admin-not-for-you-desktop');
    } finally {
      await context.close();
    }
  });

  it('raised no uncaught error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
