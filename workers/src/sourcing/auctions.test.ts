import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { newId } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auctionRow, insertAuction, insertAuctionBid } from '../../../api/test/auctions.js';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { insertSupplier } from '../../../api/test/tender.js';
import { asOwner } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { AUCTIONS_CRON, auctionsSchedulerId, TenantSchedules } from '../maintenance/tenant-schedules.js';
import { OutboxRelay } from '../outbox/outbox-relay.js';
import { QueueWorkers } from '../runtime/queue-workers.js';

const END = new Date('2026-11-20T02:00:00.000Z');

describe('auctions (sourcing.sweep-auctions, sourcing.settle-auction)', () => {
  const config = testConfig(uniquePrefix('auctions'));
  let app: INestApplicationContext;
  let queues: JobQueues;
  let people: PeopleFixture;

  beforeAll(async () => {
    [app, people] = await Promise.all([workerApp(config), createPeople()]);
    queues = app.get(JobQueues);
    await app.get(QueueWorkers).start();
  });
  afterAll(() => closeAndClean(app));

  const q = <T>(sql: string, params: unknown[] = []) => asOwner(people.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);
  const run = async (queue: 'publication' | 'refunds', jobId: string) => {
    await waitFor(async () => (await queues.queue(queue).getJobState(jobId)) === 'completed', `${jobId} to complete`);
    return ((await queues.queue(queue).getJob(jobId))?.returnvalue as { result?: unknown } | undefined)?.result;
  };

  it('is scheduled every minute for every tenant', async () => {
    await app.get(TenantSchedules).sync();
    expect(await queues.queue('publication').getJobScheduler(auctionsSchedulerId(people.tenant.id))).toMatchObject({ pattern: AUCTIONS_CRON, name: 'sourcing.sweep-auctions' });
  });

  it('ends a public asset auction at its end by the server clock, awards the highest bid, then refunds the losers once, credits the winner and records a last-second pattern', async () => {
    const id = await insertAuction(people, { direction: 'forward', depositFen: 200_000n, startPriceFen: 1_000_000n, startsAt: new Date(END.getTime() - 3_600_000), endsAt: END });
    const later = await insertAuction(people, { direction: 'forward', endsAt: new Date(END.getTime() + 3_600_000) });
    const bidders = await Promise.all(['p', 'q', 'r'].map((s) => insertSupplier(people.tenant.id, s)));
    for (const b of bidders) {
      await q(`insert into deposit (id, tenant_id, auction_id, supplier_id, amount_fen, state, virtual_account_ref, paid_via, payment_reference, paid_at)
               values ($1, $2, $3, $4, 200000, 'held', 'ZC00000000000000', 'bank_transfer', $5, $6)`, [newId(), people.tenant.id, id, b.organisationId, `BK${newId().slice(0, 8)}`, new Date(END.getTime() - 86_400_000 * 3)]);
    }
    await insertAuctionBid(people.tenant.id, id, bidders[0].organisationId, bidders[0].userId, 1_000_000n, { at: new Date(END.getTime() - 600_000) });
    await insertAuctionBid(people.tenant.id, id, bidders[1].organisationId, bidders[1].userId, 1_010_000n, { at: new Date(END.getTime() - 1_500) });
    await insertAuctionBid(people.tenant.id, id, bidders[2].organisationId, bidders[2].userId, 1_050_000n, { at: new Date(END.getTime() - 900) });

    // Before the end: nothing moves.
    expect(await run('publication', await queues.enqueue('sourcing.sweep-auctions', { tenantId: people.tenant.id, asOf: new Date(END.getTime() - 1).toISOString() }))).toEqual({ started: 0, awarded: 0, failed: 0 });
    const swept = await run('publication', await queues.enqueue('sourcing.sweep-auctions', { tenantId: people.tenant.id, asOf: new Date(END.getTime() + 20_000).toISOString() }));
    expect(swept).toEqual({ started: 0, awarded: 1, failed: 0 });
    expect(await auctionRow(people.tenant.id, id)).toMatchObject({ state: 'awarded', winner_id: bidders[2].organisationId });
    expect((await auctionRow(people.tenant.id, later))?.state).toBe('live');

    await app.get(OutboxRelay).relayTenant(people.tenant.id);
    const [event] = await q<{ id: string }>(`select id from outbox_event where type = 'sourcing.auction.awarded' and payload->>'auctionId' = $1`, [id]);
    expect(await run('refunds', event.id)).toMatchObject({ refunded: 2, applied: 1, signalsRaised: 1 });
    // A second delivery of the same close finds nothing left.
    expect(await run('refunds', await queues.enqueue('sourcing.settle-auction', { tenantId: people.tenant.id, auctionId: id, outcome: 'awarded' }))).toMatchObject({ refunded: 0, applied: 0 });

    const deposits = await q<{ supplier_id: string; state: string; refunds: number }>(
      `select d.supplier_id, d.state, (select count(*)::int from deposit_refund r where r.deposit_id = d.id) refunds from deposit d where d.auction_id = $1`, [id]);
    expect(new Map(deposits.map((d) => [d.supplier_id, [d.state, d.refunds]]))).toEqual(new Map([
      [bidders[0].organisationId, ['refunded', 1]], [bidders[1].organisationId, ['refunded', 1]], [bidders[2].organisationId, ['applied', 0]],
    ]));
    expect(await q(`select price_fen::text, deposit_credited_fen::text, balance_due_fen::text from auction_settlement where auction_id = $1`, [id])).toEqual([
      { price_fen: '1050000', deposit_credited_fen: '200000', balance_due_fen: '850000' },
    ]);
    // The winning bid came in the last second.
    expect(await q(`select kind, dedupe_key from compliance_signal where auction_id = $1`, [id])).toEqual([
      { kind: 'bid_timing', dedupe_key: `bid_timing:auction:${id}:last_second:${bidders[2].organisationId}` },
    ]);
  });

  it('fails an auction without bids and starts one whose start has come', async () => {
    const empty = await insertAuction(people, { state: 'scheduled', startsAt: new Date(END.getTime() - 7_200_000), endsAt: END });
    const starting = await insertAuction(people, { state: 'scheduled', startsAt: new Date(END.getTime() - 1_000), endsAt: new Date(END.getTime() + 3_600_000) });
    const swept = await run('publication', await queues.enqueue('sourcing.sweep-auctions', { tenantId: people.tenant.id, asOf: END.toISOString() }));
    expect(swept).toMatchObject({ failed: 1 });
    expect((await auctionRow(people.tenant.id, empty))?.state).toBe('failed');
    expect((await auctionRow(people.tenant.id, starting))?.state).toBe('live');
    expect(await q(`select action from audit_entry where subject_id = $1 order by seq`, [empty])).toEqual([{ action: 'sourcing.auction.start' }, { action: 'sourcing.auction.end' }, { action: 'sourcing.auction.fail' }]);
  });
});
