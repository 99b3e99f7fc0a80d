import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { capacity, paced, type PacedFigure, stepRates } from './paced.ts';

/** A stand-in server that answers every request after `delayMs`, one at a time if `serial`. */
async function server(delayMs: number, serial: boolean, status = 200) {
  let busyUntil = 0;
  let seen = 0;
  const s = http.createServer((req, res) => {
    seen++;
    req.resume();
    req.on('end', () => {
      const now = Date.now();
      const start = serial ? Math.max(now, busyUntil) : now;
      busyUntil = start + delayMs;
      setTimeout(() => res.writeHead(status, { 'content-type': 'application/json' }).end('{"data":{}}'), busyUntil - now);
    });
  });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, seen: () => seen, close: () => new Promise((r) => s.close(r)) };
}

const figure = (rate: number, p95: number, failed = 0): PacedFigure => ({ rate, clients: 16, seconds: 5, sent: 1, answered: 1, p50: 1, p95, p99: p95, max: p95, failed });

describe('paced load', () => {
  let close: (() => Promise<unknown>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('sends about the rate asked and times each search from its due moment', async () => {
    const s = await server(5, false);
    close = s.close;
    const f = await paced(s.url, 'zj', () => '{}', 4, 50, 2);
    // A Poisson stream of 50/s over 2 s: 100 expected; the seeded stream stays near it.
    expect(f.sent).toBeGreaterThan(70);
    expect(f.sent).toBeLessThan(130);
    expect(f.answered).toBe(f.sent);
    expect(s.seen()).toBe(f.sent);
    expect(f.failed).toBe(0);
    expect(f.p50).toBeGreaterThanOrEqual(5);
    expect(f.p50).toBeLessThan(50);
  });

  it('counts the wait for a connection when the server cannot keep up', async () => {
    // One connection to a server that takes 50 ms a search, asked 40 a second: the queue grows,
    // and the latency from the due moment shows it.
    const s = await server(50, true);
    close = s.close;
    const f = await paced(s.url, 'zj', () => '{}', 1, 40, 1);
    expect(f.answered).toBe(f.sent);
    expect(f.p95).toBeGreaterThan(400);
  });

  it('counts GraphQL errors and failed statuses', async () => {
    const s = await server(1, false, 500);
    close = s.close;
    const f = await paced(s.url, 'zj', () => '{}', 2, 20, 1);
    expect(f.failed).toBe(f.sent);
    expect(capacity([{ ...f, rate: 20 }], 30)).toBe(0);
  });

  it('steps the rate until the target is passed twice in a row', async () => {
    const p95ByRate: Record<number, number> = { 10: 12, 20: 31, 30: 25, 40: 45, 50: 60, 60: 20 };
    const tried: number[] = [];
    const figures = await stepRates(async (rate) => (tried.push(rate), figure(rate, p95ByRate[rate])), 10, 10, 60, 30, () => undefined);
    expect(tried).toEqual([10, 20, 30, 40, 50]);
    expect(capacity(figures, 30)).toBe(30);
  });

  it('has no capacity when even the lowest rate misses', () => {
    expect(capacity([figure(10, 41), figure(20, 52)], 30)).toBe(0);
    expect(capacity([figure(10, 20, 1)], 30)).toBe(0);
  });
});
