import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { PayableRegistry } from '@zhengcai/api/payments/payable';
import { SecretBox } from '@zhengcai/api/payments/secret-box';
import { newId } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlipayGateway } from '../../../api/test/alipay-gateway/alipay-gateway.js';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { insertPayment, settledCount, TestPayables } from '../../../api/test/payments.js';
import { asOwner } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { PAYMENTS_RECONCILE_CRON, paymentsReconcileSchedulerId, TenantSchedules } from '../maintenance/tenant-schedules.js';
import { QueueWorkers } from '../runtime/queue-workers.js';

describe('payments.reconcile', () => {
  const config = testConfig(uniquePrefix('payments'));
  let app: INestApplicationContext;
  let queues: JobQueues;
  let gateway: AlipayGateway;
  let people: PeopleFixture;

  beforeAll(async () => {
    [app, gateway, people] = await Promise.all([workerApp(config), new AlipayGateway().start(), createPeople()]);
    queues = app.get(JobQueues);
    app.get(PayableRegistry, { strict: false }).register(new TestPayables());
    const sealed = app.get(SecretBox, { strict: false }).seal(gateway.app.privateKey);
    await asOwner(people.tenant.id, (c) =>
      c.query(
        `insert into payment_settings (id, tenant_id, enabled_providers, default_provider, alipay_app_id, alipay_private_key_encrypted, alipay_public_key, alipay_gateway_url, alipay_notify_url_base, updated_by)
         values ($1, $2, '{alipay,treasury}', 'alipay', $3, $4, $5, $6, 'https://api.example.cn', $7)`,
        [newId(), people.tenant.id, gateway.appId, sealed, gateway.alipay.publicKey, gateway.gatewayUrl, people.users.finance.id],
      ),
    );
  });
  afterAll(async () => {
    await closeAndClean(app);
    await gateway?.close();
  });

  it('is scheduled for every tenant every 10 minutes', async () => {
    await app.get(TenantSchedules).sync();
    const scheduler = await queues.queue('refunds').getJobScheduler(paymentsReconcileSchedulerId(people.tenant.id));
    expect(scheduler).toMatchObject({ pattern: PAYMENTS_RECONCILE_CRON, name: 'payments.reconcile' });
    expect(scheduler?.template?.data).toEqual({ tenantId: people.tenant.id });
  });

  it('settles a pending payment whose notify was lost, repeats a lost refund with its out_request_no, once', async () => {
    const lost = await insertPayment(people, 'pending', { provider: 'alipay', amountFen: 9_900n });
    const fresh = await insertPayment(people, 'pending', { provider: 'alipay', amountFen: 100n });
    const refunded = await insertPayment(people, 'succeeded', { provider: 'alipay', amountFen: 5_000n });
    await asOwner(people.tenant.id, async (c) => {
      await c.query(`update payment set created_at = now() - interval '10 minutes' where id = any($1)`, [[lost.id, refunded.id]]);
      await c.query(
        `insert into payment_refund (id, tenant_id, payment_id, out_request_no, amount_fen, reason, state, requested_by, idempotency_key, request_digest, created_at)
         values ($1, $2, $3, $4, 2000, '退货', 'pending', $5, 'seed-refund-key', $6, now() - interval '5 minutes')`,
        [newId(), people.tenant.id, refunded.id, `${refunded.paymentNo}R1`, people.users.finance.id, '0'.repeat(64)],
      );
    });
    const trade = gateway.pay(lost.paymentNo, '99.00');
    gateway.pay(fresh.paymentNo, '1.00');
    gateway.pay(refunded.paymentNo, '50.00');

    await app.get(QueueWorkers).start();
    const run = async () => {
      const jobId = await queues.enqueue('payments.reconcile', { tenantId: people.tenant.id });
      await waitFor(async () => (await queues.queue('refunds').getJobState(jobId)) === 'completed', 'reconcile to complete');
      return (await queues.queue('refunds').getJob(jobId))?.returnvalue;
    };
    expect(await run()).toEqual({ status: 'done', result: { paymentsChecked: 1, refundsRetried: 1, errors: 0 } });
    const state = (id: string) => asOwner(people.tenant.id, async (c) => (await c.query('select state, provider_trade_no, refunded_fen from payment where id = $1', [id])).rows[0]);
    expect(await state(lost.id)).toEqual({ state: 'succeeded', provider_trade_no: trade.tradeNo, refunded_fen: '0' });
    expect((await state(fresh.id)).state).toBe('pending');
    expect((await state(refunded.id)).refunded_fen).toBe('2000');
    expect(await settledCount(people.tenant.id, lost.subjectId)).toBe(1);
    expect(gateway.fundChanges).toBe(1);

    expect(await run()).toEqual({ status: 'done', result: { paymentsChecked: 0, refundsRetried: 0, errors: 0 } });
    expect(await settledCount(people.tenant.id, lost.subjectId)).toBe(1);
    expect(gateway.fundChanges).toBe(1);
  });
});
