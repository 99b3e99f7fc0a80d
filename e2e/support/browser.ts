import { type Browser, chromium } from 'playwright-core';
import { vi } from 'vitest';

// A journey test is a person's whole errand in a browser: on a busy 2-core machine the longest
// take half a minute, so they get more room than the 30 s a server-side test gets, and a page
// gets 10 s (not vitest's 1 s) to show what `expect.poll` waits for.
vi.setConfig({ testTimeout: 90_000, expect: { poll: { interval: 50, timeout: 10_000 } } });

/** Debian's chromium, headless; playwright-core brings no browser of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
