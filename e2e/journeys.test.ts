import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('tenant-admin: opens on the read-only settings of the chosen province', async () => {
    const { context, page } = await open(DESKTOP);
    try {
      await page.goto(`${admin!.url}/`);
      await page.waitForURL('**/settings');
      await page.locator('[data-test="choose-province"]').waitFor();
      await pick(page, '选择省份', '广西壮族自治区', true);
      await expect.poll(() => page.locator('[data-test="settings-title"]').textContent()).toBe('广西壮族自治区租户设置');
      expect(await page.locator('[data-test="tenant-code"]').textContent()).toBe('450000');
      await page.getByText('Asia/Shanghai').waitFor();
      expect(await page.locator('[data-test="rule-priceAboveReferenceAlertBp"]').textContent()).toBe('10.00%');
      expect(await page.getByRole('menuitem', { name: '租户设置' }).count()).toBe(1);
      await shot(page, 'admin-settings-desktop');

      await pick(page, '切换语言', 'English');
      await expect.poll(() => page.locator('[data-test="settings-title"]').textContent()).toBe('Guangxi tenant settings');
      await shot(page, 'admin-settings-en-desktop');
    } finally {
      await context.close();
    }

    const phone = await open(PHONE);
    try {
      await phone.page.goto(`http://zj.localhost:${admin!.port}/settings`);
      await expect.poll(() => phone.page.locator('[data-test="settings-title"]').textContent()).toBe('浙江省租户设置');
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(phone.page, 'admin-settings-phone');
    } finally {
      await phone.context.close();
    }
  });

  it('raised no uncaught error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
