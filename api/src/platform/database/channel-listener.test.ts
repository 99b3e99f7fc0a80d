import pg from 'pg';
import { newId } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelListener } from './channel-listener.js';

/** Waits until `check` holds, polling; fails with what was seen after two seconds. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

describe('ChannelListener', () => {
  let sender: pg.Client;
  const url = () => process.env.DATABASE_URL!;

  beforeAll(async () => {
    sender = new pg.Client({ connectionString: url() });
    await sender.connect();
  });
  afterAll(() => sender.end());

  function recorder() {
    const seen = { notices: [] as string[], ups: [] as boolean[], downs: [] as string[] };
    return { seen, events: { notice: (p: string) => seen.notices.push(p), up: (again: boolean) => seen.ups.push(again), down: (e: Error) => seen.downs.push(e.message) } };
  }

  it('delivers committed notices, comes back after its connection is killed, and stops when closed', async () => {
    const channel = `zc_test_${newId().slice(-12).replace(/-/g, '')}`;
    const name = `zc-listener-test-${channel}`;
    const { seen, events } = recorder();
    const listener = new ChannelListener(url(), channel, events, { applicationName: name, retryMs: 20 });
    await listener.start();
    expect(listener.listening).toBe(true);
    expect(seen.ups).toEqual([false]);

    await sender.query('begin');
    await sender.query('select pg_notify($1, $2)', [channel, 'inside']);
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.notices).toEqual([]); // not before the commit
    await sender.query('commit');
    await until(() => seen.notices.length === 1, 'the committed notice');
    expect(seen.notices).toEqual(['inside']);

    await sender.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1`, [name]);
    await until(() => seen.downs.length === 1, 'the loss');
    await until(() => seen.ups.length === 2, 'the reconnection');
    expect(seen.ups).toEqual([false, true]);
    await sender.query('select pg_notify($1, $2)', [channel, 'after']);
    await until(() => seen.notices.length === 2, 'a notice after the reconnection');

    await listener.close();
    expect(listener.listening).toBe(false);
    await sender.query('select pg_notify($1, $2)', [channel, 'closed']);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen.notices).toEqual(['inside', 'after']);
    const { rows } = await sender.query(`select count(*)::int as n from pg_stat_activity where application_name = $1`, [name]);
    expect(rows[0].n).toBe(0);
  });

  it('keeps trying when it cannot connect at first, and gives up once closed', async () => {
    const { seen, events } = recorder();
    const bad = new URL(url());
    bad.password = 'wrong-password';
    const listener = new ChannelListener(bad.toString(), 'zc_test_never', events, { retryMs: 20 });
    await listener.start();
    expect(listener.listening).toBe(false);
    await until(() => seen.downs.length >= 2, 'a second attempt');
    await listener.close();
    const attempts = seen.downs.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(seen.downs.length).toBe(attempts);
    expect(seen.ups).toEqual([]);
  });

  it('refuses a channel name that is not an identifier', () => {
    expect(() => new ChannelListener(url(), 'x; drop table tenant', recorder().events)).toThrow(/not a channel name/);
  });
});
