import { createHash, randomInt } from 'node:crypto';
import { newId } from '@zhengcai/schema';
import { ADDRESS, insertBudgetLine } from './mall.js';
import { asOwner } from './tenants.js';

/** An approved listing of a supplier in a category (by code) of a tenant with seeded categories. */
export async function insertListingIn(tenantId: string, supplierId: string, categoryCode: string, priceFen: bigint): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) => c.query(
    `insert into listing (id, tenant_id, supplier_id, category_id, title, description, price_fen, stock, delivery_region_codes, image_urls, warranty_months, policy_tags, state, submitted_at, approved_at)
     select $1, $2, $3, id, '预警测试商品', '测试', $4, 1000, '{330100}', '{}', 12, '[]', 'approved', now(), now() from category where code = $5`,
    [id, tenantId, supplierId, priceFen.toString(), categoryCode],
  ));
  return id;
}

export interface SplitOrderSpec {
  unitId: string;
  buyerUserId: string;
  supplierId: string;
  categoryCode: string;
  amountFen: bigint;
  placedAt: Date;
  state?: string;
}

/** A one-line mall order written straight into the database (a one-click order as placeOrder leaves it). */
export async function insertSplitOrder(tenantId: string, spec: SplitOrderSpec): Promise<{ orderId: string; orderNo: string }> {
  const listingId = await insertListingIn(tenantId, spec.supplierId, spec.categoryCode, spec.amountFen);
  const budgetLineId = await insertBudgetLine(tenantId, spec.unitId, 100_000_000_00n);
  const orderId = newId();
  const orderNo = `DD${randomInt(1_000_000_000)}`;
  await asOwner(tenantId, async (c) => {
    await c.query(
      `insert into mall_order (id, tenant_id, order_no, buyer_id, buyer_user_id, supplier_id, budget_line_id, state, total_fen, delivery_address, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8::order_state, $9, $10, $11, $11)`,
      [orderId, tenantId, orderNo, spec.unitId, spec.buyerUserId, spec.supplierId, budgetLineId, spec.state ?? 'accepted', spec.amountFen.toString(), JSON.stringify(ADDRESS), spec.placedAt],
    );
    await c.query(`insert into mall_order_line (id, tenant_id, order_id, listing_id, title, unit_price_fen, quantity) values ($1, $2, $3, $4, '预警测试商品', $5, 1)`,
      [newId(), tenantId, orderId, listingId, spec.amountFen.toString()]);
  });
  return { orderId, orderNo };
}

export interface LotBidSpec {
  supplierId: string;
  submittedBy: string;
  priceFen?: bigint | null;
  ip?: string | null;
  deviceId?: string | null;
  publicKey?: string;
  /** Document contents; their SM3 digests are stored as the opening stores them. */
  documents?: string[];
  state?: string;
}

/** A bid of a lot after opening, written straight into the database with its origin and document digests. */
export async function insertLotBid(tenantId: string, lotId: string, spec: LotBidSpec): Promise<string> {
  const id = newId();
  const opened = (spec.state ?? 'opened') === 'opened';
  const documents = (spec.documents ?? [`独立编制的技术方案 ${id}`]).map((text, i) => ({ name: `技术文件${i + 1}.pdf`, bytes: Buffer.byteLength(text), sm3: createHash('sm3').update(text).digest('hex') }));
  await asOwner(tenantId, (c) => c.query(
    `insert into tender_bid (id, tenant_id, lot_id, supplier_id, submitted_by, version, state, submitted_at, ciphertext, wrapped_key, digest, signature,
       bidder_public_key, receipt, opened_at, price_fen, price_form, submitted_ip, device_id)
     values ($1, $2, $3, $4, $5, 1, $6::tender_bid_state, now() - interval '1 day', 'x', 'x', repeat('0', 64), 'x', $7, '{}', $8, $9, $10, $11, $12)`,
    [id, tenantId, lotId, spec.supplierId, spec.submittedBy, spec.state ?? 'opened', spec.publicKey ?? `04${id.replaceAll('-', '')}`, opened ? new Date() : null,
      opened ? (spec.priceFen ?? 100_000_000n).toString() : null, opened ? JSON.stringify({ totalPrice: '0', documents }) : null, spec.ip ?? null, spec.deviceId ?? null],
  ));
  return id;
}

export interface SignalRow { id: string; kind: string; state: string; dedupe_key: string; evidence: Record<string, unknown>; amount_fen: string | null; updated_at: Date }

export async function signalsOf(tenantId: string): Promise<SignalRow[]> {
  return asOwner(tenantId, async (c) => (await c.query<SignalRow>('select * from compliance_signal order by created_at, dedupe_key')).rows);
}

/** An open signal written straight into the database (for access and review tests). */
export async function insertSignal(tenantId: string, state: 'open' | 'dismissed' | 'referred' = 'open'): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) => c.query(
    `insert into compliance_signal (id, tenant_id, kind, state, severity, dedupe_key, lot_id, evidence) values ($1, $2, 'same_origin', $3::compliance_signal_state, 'high', $4, $5, '{"shared":{"kind":"device","value":"dev-1"},"bids":[]}')`,
    [id, tenantId, state, `same_origin:${id}:device:dev-1`, newId()],
  ));
  return id;
}

export async function signalState(tenantId: string, id: string): Promise<string | undefined> {
  return asOwner(tenantId, async (c) => (await c.query<{ state: string }>('select state from compliance_signal where id = $1', [id])).rows[0]?.state);
}
