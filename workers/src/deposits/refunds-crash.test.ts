import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomInt } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, describe, expect, it } from 'vitest';
import { accrue } from '@zhengcai/api/deposits/deposit-interest';
import { depositRefunds, insertHeldDeposits, setLotOutcome } from '../../../api/test/deposits.js';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { insertTenderProject } from '../../../api/test/tender.js';
import { asOwner } from '../../../api/test/tenants.js';
import { closeAndClean, runChild, sleep, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { QueueWorkers } from '../runtime/queue-workers.js';

const PAID_DAYS_AGO = 10;

/** Lots that failed, each with held deposits: every one of them is due back. */
async function failedLots(people: PeopleFixture, lots: number, perLot: number) {
  const paidAt = new Date(Date.now() - PAID_DAYS_AGO * 86_400_000);
  const lotIds: string[] = [];
  const depositIds: string[] = [];
  for (let i = 0; i < lots; i++) {
    const { lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ depositFen: 100_000n }] });
    depositIds.push(...(await insertHeldDeposits(people.tenant.id, lotId, perLot, paidAt)));
    await setLotOutcome(people.tenant.id, lotId, 'failed');
    lotIds.push(lotId);
  }
  return { lotIds, depositIds };
}

/** Each deposit refunded exactly once, principal + interest to the fen (10 days at 0.35 %, /360), nothing left held. */
async function expectExactlyOnce(people: PeopleFixture, depositIds: string[]) {
  const refunds = await depositRefunds(people.tenant.id);
  const amounts = await asOwner(people.tenant.id, async (c) =>
    new Map((await c.query<{ id: string; amount_fen: string; state: string }>('select id, amount_fen, state from deposit')).rows.map((r) => [r.id, r])));
  for (const id of depositIds) {
    const r = refunds.get(id);
    expect(r, `deposit ${id} was not refunded`).toBeDefined();
    expect(r!.count).toBe(1);
    const principal = BigInt(amounts.get(id)!.amount_fen);
    expect(r!.principal).toBe(principal);
    expect(r!.interest).toBe(accrue(principal, 35, PAID_DAYS_AGO, 360));
    expect(r!.total).toBe(principal + r!.interest);
    expect(amounts.get(id)!.state).toBe('refunded');
  }
  const audits = await asOwner(people.tenant.id, async (c) => Number((await c.query(`select count(*) from audit_entry where action = 'deposits.deposit.refund'`)).rows[0].count));
  expect(audits).toBe(depositIds.length);
}

describe('deposit refunds when workers die and Redis restarts', () => {
  const apps: INestApplicationContext[] = [];
  const children: ChildProcess[] = [];
  afterAll(async () => {
    // Apps first: the Redis-restart app cleans its queues in its own Redis, which must still be up.
    // The assertions are done; a graceful close that waits on a job left over from the chaos
    // (once seen: over three minutes) must not fail the file, so each close gets a minute.
    for (const a of apps) await Promise.race([closeAndClean(a), sleep(60_000)]);
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  }, 180_000);

  it('killing the worker at random points during a batch, many times, still refunds each deposit exactly once', async () => {
    const prefix = uniquePrefix('refund-kill');
    const app = await workerApp(testConfig(prefix));
    apps.push(app);
    const queues = app.get(JobQueues);
    const people = await createPeople();
    const { lotIds, depositIds } = await failedLots(people, 12, 25);
    for (const lotId of lotIds) await queues.enqueue('deposits.apply-tender-outcome', { tenantId: people.tenant.id, lotId, trigger: 'lot_failed' });

    const env = { ...process.env, QUEUE_PREFIX: prefix, WORKER_CONCURRENCY: '3' };
    let kills = 0;
    for (let round = 0; round < 8; round++) {
      const worker = runChild('queue-worker.ts', [], env);
      children.push(worker.child);
      await waitFor(async () => worker.lines.includes('ready') || worker.child.exitCode !== null, 'the worker to start', 30_000);
      // Die anywhere: before a job, inside a refund transaction, between commit and acknowledgement.
      await sleep(randomInt(20, 400));
      worker.child.kill('SIGKILL');
      expect((await worker.exited).signal).toBe('SIGKILL');
      kills += 1;
      // A sweep now and then, so some kills land in it too.
      if (round % 3 === 0) await queues.enqueue('deposits.sweep-refunds', { tenantId: people.tenant.id });
    }
    expect(kills).toBe(8);

    // Unattended recovery: a worker comes back and the scheduled sweep runs; nothing is left held.
    await app.get(QueueWorkers).start();
    await queues.enqueue('deposits.sweep-refunds', { tenantId: people.tenant.id });
    await waitFor(async () => (await depositRefunds(people.tenant.id)).size === depositIds.length, 'every deposit to be refunded', 60_000);
    await expectExactlyOnce(people, depositIds);
  }, 180_000);

  it('restarting Redis in the middle of the refunds: they resume unattended, once each', async () => {
    // A port the system just handed out and released: free, unlike a guessed one.
    const port = await new Promise<number>((resolve) => {
      const probe = createNetServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(p));
      });
    });
    const dir = mkdtempSync(join(tmpdir(), 'zc-redis-'));
    // Our own Redis (with its append-only file, as production runs it), so the shared one is left alone.
    const startRedis = async () => {
      const r = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir], { stdio: 'ignore' });
      children.push(r);
      await waitFor(async () => new Promise<boolean>((resolve) => {
        const ping = spawn('redis-cli', ['-p', String(port), 'ping'], { stdio: ['ignore', 'pipe', 'ignore'] });
        let out = '';
        ping.stdout.on('data', (d) => (out += d));
        ping.on('exit', () => resolve(out.includes('PONG')));
      }), 'redis to start', 30_000);
      return r;
    };
    let redis = await startRedis();
    const app = await workerApp(testConfig(uniquePrefix('refund-redis'), { REDIS_URL: `redis://127.0.0.1:${port}`, WORKER_CONCURRENCY: '1' }));
    apps.push(app);
    const queues = app.get(JobQueues);
    const people = await createPeople();
    const { lotIds, depositIds } = await failedLots(people, 20, 25);
    for (const lotId of lotIds) await queues.enqueue('deposits.apply-tender-outcome', { tenantId: people.tenant.id, lotId, trigger: 'lot_failed' });
    await app.get(QueueWorkers).start();

    // Mid-sweep: some lots refunded, not all.
    await waitFor(async () => (await depositRefunds(people.tenant.id)).size > 0, 'the first refunds');
    redis.kill('SIGKILL');
    await new Promise((r) => redis.once('exit', r));
    const during = (await depositRefunds(people.tenant.id)).size;
    // Redis went away with refunds still to do.
    expect(during).toBeLessThan(depositIds.length);
    await sleep(1_000);
    redis = await startRedis();

    await waitFor(async () => (await depositRefunds(people.tenant.id)).size === depositIds.length, 'the refunds to resume', 90_000);
    await expectExactlyOnce(people, depositIds);
  }, 180_000);
});
