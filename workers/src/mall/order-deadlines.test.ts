import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertListing, seedCategories } from '../../../api/test/catalog.js';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { budgetLineState, insertOrder } from '../../../api/test/mall.js';
import { asOwner } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { ORDER_DEADLINES_CRON, orderDeadlinesSchedulerId, TenantSchedules } from '../maintenance/tenant-schedules.js';
import { QueueWorkers } from '../runtime/queue-workers.js';

describe('order deadlines', () => {
  const config = testConfig(uniquePrefix('deadlines'));
  let app: INestApplicationContext;
  let queues: JobQueues;
  let people: PeopleFixture;

  beforeAll(async () => {
    app = await workerApp(config);
    queues = app.get(JobQueues);
    people = await createPeople();
    await seedCategories(people.tenant.id);
    await app.get(QueueWorkers).start();
  });
  afterAll(() => closeAndClean(app));

  const q = <T>(sql: string, params: unknown[] = []) => asOwner(people.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);
  async function run<N extends 'mall.sweep-order-deadlines' | 'integrity.record-fulfilment-fact'>(name: N, data: Record<string, unknown>) {
    const queue = name === 'mall.sweep-order-deadlines' ? 'notifications' : 'integrity';
    const jobId = await queues.enqueue(name, { tenantId: people.tenant.id, ...data } as never);
    await waitFor(async () => ['completed', 'failed'].includes(await queues.queue(queue).getJobState(jobId)), `${name} to finish`);
    const job = await queues.queue(queue).getJob(jobId);
    expect(job?.failedReason).toBeUndefined();
    return job?.returnvalue;
  }

  it('is scheduled hourly for every tenant', async () => {
    await app.get(TenantSchedules).sync();
    const scheduler = await queues.queue('notifications').getJobScheduler(orderDeadlinesSchedulerId(people.tenant.id));
    expect(scheduler).toMatchObject({ pattern: ORDER_DEADLINES_CRON, name: 'mall.sweep-order-deadlines' });
  });

  it('cancels unconfirmed orders, marks late shipment and acceptance overdue, and reports each missed deadline once', async () => {
    const listing = await insertListing(people, 'approved');
    // insertOrder writes the order without taking stock; take it as placement would have.
    await q('update listing set stock = 9 where id = $1', [listing]);
    const unconfirmed = await insertOrder(people, 'placed', listing);
    const unshipped = await insertOrder(people, 'confirmed', listing);
    const unaccepted = await insertOrder(people, 'delivered', listing);
    const onTime = await insertOrder(people, 'placed', listing);
    const due = new Date('2026-03-02T15:59:59.999Z');
    for (const [o, kind] of [[unconfirmed, 'confirm'], [unshipped, 'ship'], [unaccepted, 'accept'], [onTime, 'confirm']] as const) {
      await q(`update mall_order set due_kind = $2, due_at = $3 where id = $1`, [o.orderId, kind, o === onTime ? new Date('2026-03-09T15:59:59.999Z') : due]);
    }
    // One hour after the deadline passed (the clock is the job's asOf, not the machine's).
    const asOf = '2026-03-02T17:00:00.000Z';
    expect(await run('mall.sweep-order-deadlines', { asOf })).toEqual({ status: 'done', result: { cancelled: 1, overdue: 2 } });

    const orders = await q<{ id: string; state: string; overdue_kinds: string[] }>(`select id, state, overdue_kinds from mall_order where id = any($1)`, [[unconfirmed.orderId, unshipped.orderId, unaccepted.orderId, onTime.orderId]]);
    const byId = new Map(orders.map((o) => [o.id, o]));
    expect(byId.get(unconfirmed.orderId)).toMatchObject({ state: 'cancelled', overdue_kinds: ['confirm'] });
    expect(byId.get(unshipped.orderId)).toMatchObject({ state: 'confirmed', overdue_kinds: ['ship'] });
    expect(byId.get(unaccepted.orderId)).toMatchObject({ state: 'delivered', overdue_kinds: ['accept'] });
    expect(byId.get(onTime.orderId)).toMatchObject({ state: 'placed', overdue_kinds: [] });
    expect(await budgetLineState(people.tenant.id, unconfirmed.budgetLineId)).toMatchObject({ frozen: 0n });
    expect((await q<{ stock: number }>('select stock from listing where id = $1', [listing]))[0].stock).toBe(10);
    expect(await q(`select action, actor_user_id, note from mall_order_event where order_id = $1 order by created_at`, [unconfirmed.orderId])).toEqual([
      { action: 'place', actor_user_id: null, note: null },
      { action: 'cancel', actor_user_id: null, note: '供应商未在期限内确认，系统自动取消' },
    ]);
    const events = () => q<{ payload: Record<string, string> }>(`select payload from outbox_event where type = 'mall.order.deadline-missed' order by payload->>'kind'`);
    expect((await events()).map((e) => e.payload)).toEqual([
      { orderId: unaccepted.orderId, party: 'buyer', kind: 'accept' },
      { orderId: unconfirmed.orderId, party: 'supplier', kind: 'confirm' },
      { orderId: unshipped.orderId, party: 'supplier', kind: 'ship' },
    ]);

    // The next hour finds nothing new to report.
    expect(await run('mall.sweep-order-deadlines', { asOf: '2026-03-02T18:00:00.000Z' })).toEqual({ status: 'done', result: { cancelled: 0, overdue: 0 } });
    expect(await events()).toHaveLength(3);

    // The integrity job records each missed deadline once, however often it is delivered.
    const fact = { orderId: unshipped.orderId, party: 'supplier', kind: 'ship' };
    expect(await run('integrity.record-fulfilment-fact', fact)).toEqual({ status: 'done', result: { recorded: true, integrityEvent: true } });
    expect(await run('integrity.record-fulfilment-fact', fact)).toEqual({ status: 'done', result: { recorded: false, integrityEvent: false } });
    expect(await q(`select party, organisation_id, kind from fulfilment_fact where order_id = $1`, [unshipped.orderId])).toEqual([
      { party: 'supplier', organisation_id: people.organisations.supplier.id, kind: 'ship' },
    ]);
  });
});
