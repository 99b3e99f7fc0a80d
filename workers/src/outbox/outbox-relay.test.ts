import type { INestApplicationContext } from '@nestjs/common';
import { newId, OutboxEvent } from '@zhengcai/schema';
import { TenantDb } from '@zhengcai/api/platform/database/tenant-db';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOwner, contextFor, createTenant } from '../../../api/test/tenants.js';
import { deliveryCatalogue, ORDER_PLACED, placeOrder } from '../../test/delivery-fixture.ts';
import { closeAndClean, sleep, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { OutboxRelay, RELAY_BATCH } from './outbox-relay.js';

describe('outbox relay', () => {
  const prefix = uniquePrefix('relay');
  // A poll interval far longer than the tests: anything relayed quickly came by NOTIFY.
  const config = testConfig(prefix, { OUTBOX_POLL_MS: '600000' });
  let first: INestApplicationContext;
  let second: INestApplicationContext;
  let db: TenantDb;
  let queues: JobQueues;

  beforeAll(async () => {
    [first, second] = await Promise.all([
      workerApp(config, { jobCatalogue: deliveryCatalogue, processors: [] }),
      workerApp(config, { jobCatalogue: deliveryCatalogue, processors: [] }),
    ]);
    db = first.get(TenantDb);
    queues = first.get(JobQueues);
  });
  afterAll(async () => {
    await second?.close();
    await closeAndClean(first);
  });

  const unpublished = (tenantId: string) =>
    asOwner(tenantId, async (c) => Number((await c.query('select count(*) from outbox_event where published_at is null')).rows[0].count));

  it('never lets two relays enqueue the same event: each claims rows the other has not locked', async () => {
    const tenant = await createTenant();
    const events = RELAY_BATCH + 50;
    await db.transaction(contextFor(tenant), async (_em, tx) => {
      for (let i = 0; i < events; i++) tx.publish({ type: ORDER_PLACED, payload: { orderNo: `C-${i}` } });
    });

    const [a, b] = await Promise.all([first.get(OutboxRelay).relayTenant(tenant.id), second.get(OutboxRelay).relayTenant(tenant.id)]);
    // Each relay counts its own enqueues; without the row locks both would send some rows.
    expect(a + b).toBe(events);
    expect(await unpublished(tenant.id)).toBe(0);
    const waiting = await queues.queue('notifications').getJobs(['waiting'], 0, -1);
    expect(waiting.filter((j) => j.data.tenantId === tenant.id)).toHaveLength(events);
    // Nothing left for a later pass.
    expect(await first.get(OutboxRelay).relayTenant(tenant.id)).toBe(0);
  });

  it('relays a new event within moments of its commit, woken by NOTIFY rather than the poll', async () => {
    const relay = first.get(OutboxRelay);
    await relay.start();
    try {
      await sleep(300); // the first sweep is over before this tenant exists
      const tenant = await createTenant();
      await placeOrder(db, contextFor(tenant), 'N-1', '2039-02-01');
      const started = Date.now();
      await waitFor(async () => (await unpublished(tenant.id)) === 0, 'the event to be relayed', 5000);
      expect(Date.now() - started).toBeLessThan(5000);
      const [event] = await db.transaction(contextFor(tenant), (em) => em.find(OutboxEvent, {}));
      const job = await queues.queue('notifications').getJob(event.id);
      expect(job?.data).toMatchObject({ tenantId: tenant.id, orderNo: 'N-1' });
    } finally {
      await relay.stop();
    }
  });

  it('leaves the provinces of another pool (WORKER_TENANTS) alone, by NOTIFY and by sweep', async () => {
    const elsewhere = await workerApp(testConfig(uniquePrefix('relay-other'), { OUTBOX_POLL_MS: '600000', WORKER_TENANTS: 'zz-none,qq*' }), { jobCatalogue: deliveryCatalogue, processors: [] });
    const relay = elsewhere.get(OutboxRelay);
    try {
      await relay.start();
      const tenant = await createTenant();
      await placeOrder(db, contextFor(tenant), 'S-1', '2039-04-01');
      await sleep(500);
      expect(await relay.sweep()).toBe(0);
      expect(await unpublished(tenant.id)).toBe(1);
      // The pool that serves it (this file's) relays it.
      expect(await first.get(OutboxRelay).sweep()).toBeGreaterThanOrEqual(1);
      expect(await unpublished(tenant.id)).toBe(0);
    } finally {
      await relay.stop();
      await closeAndClean(elsewhere);
    }
  });

  it('sets aside an event no job takes any more, and relays the others', async () => {
    const tenant = await createTenant();
    const retired = newId();
    await asOwner(tenant.id, (c) =>
      c.query(`insert into outbox_event (id, tenant_id, type, payload, request_id) values ($1, $2, 'test.retired-event', '{}', 'r')`, [retired, tenant.id]),
    );
    await placeOrder(db, contextFor(tenant), 'R-1', '2039-03-01');

    expect(await first.get(OutboxRelay).relayTenant(tenant.id)).toBe(1);
    const rows = await db.transaction(contextFor(tenant), (em) => em.find(OutboxEvent, {}, { orderBy: { id: 'asc' } }));
    const aside = rows.find((r) => r.id === retired)!;
    expect(aside.publishedAt ?? null).toBeNull();
    expect(aside.relayError).toMatch(/test.retired-event maps to no catalogued job/);
    expect(rows.filter((r) => r.id !== retired).every((r) => r.publishedAt instanceof Date)).toBe(true);
    // Not retried on every pass: it waits for an operator.
    expect(await first.get(OutboxRelay).relayTenant(tenant.id)).toBe(0);
    expect(await queues.queue('notifications').getJob(retired)).toBeUndefined();
  });
});
