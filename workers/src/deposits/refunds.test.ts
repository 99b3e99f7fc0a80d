import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { SecretBox } from '@zhengcai/api/payments/secret-box';
import { newId } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlipayGateway } from '../../../api/test/alipay-gateway/alipay-gateway.js';
import { depositRefunds, depositState, guaranteeState, insertDeposit, insertGuarantee, insertIssuer, issuerKeys, setLotOutcome } from '../../../api/test/deposits.js';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { insertPayment } from '../../../api/test/payments.js';
import { insertOpenedBid, insertSupplier, insertTenderProject } from '../../../api/test/tender.js';
import { asOwner } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { DEPOSIT_REFUNDS_CRON, depositRefundsSchedulerId, TenantSchedules } from '../maintenance/tenant-schedules.js';
import { QueueWorkers } from '../runtime/queue-workers.js';

/** A lot with a ¥1,000 deposit and four bidders who paid it ten days ago. */
async function lotWithBidders(people: PeopleFixture, n = 4) {
  const { lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ depositFen: 100_000n }] });
  const bidders = [];
  for (let i = 0; i < n; i++) {
    const s = await insertSupplier(people.tenant.id, `dep${i}`);
    const bidId = await insertOpenedBid(people.tenant.id, lotId, s.organisationId, s.userId, 400_000_000n + BigInt(i));
    const depositId = await insertDeposit(people.tenant.id, lotId, s.organisationId);
    bidders.push({ ...s, bidId, depositId });
  }
  return { lotId, bidders };
}

describe('deposit refunds (deposits.apply-tender-outcome, deposits.sweep-refunds)', () => {
  const config = testConfig(uniquePrefix('deposits'));
  let app: INestApplicationContext;
  let queues: JobQueues;
  let gateway: AlipayGateway;
  let people: PeopleFixture;

  beforeAll(async () => {
    [app, gateway, people] = await Promise.all([workerApp(config), new AlipayGateway().start(), createPeople()]);
    queues = app.get(JobQueues);
    const sealed = app.get(SecretBox, { strict: false }).seal(gateway.app.privateKey);
    await asOwner(people.tenant.id, (c) =>
      c.query(
        `insert into payment_settings (id, tenant_id, enabled_providers, default_provider, alipay_app_id, alipay_private_key_encrypted, alipay_public_key, alipay_gateway_url, alipay_notify_url_base, updated_by)
         values ($1, $2, '{alipay,treasury}', 'alipay', $3, $4, $5, $6, 'https://api.example.cn', $7)`,
        [newId(), people.tenant.id, gateway.appId, sealed, gateway.alipay.publicKey, gateway.gatewayUrl, people.users.finance.id],
      ),
    );
    await app.get(QueueWorkers).start();
  });
  afterAll(async () => {
    await closeAndClean(app);
    await gateway?.close();
  });

  const run = async (name: 'deposits.apply-tender-outcome' | 'deposits.sweep-refunds', payload: Record<string, unknown>) => {
    const jobId = await queues.enqueue(name, { tenantId: people.tenant.id, ...payload } as never);
    await waitFor(async () => (await queues.queue('refunds').getJobState(jobId)) === 'completed', `${name} to complete`);
    return (await queues.queue('refunds').getJob(jobId))?.returnvalue;
  };
  const refundedSet = async (ids: string[]) => {
    const refunds = await depositRefunds(people.tenant.id);
    return ids.filter((id) => refunds.has(id));
  };

  it('is scheduled for every tenant every 15 minutes', async () => {
    await app.get(TenantSchedules).sync();
    const scheduler = await queues.queue('refunds').getJobScheduler(depositRefundsSchedulerId(people.tenant.id));
    expect(scheduler).toMatchObject({ pattern: DEPOSIT_REFUNDS_CRON, name: 'deposits.sweep-refunds' });
  });

  it('the award notice refunds the non-winners, the contract the winner; twice is once; amounts to the fen', async () => {
    const { lotId, bidders } = await lotWithBidders(people);
    const [winner, ...others] = bidders;
    await setLotOutcome(people.tenant.id, lotId, 'awarded', { winnerBidId: winner.bidId });
    expect(await run('deposits.apply-tender-outcome', { lotId, trigger: 'award_published' })).toMatchObject({ status: 'done', result: { refunded: 3 } });
    expect(await refundedSet(bidders.map((b) => b.depositId))).toEqual(others.map((b) => b.depositId));
    expect((await depositState(people.tenant.id, winner.depositId))?.state).toBe('held');
    // Again (a repeated event, a sweep): nothing more.
    expect(await run('deposits.apply-tender-outcome', { lotId, trigger: 'award_published' })).toMatchObject({ result: { refunded: 0 } });
    expect(await run('deposits.sweep-refunds', {})).toMatchObject({ result: { refunded: 0 } });

    await setLotOutcome(people.tenant.id, lotId, 'contracted');
    expect(await run('deposits.apply-tender-outcome', { lotId, trigger: 'contract_signed' })).toMatchObject({ result: { refunded: 1 } });
    const refunds = await depositRefunds(people.tenant.id);
    for (const b of bidders) {
      const r = refunds.get(b.depositId)!;
      expect(r.count).toBe(1);
      // ¥1,000 × 0.35 % × 10 days ÷ 360 = 0.0972 yuan → 0.10 (half-up to the fen); on time: no late charge.
      expect(r).toMatchObject({ principal: 100_000n, interest: 10n, late: 0n, total: 100_010n, state: 'awaiting_bank' });
    }
    expect(refunds.get(winner.depositId)!.trigger).toBe('contract_signed');
    expect(refunds.get(others[0].depositId)!.trigger).toBe('award_published');
  });

  it('a failed or cancelled lot refunds everyone; a withdrawal only that supplier', async () => {
    const failed = await lotWithBidders(people, 3);
    await setLotOutcome(people.tenant.id, failed.lotId, 'failed');
    await run('deposits.apply-tender-outcome', { lotId: failed.lotId, trigger: 'lot_failed' });
    expect(await refundedSet(failed.bidders.map((b) => b.depositId))).toHaveLength(3);

    const cancelled = await lotWithBidders(people, 2);
    await setLotOutcome(people.tenant.id, cancelled.lotId, 'cancelled');
    await run('deposits.apply-tender-outcome', { lotId: cancelled.lotId, trigger: 'lot_cancelled' });
    expect(await refundedSet(cancelled.bidders.map((b) => b.depositId))).toHaveLength(2);

    const open = await lotWithBidders(people, 2);
    await setLotOutcome(people.tenant.id, open.lotId, 'bidding');
    const [leaver, stayer] = open.bidders;
    await asOwner(people.tenant.id, async (c) => {
      await c.query(`update tender_bid set state = 'withdrawn', updated_at = now() where id = $1`, [leaver.bidId]);
      await c.query(`update tender_bid set state = 'submitted' where id = $1`, [stayer.bidId]);
    });
    await run('deposits.apply-tender-outcome', { lotId: open.lotId, trigger: 'bid_withdrawn', supplierId: leaver.organisationId });
    expect(await refundedSet(open.bidders.map((b) => b.depositId))).toEqual([leaver.depositId]);
    expect((await depositRefunds(people.tenant.id)).get(leaver.depositId)!.trigger).toBe('bid_withdrawn');
  });

  it('a late refund adds the late charge for the days past the five working days', async () => {
    const { lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ depositFen: 100_000n }] });
    const s = await insertSupplier(people.tenant.id, 'late');
    // Paid 2 May 2026 (local), lot failed Monday 1 June; 5 working days → Monday 8 June; refunded 18 June: 10 days late.
    const depositId = await insertDeposit(people.tenant.id, lotId, s.organisationId, { paidAt: new Date('2026-05-02T02:00:00Z') });
    await setLotOutcome(people.tenant.id, lotId, 'failed', { at: new Date('2026-06-01T02:00:00Z') });
    await run('deposits.sweep-refunds', { asOf: '2026-06-18T02:00:00.000Z' });
    const r = (await depositRefunds(people.tenant.id)).get(depositId)!;
    // Interest: 1000 × 0.35 % × 47 / 360 = 0.4569 → 0.46; late: 1000 × 5.22 % × 10 / 360 = 1.45.
    expect(r).toMatchObject({ principal: 100_000n, interest: 46n, late: 145n, total: 100_191n });
    const row = await asOwner(people.tenant.id, async (c) => (await c.query('select days_held, late_days, formula from deposit_refund where deposit_id = $1', [depositId])).rows[0]);
    expect(row).toMatchObject({ days_held: 47, late_days: 10 });
    expect(row.formula).toContain('1000.00 × 5.22% × 10天 ÷ 360 = 1.45');
  });

  it('refunds an Alipay-paid deposit through alipay.trade.refund once, by its out_request_no, retrying when Alipay failed', async () => {
    const { lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ depositFen: 100_000n }] });
    const s = await insertSupplier(people.tenant.id, 'ali');
    const payment = await insertPayment(people, 'succeeded', { provider: 'alipay', amountFen: 100_000n });
    const depositId = await insertDeposit(people.tenant.id, lotId, s.organisationId, { paidVia: 'alipay', paymentId: payment.id });
    await setLotOutcome(people.tenant.id, lotId, 'cancelled');
    // Alipay does not know the trade yet: the refund is initiated and stays pending with the failure.
    await run('deposits.apply-tender-outcome', { lotId, trigger: 'lot_cancelled' });
    const pending = await asOwner(people.tenant.id, async (c) => (await c.query('select state, failure, out_request_no from deposit_refund where deposit_id = $1', [depositId])).rows[0]);
    expect(pending.state).toBe('pending');
    expect(pending.failure).toBeTruthy();
    expect(gateway.fundChanges).toBe(0);

    gateway.pay(payment.paymentNo, '1000.00');
    await run('deposits.sweep-refunds', {});
    await run('deposits.sweep-refunds', {});
    expect(gateway.fundChanges).toBe(1);
    expect(gateway.refunds.has(`${payment.paymentNo}/${pending.out_request_no}`)).toBe(true);
    const r = (await depositRefunds(people.tenant.id)).get(depositId)!;
    // The principal went back through Alipay; interest waits for finance's bank transfer.
    expect(r).toMatchObject({ count: 1, state: 'awaiting_bank', principal: 100_000n, interest: 10n });
  });
});

describe('guarantee release (same triggers as refunds)', () => {
  const config = testConfig(uniquePrefix('guarantees'));
  let app: INestApplicationContext;
  let queues: JobQueues;
  let people: PeopleFixture;
  let server: Server;
  const posts: { key: string; body: Record<string, string> }[] = [];
  let failNext = 0;

  beforeAll(async () => {
    [app, people] = await Promise.all([workerApp(config), createPeople()]);
    queues = app.get(JobQueues);
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        if (failNext > 0) {
          failNext -= 1;
          res.writeHead(503).end();
          return;
        }
        posts.push({ key: String(req.headers['idempotency-key']), body: JSON.parse(body) });
        res.writeHead(200).end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    await app.get(QueueWorkers).start();
  });
  afterAll(async () => {
    await closeAndClean(app);
    server?.close();
  });

  const run = async (name: 'deposits.apply-tender-outcome' | 'deposits.sweep-refunds', payload: Record<string, unknown>) => {
    const jobId = await queues.enqueue(name, { tenantId: people.tenant.id, ...payload } as never);
    await waitFor(async () => (await queues.queue('refunds').getJobState(jobId)) === 'completed', `${name} to complete`);
    return (await queues.queue('refunds').getJob(jobId))?.returnvalue;
  };

  it('releases the guarantees a lot outcome frees and tells the issuer once (HTTP callback, retried; or a file)', async () => {
    const { lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ depositFen: 100_000n }] });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/release`;
    const posting = await insertIssuer(people.tenant.id, people.users.operator.id, issuerKeys('sm2'), { callbackUrl: url });
    const filing = await insertIssuer(people.tenant.id, people.users.operator.id, issuerKeys('sm2'));
    const [a, b, w] = await Promise.all(['ga', 'gb', 'gw'].map((s) => insertSupplier(people.tenant.id, s)));
    const winnerBid = await insertOpenedBid(people.tenant.id, lotId, w.organisationId, w.userId, 400_000_000n);
    const ga = await insertGuarantee(people.tenant.id, posting.id, lotId, a.organisationId);
    const gb = await insertGuarantee(people.tenant.id, filing.id, lotId, b.organisationId);
    const gw = await insertGuarantee(people.tenant.id, posting.id, lotId, w.organisationId);
    await setLotOutcome(people.tenant.id, lotId, 'awarded', { winnerBidId: winnerBid });

    failNext = 1;
    expect(await run('deposits.apply-tender-outcome', { lotId, trigger: 'award_published' })).toMatchObject({ result: { guaranteesReleased: 2 } });
    expect(await guaranteeState(people.tenant.id, ga)).toBe('released');
    expect(await guaranteeState(people.tenant.id, gb)).toBe('released');
    expect(await guaranteeState(people.tenant.id, gw)).toBe('accepted');
    // The callback answered 503 the first time: nothing acknowledged yet; the file issuer's notice is stored.
    expect(posts).toHaveLength(0);
    const notice = await asOwner(people.tenant.id, async (c) => (await c.query('select release_notice, release_notified_at from guarantee where id = $1', [gb])).rows[0]);
    expect(JSON.parse(notice.release_notice)).toMatchObject({ action: 'release', trigger: 'award_published', amount: '1000.00' });
    expect(notice.release_notified_at).not.toBeNull();

    await run('deposits.sweep-refunds', {});
    await run('deposits.sweep-refunds', {});
    expect(posts).toEqual([{ key: ga, body: expect.objectContaining({ action: 'release', noticeId: ga }) }]);

    await setLotOutcome(people.tenant.id, lotId, 'contracted');
    expect(await run('deposits.apply-tender-outcome', { lotId, trigger: 'contract_signed' })).toMatchObject({ result: { guaranteesReleased: 1 } });
    expect(posts.map((p) => p.key)).toEqual([ga, gw]);
    expect(posts[1].body.trigger).toBe('contract_signed');
  });
});
