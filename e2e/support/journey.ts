import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, onTestFailed } from 'vitest';
import { startApi, type TestApi } from '../../api/test/app.js';
import { launchChromium } from './browser.js';
import { SHOTS } from './pages.js';
import { serveApp, type ServedApp } from './serve-app.js';
import { startWorkers, type RunningWorkers } from './workers.js';

type App = 'storefront' | 'tenant-admin';

/** What a browser journey runs against: the real API, optionally the workers, the built apps, chromium. */
export interface Journey {
  readonly api: TestApi;
  /** The app's address for a province (its host name carries the tenant). */
  origin(app: App, tenantSlug: string): string;
  /** A new browser context with one page; page errors are collected and a failed test leaves a screenshot. */
  open(viewport: { width: number; height: number }, options?: { acceptDownloads?: boolean; timezoneId?: string }): Promise<{ context: BrowserContext; page: Page }>;
}

interface Running extends Journey {
  close(): Promise<void>;
  readonly pageErrors: string[];
}

/**
 * Starts what a journey needs; `name` prefixes its failure screenshots. Each journey makes its
 * own province with the API fixtures before or after (no demo seed: journeys run side by side).
 */
export async function startJourney(name: string, options: { apps: App[]; workers?: boolean }): Promise<Running> {
  mkdirSync(SHOTS, { recursive: true });
  const pageErrors: string[] = [];
  let api: TestApi | undefined;
  let workers: RunningWorkers | undefined;
  let browser: Browser | undefined;
  const served = new Map<App, ServedApp>();
  const close = async () => {
    try {
      await browser?.close();
    } finally {
      try {
        await Promise.all([...served.values()].map((s) => s.close()));
      } finally {
        try {
          await workers?.close();
        } finally {
          await api?.close();
        }
      }
    }
  };
  try {
    api = await startApi();
    if (options.workers !== false) workers = await startWorkers();
    const started = await Promise.all(options.apps.map((app) => serveApp(app, api!.url)));
    options.apps.forEach((app, i) => served.set(app, started[i]));
    browser = await launchChromium();
  } catch (err) {
    await close().catch(() => undefined);
    throw err;
  }
  return {
    api,
    pageErrors,
    close,
    origin(app, tenantSlug) {
      const s = served.get(app);
      if (!s) throw new Error(`${app} is not served in this journey`);
      return `http://${tenantSlug}.localhost:${s.port}`;
    },
    async open(viewport, opts = {}) {
      const context = await browser!.newContext({ viewport, locale: 'zh-CN', timezoneId: opts.timezoneId ?? 'Asia/Shanghai', acceptDownloads: opts.acceptDownloads ?? true });
      const page = await context.newPage();
      page.on('pageerror', (err) => pageErrors.push(err.message));
      onTestFailed(async ({ task }) => {
        if (!page.isClosed()) await page.screenshot({ path: `${SHOTS}FAILED-${name}-${task.name.slice(0, 40).replace(/\W+/g, '-')}.png`, fullPage: true }).catch(() => undefined);
        if (workers) console.error(`workers' last output when "${task.name}" failed:\n${workers.recentOutput()}`);
      });
      return { context, page };
    },
  };
}

/** Stops everything a journey started, then checks no page threw. */
export async function endJourney(journey: Running | undefined): Promise<void> {
  if (!journey) return;
  await journey.close();
  expect(journey.pageErrors).toEqual([]);
}
