import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId, type TenantContext } from '@zhengcai/schema';
import type { TxEffects } from '../src/platform/database/tx-effects.js';
import { AppError } from '../src/platform/errors/app-error.js';
import { type Payable, type PayableHandler, PayableRegistry, type SettledPayment } from '../src/payments/payable.js';
import type { TestApi } from './app.js';
import { AlipayGateway } from './alipay-gateway/alipay-gateway.js';
import { headers, type PeopleFixture, type TestSession } from './identity.js';
import { asOwner } from './tenants.js';

export const TEST_SUBJECT = 'test-subject';

/**
 * A payable for tests, standing in for orders and deposits: subjects live in memory, and
 * settlement writes an audit entry in the payment's own transaction — a real row that
 * commits or rolls back with the payment, counted by `settledCount`.
 */
export class TestPayables implements PayableHandler {
  readonly subjectType = TEST_SUBJECT;
  readonly subjects = new Map<string, Payable>();

  add(payable: Omit<Payable, 'title'> & { title?: string }): string {
    const id = newId();
    this.subjects.set(id, { title: '测试支付事项', ...payable });
    return id;
  }

  async describe(_em: EntityManager, _ctx: TenantContext, subjectId: string): Promise<Payable> {
    const s = this.subjects.get(subjectId);
    if (!s) throw new AppError('PAYMENT_NOT_FOUND');
    return s;
  }

  async settled(_em: EntityManager, tx: TxEffects, _ctx: TenantContext, subjectId: string, payment: SettledPayment): Promise<void> {
    tx.audit({ action: 'test.subject.settled', subjectType: TEST_SUBJECT, subjectId, change: { ...payment, amountFen: payment.amountFen.toString() } });
  }
}

/** The test payable registered once per API instance. */
export function registerTestPayables(api: TestApi): TestPayables {
  const registry = api.app.get(PayableRegistry, { strict: false });
  const existing = registry.find(TEST_SUBJECT) as TestPayables | undefined;
  if (existing) return existing;
  const handler = new TestPayables();
  registry.register(handler);
  return handler;
}

/** How many times a subject was settled (committed audit entries of the test payable). */
export async function settledCount(tenantId: string, subjectId: string): Promise<number> {
  return asOwner(tenantId, async (c) => Number((await c.query(`select count(*) from audit_entry where action = 'test.subject.settled' and subject_id = $1`, [subjectId])).rows[0].count));
}

export const idempotencyKey = () => `k-${randomBytes(12).toString('hex')}`;

const UPDATE_SETTINGS = `mutation ($input: PaymentSettingsInput!) { updatePaymentSettings(input: $input) { enabledProviders defaultProvider alipayPrivateKeyConfigured alipayNotifyUrl } }`;

/** Sets the tenant's payment set-up through GraphQL as its finance user: alipay (the stand-in gateway) and treasury. */
export async function configureAlipay(api: TestApi, people: PeopleFixture, finance: TestSession, gateway: AlipayGateway, overrides: object = {}) {
  const { body } = await api.gql(UPDATE_SETTINGS, {
    variables: {
      input: {
        enabledProviders: ['ALIPAY', 'TREASURY'], defaultProvider: 'ALIPAY', alipayAppId: gateway.appId, alipayPrivateKey: gateway.app.privateKey,
        alipayPublicKey: gateway.alipay.publicKey, alipayGatewayUrl: gateway.gatewayUrl, alipayNotifyUrlBase: api.url, ...overrides,
      },
    },
    headers: headers(people.tenant, finance.accessToken),
  });
  if (body.errors) throw new Error(`payment settings refused: ${JSON.stringify(body.errors)}`);
  return body.data!.updatePaymentSettings;
}

/** Posts a notify to our endpoint the way Alipay does (form-urlencoded); returns status and text. */
export async function postNotify(api: TestApi, tenantCode: string, fields: Record<string, string>): Promise<{ status: number; text: string }> {
  const res = await fetch(`${api.url}/payments/alipay/notify/${tenantCode}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, text: await res.text() };
}

export const PAYMENT_FIELDS = `id paymentNo subjectType subjectId provider amount payerOrganisationId payeeOrganisationId title state payUrl providerTradeNo bankReference rejectionReason reviewReason reviewDetail { key value } refunded refunds { outRequestNo amount state failure }`;

/** A payment row written as the owner (payer: the purchasing unit, payee: the supplier), for matrices and attacks. */
export async function insertPayment(
  people: PeopleFixture,
  state: 'pending' | 'awaiting_approval' | 'succeeded' | 'rejected',
  options: { provider?: 'alipay' | 'treasury'; amountFen?: bigint; paymentNo?: string; flagged?: boolean } = {},
): Promise<{ id: string; paymentNo: string; subjectId: string }> {
  const row = { id: newId(), paymentNo: options.paymentNo ?? `T${Date.now()}${randomBytes(3).toString('hex')}`, subjectId: newId() };
  const provider = options.provider ?? (state === 'pending' ? 'alipay' : 'treasury');
  await asOwner(people.tenant.id, (c) =>
    c.query(
      `insert into payment (id, tenant_id, payment_no, subject_type, subject_id, provider, amount_fen, payer_id, payee_id, title, state, started_by, idempotency_key, request_digest, succeeded_at, review_reason, review_detail)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, '测试付款', $10::payment_state, $11, $12, $13, case when $10::text = 'succeeded' then now() end,
               case when $14 then 'amount_mismatch'::payment_review_reason end, case when $14 then '{"notified":"1.00"}'::jsonb end)`,
      [row.id, people.tenant.id, row.paymentNo, TEST_SUBJECT, row.subjectId, provider, String(options.amountFen ?? 10_000n), people.organisations.purchasing_unit.id,
        people.organisations.supplier.id, state, people.users.purchaser.id, `seed-${row.id}`, '0'.repeat(64), options.flagged ?? false],
    ),
  );
  return row;
}

export async function paymentRow(tenantId: string, id: string): Promise<{ state: string; refunds: number; subjectPayments: number } | undefined> {
  return asOwner(tenantId, async (c) => {
    const p = (await c.query<{ state: string; subject_id: string }>('select state, subject_id from payment where id = $1', [id])).rows[0];
    if (!p) return undefined;
    const refunds = Number((await c.query('select count(*) from payment_refund where payment_id = $1', [id])).rows[0].count);
    const subjectPayments = Number((await c.query('select count(*) from payment where subject_id = $1', [p.subject_id])).rows[0].count);
    return { state: p.state, refunds, subjectPayments };
  });
}

export async function paymentSettingsRow(tenantId: string): Promise<string> {
  return asOwner(tenantId, async (c) => JSON.stringify((await c.query('select enabled_providers, default_provider, alipay_app_id from payment_settings')).rows));
}
