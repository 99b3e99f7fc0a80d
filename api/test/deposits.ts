import { createSign, generateKeyPairSync } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { newId } from '@zhengcai/schema';
import { guaranteeSignedText, SM2_USER_ID } from '../src/deposits/guarantee-signature.js';
import { virtualAccountRef } from '../src/deposits/deposit-interest.js';
import type { PeopleFixture } from './identity.js';
import { insertTenderProject } from './tender.js';
import { asOwner } from './tenants.js';

export interface DepositSpec {
  state?: 'due' | 'held' | 'refunded' | 'forfeited' | 'challenged';
  amountFen?: bigint;
  paidVia?: 'alipay' | 'bank_transfer';
  /** When the money arrived; default 10 days ago. */
  paidAt?: Date;
  paymentId?: string | null;
}

/** A supplier's deposit on a lot written straight into the database (default: held, paid by transfer ten days ago, ¥1,000). */
export async function insertDeposit(tenantId: string, lotId: string, supplierId: string, spec: DepositSpec = {}): Promise<string> {
  const id = newId();
  const state = spec.state ?? 'held';
  const paid = state !== 'due';
  await asOwner(tenantId, (c) => c.query(
    `insert into deposit (id, tenant_id, lot_id, supplier_id, amount_fen, state, virtual_account_ref, paid_via, payment_reference, payment_id, paid_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [id, tenantId, lotId, supplierId, String(spec.amountFen ?? 100_000n), state, virtualAccountRef(tenantId, supplierId),
      paid ? (spec.paidVia ?? 'bank_transfer') : null, paid ? `SEED${id.slice(0, 8)}` : null, spec.paymentId ?? null,
      paid ? (spec.paidAt ?? new Date(Date.now() - 10 * 86_400_000)) : null],
  ));
  return id;
}

export async function depositState(tenantId: string, id: string): Promise<{ state: string; refunds: number } | undefined> {
  return asOwner(tenantId, async (c) => {
    const d = (await c.query<{ state: string }>('select state from deposit where id = $1', [id])).rows[0];
    if (!d) return undefined;
    return { state: d.state, refunds: Number((await c.query('select count(*) from deposit_refund where deposit_id = $1', [id])).rows[0].count) };
  });
}

/** Every refund of the tenant's deposits, by deposit id. */
export async function depositRefunds(tenantId: string): Promise<Map<string, { principal: bigint; interest: bigint; late: bigint; total: bigint; trigger: string; state: string; count: number }>> {
  return asOwner(tenantId, async (c) => {
    const rows = (await c.query<Record<string, string>>(
      `select deposit_id, principal_fen, interest_fen, late_charge_fen, total_fen, trigger, state, count(*) over (partition by deposit_id) as n from deposit_refund`,
    )).rows;
    return new Map(rows.map((r) => [r.deposit_id, {
      principal: BigInt(r.principal_fen), interest: BigInt(r.interest_fen), late: BigInt(r.late_charge_fen), total: BigInt(r.total_fen), trigger: r.trigger, state: r.state, count: Number(r.n),
    }]));
  });
}

/** Sets a lot's state (and the winner, award and contract times) as tendering would leave it. */
export async function setLotOutcome(tenantId: string, lotId: string, state: string, extra: { winnerBidId?: string; at?: Date } = {}): Promise<void> {
  const at = extra.at ?? new Date();
  await asOwner(tenantId, (c) => c.query(
    `update tender_lot set state = $2::tender_lot_state, winner_bid_id = coalesce($3::uuid, winner_bid_id), updated_at = $4::timestamptz,
       awarded_at = case when $2::text in ('awarded', 'contracted') then coalesce(awarded_at, $4::timestamptz) end,
       contracted_at = case when $2::text = 'contracted' then $4::timestamptz end
     where id = $1`,
    [lotId, state, extra.winnerBidId ?? null, at],
  ));
}

/** Finance's deposit-transfer mutation input. */
export const transferInput = (reference: string, amount: string, serial = `BK${newId().replace(/-/g, '').slice(0, 20)}`) => ({
  bankSerialNo: serial, reference, amount, payerAccountName: '某某科技有限公司', arrivedAt: new Date(Date.now() - 3_600_000).toISOString(),
});

/** A flagged incoming transfer (unknown reference, ¥999.00) written straight into the database; returns its id. */
export async function insertFlaggedTransfer(tenantId: string, recordedBy: string): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) => c.query(
    `insert into deposit_transfer (id, tenant_id, bank_serial_no, reference, amount_fen, payer_account_name, arrived_at, recorded_by, state, flag)
     values ($1, $2, $3, 'ZC0', 99900, '某某科技有限公司', now(), $4, 'flagged', 'unknown_reference')`,
    [id, tenantId, `BKF${id.replace(/-/g, '').slice(0, 20)}`, recordedBy],
  ));
  return id;
}

/**
 * Many held deposits on one lot in one statement (suppliers included), for batch tests and
 * the bench: amounts ¥1,000.00 + i × 0.37, paid at `paidAt`. Returns the deposit ids.
 */
export async function insertHeldDeposits(tenantId: string, lotId: string, n: number, paidAt: Date): Promise<string[]> {
  return asOwner(tenantId, async (c) => {
    await c.query(
      `with s as (
         insert into organisation (id, tenant_id, kind, name, uscc)
         select gen_random_uuid(), $1, 'supplier', '批量供应商' || g, upper(substr(md5(random()::text || g), 1, 18)) from generate_series(1, $3::int) g
         returning id, name)
       insert into deposit (id, tenant_id, lot_id, supplier_id, amount_fen, state, virtual_account_ref, paid_via, payment_reference, paid_at)
       select gen_random_uuid(), $1, $2, s.id, 100000 + 37 * substr(s.name, 6)::int, 'held', 'ZC' || lpad(substr(s.name, 6), 16, '0'), 'bank_transfer', 'BULK', $4
       from s`,
      [tenantId, lotId, n, paidAt],
    );
    return (await c.query<{ id: string }>('select id from deposit where lot_id = $1', [lotId])).rows.map((r) => r.id);
  });
}

/** A deposit already refunded by bank transfer, its refund waiting for finance's confirmation. Returns the refund id. */
export async function insertRefundAwaitingBank(tenantId: string, lotId: string, supplierId: string): Promise<string> {
  const depositId = await insertDeposit(tenantId, lotId, supplierId, { state: 'refunded' });
  const id = newId();
  await asOwner(tenantId, (c) => c.query(
    `insert into deposit_refund (id, tenant_id, deposit_id, trigger, triggered_at, due_by, method, principal_fen, interest_fen, late_charge_fen, total_fen, days_held, late_days,
       formula, out_request_no, state, bank_transfer_fen)
     values ($1, $2, $3, 'lot_failed', now(), now() + interval '5 days', 'bank_transfer', 100000, 10, 0, 100010, 10, 0, '利息 = …', $4, 'awaiting_bank', 100010)`,
    [id, tenantId, depositId, `DR${depositId.replace(/-/g, '')}`],
  ));
  return id;
}

export async function refundState(tenantId: string, id: string): Promise<string | undefined> {
  return asOwner(tenantId, async (c) => (await c.query<{ state: string }>('select state from deposit_refund where id = $1', [id])).rows[0]?.state);
}

/** A guarantee issuer's key pair for tests: SM2 (hex) or RSA (PEM). */
export function issuerKeys(algorithm: 'sm2' | 'rsa'): { publicKey: string; sign(text: string): string } {
  if (algorithm === 'sm2') {
    const { privateKey, publicKey } = sm2.generateKeyPairHex();
    return { publicKey, sign: (text) => sm2.doSignature(text, privateKey, { hash: true, userId: SM2_USER_ID }) };
  }
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (text) => createSign('RSA-SHA256').update(text, 'utf8').sign(pair.privateKey, 'base64'),
  };
}

/** An issuer registered straight into the database. */
export async function insertIssuer(tenantId: string, registeredBy: string, keys: { publicKey: string }, options: { algorithm?: 'sm2' | 'rsa'; callbackUrl?: string | null; name?: string } = {}): Promise<{ id: string; name: string }> {
  const id = newId();
  const name = options.name ?? `测试担保公司${id.slice(-12)}`;
  await asOwner(tenantId, (c) => c.query(
    `insert into guarantee_issuer (id, tenant_id, name, kind, algorithm, public_key, callback_url, registered_by) values ($1, $2, $3, 'guarantee_company', $4, $5, $6, $7)`,
    [id, tenantId, name, options.algorithm ?? 'sm2', keys.publicKey, options.callbackUrl ?? null, registeredBy],
  ));
  return { id, name };
}

/** An accepted guarantee written straight into the database (default ¥1,000, valid a year). */
export async function insertGuarantee(tenantId: string, issuerId: string, lotId: string, supplierId: string, state: 'accepted' | 'released' | 'claimed' = 'accepted'): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) => c.query(
    `insert into guarantee (id, tenant_id, issuer_id, guarantee_no, lot_id, supplier_id, beneficiary, amount_fen, valid_from, valid_until, signature, state)
     values ($1, $2, $3, $4, $5, $6, '某采购单位', 100000, now() - interval '1 day', now() + interval '365 days', 'x', $7)`,
    [id, tenantId, issuerId, `BH${id.slice(-12)}`, lotId, supplierId, state],
  ));
  return id;
}

export async function guaranteeState(tenantId: string, id: string): Promise<string | undefined> {
  return asOwner(tenantId, async (c) => (await c.query<{ state: string }>('select state from guarantee where id = $1', [id])).rows[0]?.state);
}

/**
 * A presentGuarantee input for a supplier of the fixture's tenant on a fresh lot, signed by a
 * fresh SM2 issuer (registered). Returns the GraphQL input and the lot.
 */
export async function signedGuaranteeInput(people: PeopleFixture, supplierId: string): Promise<{ input: Record<string, string>; lotId: string }> {
  const keys = issuerKeys('sm2');
  const issuer = await insertIssuer(people.tenant.id, people.users.operator.id, keys);
  const { lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ depositFen: 100_000n }] });
  const uscc = await asOwner(people.tenant.id, async (c) => (await c.query('select uscc from organisation where id = $1', [supplierId])).rows[0].uscc as string);
  const terms = {
    guaranteeNo: `BH${newId().slice(-12)}`, issuerName: issuer.name, beneficiary: '某采购单位', applicantUscc: uscc, lotId, amountFen: 100_000n,
    validFrom: new Date(Date.now() - 86_400_000), validUntil: new Date(Date.now() + 365 * 86_400_000),
  };
  return {
    lotId,
    input: {
      issuerId: issuer.id, guaranteeNo: terms.guaranteeNo, lotId, beneficiary: terms.beneficiary, amount: '1000.00',
      validFrom: terms.validFrom.toISOString(), validUntil: terms.validUntil.toISOString(), signature: keys.sign(guaranteeSignedText(terms)),
    },
  };
}
