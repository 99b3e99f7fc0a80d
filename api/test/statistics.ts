import ExcelJS from 'exceljs';
import { randomInt } from 'node:crypto';
import { newId } from '@zhengcai/schema';
import type { PeopleFixture } from './identity.js';
import { ADDRESS, insertBudgetLine } from './mall.js';
import { insertOpenedBid, insertTenderProject } from './tender.js';
import { asOwner } from './tenants.js';

/** A listing of any supplier in a category (of the seeded tree) with policy claims, on sale. */
export async function insertTaggedListing(tenantId: string, supplierId: string, categoryCode: string, policyTags: { tag: string; validUntil: string | null }[] = []): Promise<string> {
  const id = newId();
  const tags = policyTags.map((t) => ({ tag: t.tag, certificateNo: t.tag === 'sme' ? null : 'CERT-1', issuer: t.tag === 'sme' ? null : '认证机构', validUntil: t.validUntil }));
  await asOwner(tenantId, (c) => c.query(
    `insert into listing (id, tenant_id, supplier_id, category_id, title, description, price_fen, stock, delivery_region_codes, image_urls, warranty_months, policy_tags, state, submitted_at, approved_at)
     select $1, $2, $3, id, '统计测试商品', '测试', 100000, 10, '{330100}', '{}', 12, $5, 'approved', now(), now() from category where code = $4`,
    [id, tenantId, supplierId, categoryCode, JSON.stringify(tags)],
  ));
  return id;
}

export interface OrderSpec {
  state: 'placed' | 'confirmed' | 'shipped' | 'delivered' | 'accepted' | 'invoiced' | 'paid' | 'closed' | 'cancelled' | 'rejected';
  placedAt: Date;
  supplierId: string;
  buyerId?: string;
  lines: { listingId: string; unitPriceFen: bigint; quantity: number; acceptedQuantity?: number }[];
}

/** An order written straight into a state with its lines, placed at a given instant (months of a past period). */
export async function insertOrderAt(people: PeopleFixture, spec: OrderSpec): Promise<string> {
  const tenantId = people.tenant.id;
  const buyerId = spec.buyerId ?? people.organisations.purchasing_unit.id;
  const budgetLineId = await insertBudgetLine(tenantId, buyerId, 100_000_000n);
  const id = newId();
  const total = spec.lines.reduce((s, l) => s + l.unitPriceFen * BigInt(l.quantity), 0n);
  const accepted = spec.lines.every((l) => l.acceptedQuantity !== undefined) ? spec.lines.reduce((s, l) => s + l.unitPriceFen * BigInt(l.acceptedQuantity!), 0n) : null;
  await asOwner(tenantId, async (c) => {
    await c.query(
      `insert into mall_order (id, tenant_id, order_no, buyer_id, buyer_user_id, supplier_id, budget_line_id, state, total_fen, accepted_fen, delivery_address, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8::order_state, $9, $10, $11, $12)`,
      [id, tenantId, `DD${randomInt(1_000_000_000)}`, buyerId, people.users.purchaser.id, spec.supplierId, budgetLineId, spec.state, total.toString(), accepted?.toString() ?? null, JSON.stringify(ADDRESS), spec.placedAt],
    );
    for (const l of spec.lines) {
      await c.query(
        `insert into mall_order_line (id, tenant_id, order_id, listing_id, title, unit_price_fen, quantity, accepted_quantity) values ($1, $2, $3, $4, '统计测试商品', $5, $6, $7)`,
        [newId(), tenantId, id, l.listingId, l.unitPriceFen.toString(), l.quantity, l.acceptedQuantity ?? null],
      );
    }
  });
  return id;
}

export interface ContractSpec {
  method?: string;
  categoryCode?: string;
  budgetFen: bigint;
  /** The bids of the lot: the first wins; `sme` is the winner's price-form declaration. */
  bids: { supplierId: string; priceFen: bigint; state?: 'opened' | 'disqualified'; sme?: string }[];
  submittedAt: Date;
  openedAt: Date;
  /** Null: the contract is drafted, not signed. */
  signedAt: Date | null;
}

/** A lot taken from bidding to a contract (signed or drafted), with its dates set, as the owner. */
export async function insertContractAt(people: PeopleFixture, spec: ContractSpec): Promise<{ lotId: string; contractId: string }> {
  const tenantId = people.tenant.id;
  const project = await insertTenderProject(people, { method: spec.method, categoryCode: spec.categoryCode, state: 'completed', lots: [{ budgetFen: spec.budgetFen, state: spec.signedAt ? 'contracted' : 'awarded' }] });
  const lotId = project.lotIds[0];
  const bidIds: string[] = [];
  for (const b of spec.bids) {
    const bidId = await insertOpenedBid(tenantId, lotId, b.supplierId, people.users.supplier.id, b.priceFen, { sme: b.sme ?? 'none' });
    await asOwner(tenantId, (c) => c.query(`update tender_bid set state = $2::tender_bid_state, submitted_at = $3, opened_at = $4 where id = $1`, [bidId, b.state ?? 'opened', spec.submittedAt, spec.openedAt]));
    bidIds.push(bidId);
  }
  const winner = spec.bids[0];
  const awardId = newId();
  const contractId = newId();
  await asOwner(tenantId, async (c) => {
    await c.query(`update tender_lot set opened_at = $2, winner_bid_id = $3, awarded_at = $2, contracted_at = $4 where id = $1`, [lotId, spec.openedAt, bidIds[0], spec.signedAt]);
    await c.query(
      `insert into tender_award (id, tenant_id, lot_id, project_id, bid_id, supplier_id, price_fen, score_hundredths, rank, confirmed_by, published_at, notice_until, challenge_until, contract_due_at, ranking)
       values ($1, $2, $3, $4, $5, $6, $7, 9000, 1, $8, $9, $9, $9, $9, '[]')`,
      [awardId, tenantId, lotId, project.projectId, bidIds[0], winner.supplierId, winner.priceFen.toString(), people.users.purchaser.id, spec.openedAt],
    );
    await c.query(
      `insert into tender_contract (id, tenant_id, lot_id, award_id, buyer_id, supplier_id, contract_no, amount_fen, payment_terms, delivery_terms, state, signed_at, published_at, buyer_signature, supplier_signature)
       values ($1, $2, $3, $4, $5, $6, $7, $8, '验收合格后付款', '签约后 30 日内交货', $9, $10, $10, $11, $11)`,
      [contractId, tenantId, lotId, awardId, people.organisations.purchasing_unit.id, winner.supplierId, `HT-${randomInt(1_000_000_000)}`, winner.priceFen.toString(),
        spec.signedAt ? 'signed' : 'draft', spec.signedAt, spec.signedAt ? '00'.repeat(64) : null],
    );
  });
  return { lotId, contractId };
}

/** The current month in Shanghai (the test tenants' zone), as a period of one month. */
export function currentMonthPeriod(): { from: string; to: string } {
  const m = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
  return { from: m, to: m };
}

/** A ready report written straight into the table (content: a placeholder, not a real workbook). */
export async function insertStatisticsReport(tenantId: string, period = '2025-01', state: 'pending' | 'ready' = 'ready'): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) => c.query(
    `insert into statistics_report (id, tenant_id, kind, period, state, generated_at, file_name, content_base64) values ($1, $2, 'month', $3, $4::statistics_report_state, $5, $6, $7)
     on conflict (tenant_id, kind, period) do update set state = excluded.state returning id`,
    [id, tenantId, period, state, state === 'ready' ? new Date() : null, `政府采购统计月报-${period}.xlsx`, state === 'ready' ? Buffer.from('report').toString('base64') : null],
  ));
  return (await asOwner(tenantId, (c) => c.query(`select id from statistics_report where kind = 'month' and period = $1`, [period]))).rows[0].id;
}

export async function statisticsReportState(tenantId: string, id: string): Promise<string | undefined> {
  return asOwner(tenantId, async (c) => (await c.query<{ state: string }>('select state from statistics_report where id = $1', [id])).rows[0]?.state);
}

/** The cells of each sheet of an .xlsx (base64), row by row, without ExcelJS's leading empty cell. */
export async function xlsxSheets(contentBase64: string): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(contentBase64, 'base64') as never);
  return Object.fromEntries(wb.worksheets.map((w) => [w.name, w.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1))]));
}
