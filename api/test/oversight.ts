import { randomInt } from 'node:crypto';
import { newId } from '@zhengcai/schema';
import { randomUscc } from './identity.js';
import { asOwner } from './tenants.js';

/** A standard product (an office desk) in a tenant with seeded categories. */
export async function insertStandardProduct(tenantId: string): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) =>
    c.query(`insert into standard_product (id, tenant_id, category_id, brand, model, name, specs) select $1, tenant_id, id, '巡检', $2, '巡检办公桌', '[]' from category where code = 'A060201'`, [id, `X-${randomInt(1_000_000_000)}`]),
  );
  return id;
}

/** A listing of any supplier, written straight into a state (approved by default). */
export async function insertListingOf(tenantId: string, supplierId: string, priceFen: bigint, options: { standardProductId?: string | null; state?: string } = {}): Promise<string> {
  const id = newId();
  const state = options.state ?? 'approved';
  await asOwner(tenantId, (c) =>
    c.query(
      `insert into listing (id, tenant_id, supplier_id, category_id, standard_product_id, title, description, price_fen, stock, delivery_region_codes, image_urls, warranty_months, policy_tags, state, submitted_at, approved_at)
       select $1, $2, $3, id, $4, '巡检办公桌', '测试', $5, 10, '{330100}', '{}', 12, '[]', $6::listing_state, now(), case when $6 = 'approved' then now() end
       from category where code = 'A060201'`,
      [id, tenantId, supplierId, options.standardProductId ?? null, priceFen.toString(), state],
    ),
  );
  return id;
}

/** A supplier organisation without users (for peers). */
export async function insertSupplierOrganisation(tenantId: string): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) => c.query(`insert into organisation (id, tenant_id, kind, name, uscc) values ($1, $2, 'supplier', $3, $4)`, [id, tenantId, `同类供应商${randomInt(1_000_000_000)}`, randomUscc()]));
  return id;
}

export async function insertReference(tenantId: string, target: { standardProductId?: string; listingId?: string }, source: string, priceFen: bigint, observedAt = new Date()): Promise<void> {
  await asOwner(tenantId, (c) =>
    c.query(
      `insert into price_reference (id, tenant_id, standard_product_id, listing_id, source_name, price_fen, observed_at, import_id) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [newId(), tenantId, target.standardProductId ?? null, target.listingId ?? null, source, priceFen.toString(), observedAt, newId()],
    ),
  );
}

export async function insertPriceChange(tenantId: string, listingId: string, priceFen: bigint, createdAt: Date): Promise<void> {
  await asOwner(tenantId, (c) =>
    c.query(`insert into listing_price_change (id, tenant_id, listing_id, price_fen, created_at) values ($1, $2, $3, $4, $5)`, [newId(), tenantId, listingId, priceFen.toString(), createdAt]),
  );
}

/** A finding written straight into a state, for tests of what people do with one. */
export async function insertFinding(tenantId: string, listingId: string, supplierId: string, options: { state?: string; dueAt?: Date; priceFen?: bigint } = {}): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) =>
    c.query(
      `insert into price_finding (id, tenant_id, listing_id, supplier_id, run_id, state, price_fen, reference_fen, reference_source, deviation_bp, tolerance_bp, evidence, due_at, justification)
       values ($1, $2, $3, $4, $5, $6::price_finding_state, $7, 100000, 'imported', 2800, 1000, '[{"source":"imported","valueFen":"100000","sample":1,"counted":true,"detail":{"京东":"100000"}}]', $8, $9)`,
      [id, tenantId, listingId, supplierId, newId(), options.state ?? 'open', (options.priceFen ?? 128_000n).toString(), options.dueAt ?? new Date(Date.now() + 5 * 86_400_000),
        options.state === 'justified' ? '原材料涨价' : null],
    ),
  );
  return id;
}

export interface FindingRow { id: string; state: string; reference_fen: string; reference_source: string; deviation_bp: number; evidence: { source: string; valueFen: string; sample: number; counted: boolean; detail: Record<string, unknown> }[]; due_at: Date; close_note: string | null }

export async function findingsOf(tenantId: string, listingId: string): Promise<FindingRow[]> {
  return asOwner(tenantId, async (c) => (await c.query<FindingRow>(`select * from price_finding where listing_id = $1 order by created_at`, [listingId])).rows);
}

export async function findingState(tenantId: string, id: string): Promise<string | undefined> {
  return asOwner(tenantId, async (c) => (await c.query<{ state: string }>('select state from price_finding where id = $1', [id])).rows[0]?.state);
}

/** A reference price CSV (UTF-8 with BOM) with the template's header, base64. */
export function referenceCsvBase64(rows: string[]): string {
  return Buffer.from(`\uFEFF标准商品编号,商品编号,来源,参考价（元）,采集日期,链接\r\n${rows.join('\r\n')}\r\n`, 'utf8').toString('base64');
}

/** A finished inspection run. */
export async function insertInspectionRun(tenantId: string): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) => c.query(`insert into inspection_run (id, tenant_id, trigger, state, as_of, total, done, findings, finished_at) values ($1, $2, 'manual', 'done', now(), 3, 3, 1, now())`, [id, tenantId]));
  return id;
}

/** A file import of reference prices with one refused row. */
export async function insertReferenceImport(tenantId: string, name = '参考价.csv'): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) =>
    c.query(`insert into price_reference_import (id, tenant_id, origin, name, total, imported, row_errors) values ($1, $2, 'file', $3, 2, 1, '[{"row":3,"field":"price","reason":"PRICE_FORMAT","params":{"value":"九百"}}]')`, [id, tenantId, name]),
  );
  return id;
}

/**
 * A catalogue for inspection runs, in one statement: `products` standard products (office
 * desks), each with a listing 50 % over its ¥1,000 reference and one at it. Returns the ids of
 * the listings over the reference, which a run must flag, and only those.
 */
export async function insertInspectionCatalogue(tenantId: string, supplierId: string, products: number): Promise<string[]> {
  return asOwner(tenantId, async (c) => {
    const { rows } = await c.query<{ id: string }>(
      `with p as (
         insert into standard_product (id, tenant_id, category_id, brand, model, name, specs)
         select gen_random_uuid(), $1, c.id, '巡检', 'X-' || $3 || '-' || n, '巡检办公桌', '[]'
         from category c cross join generate_series(1, $2) n where c.code = 'A060201'
         returning id, category_id),
       l as (
         insert into listing (id, tenant_id, supplier_id, category_id, standard_product_id, title, description, price_fen, stock, delivery_region_codes, image_urls, warranty_months, policy_tags, state, submitted_at, approved_at)
         select gen_random_uuid(), $1, $4, p.category_id, p.id, '巡检办公桌', '测试', v.price, 10, '{330100}', '{}', 12, '[]', 'approved', now(), now()
         from p cross join (values (150000), (100000)) v(price)
         returning id, price_fen),
       r as (
         insert into price_reference (id, tenant_id, standard_product_id, listing_id, source_name, price_fen, observed_at, import_id)
         select gen_random_uuid(), $1, p.id, null, '京东', 100000, '2026-03-01T02:00:00Z', gen_random_uuid() from p)
       select id from l where price_fen = 150000`,
      [tenantId, products, randomInt(1_000_000_000), supplierId],
    );
    return rows.map((r) => r.id);
  });
}
