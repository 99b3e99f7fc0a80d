/**
 * Price inspection of a whole catalogue: N approved listings of one province (standard
 * products with many suppliers each, a price history, imported references, accepted order
 * lines), then the nightly run as the `oversight.inspect-catalog` job runs it (the product's
 * InspectionService, in this process, against a database of its own), then a second run over
 * the same catalogue (the steady state: the findings exist already).
 * Usage (from the repository root): bench/run-inspection [--listings N] [--keep]
 * Target: 1,000,000 listings inspected in ≤ 60 s. Not part of the test suite.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { loadConfig, parseTenantSettings, Role, type TenantContext } from '@zhengcai/schema';
import { migrate } from '@zhengcai/schema/cli/migrate';
import { seedDemo } from '@zhengcai/api/seed/seed';
import { createHttpApp } from '@zhengcai/api/http-app';
import { InspectionService, INSPECTION_BATCH } from '@zhengcai/api/oversight/inspection/inspection.service';
import { TenantDb } from '@zhengcai/api/platform/database/tenant-db';
import { batchStatement } from '@zhengcai/api/oversight/inspection/inspection-sql';
import { verifyAuditChain } from '@zhengcai/api/platform/audit/verify-audit-chain';
import { admin, withDatabase } from './api-process.ts';
import { describeMachine } from './machine.ts';

const { values: args } = parseArgs({ options: { listings: { type: 'string', default: '1000000' }, keep: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false } } });
const log = (s: string) => console.log(s);
const TENANT = '330000';
const DB = `zhengcai_bench_inspection_${process.pid}`;
const TARGET_SECONDS = 60;
const SUPPLIERS = 500;
/** Listings per standard product on average: a product is sold by dozens of suppliers. */
const PER_PRODUCT = 50;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The catalogue, in set-based statements, deterministic by row number: product p has a base
 * price; its listings sit within ±8 % of it, except one in 40 priced 30–60 % above (the ones
 * the inspection should find). Every listing has its initial price change 60 days ago, one in
 * ten a later one; half the products have two imported references; 20,000 accepted order lines.
 */
async function generate(c: pg.Client, tenantId: string, n: number): Promise<void> {
  const products = Math.max(1, Math.floor(n / PER_PRODUCT));
  const base = await c.query(`select o.id as unit, u.id as "user", (select id from budget_line limit 1) as line,
      (select id from category where code = 'A02010104') as category
    from organisation o join user_account u on u.organisation_id = o.id where o.kind = 'purchasing_unit' limit 1`);
  const { unit, user, line, category } = base.rows[0];
  const q = async (label: string, sql: string, params: unknown[] = []) => {
    const t = performance.now();
    const r = await c.query(sql, params);
    log(`  ${label}: ${(r.rowCount ?? 0).toLocaleString('en')} rows, ${seconds(performance.now() - t)}`);
  };
  await q('suppliers', `insert into organisation (id, tenant_id, kind, name, uscc)
    select md5('bench-sup-' || g)::uuid, $1, 'supplier', '巡检基准供应商' || g, '9133' || lpad(g::text, 14, '0') from generate_series(1, ${SUPPLIERS}) g`, [tenantId]);
  await q('standard products', `insert into standard_product (id, tenant_id, category_id, brand, model, name, specs)
    select md5('bench-sp-' || g)::uuid, $1, $2, '基准品牌' || (g % 60), 'BX-' || g, '台式计算机 BX-' || g, '{}'::jsonb from generate_series(1, ${products}) g`, [tenantId, category]);
  await q('listings', `insert into listing (id, tenant_id, supplier_id, category_id, standard_product_id, title, description, brand, model, price_fen, stock,
      delivery_region_codes, image_urls, warranty_months, policy_tags, state, submitted_at, approved_at, created_at, updated_at)
    select md5('bench-l-' || g)::uuid, $1, md5('bench-sup-' || (1 + (g * 7 + g / ${products}) % ${SUPPLIERS}))::uuid, $2, md5('bench-sp-' || (1 + g % ${products}))::uuid,
      '台式计算机 BX-' || (1 + g % ${products}), '巡检基准商品', '基准品牌' || ((1 + g % ${products}) % 60), 'BX-' || (1 + g % ${products}),
      case when abs(hashint4(g)) % 40 = 0 then p.base * (130 + abs(hashint4(g * 3)) % 31) / 100
           else p.base * (92 + abs(hashint4(g * 3)) % 17) / 100 end,
      100, '{}', '{}', 24, '[]'::jsonb, 'approved', now() - interval '61 days', now() - interval '60 days', now() - interval '61 days', now()
    from generate_series(1, $3::int) g
    cross join lateral (select (300000 + abs(hashint4(1 + g % ${products})) % 900000)::bigint as base) p`, [tenantId, category, n]);
  await q('price history', `insert into listing_price_change (id, tenant_id, listing_id, price_fen, previous_price_fen, created_at)
    select gen_random_uuid(), $1, l.id, l.price_fen, null, now() - interval '60 days' from listing l where l.tenant_id = $1 and l.title like '台式计算机 BX-%'
    union all
    select gen_random_uuid(), $1, l.id, l.price_fen, l.price_fen * 105 / 100, now() - interval '20 days' from listing l
     where l.tenant_id = $1 and l.title like '台式计算机 BX-%' and abs(hashtext(l.id::text)) % 10 = 0`, [tenantId]);
  await c.query(`insert into price_reference_import (id, tenant_id, origin, name, total, imported, row_errors) values (md5('bench-import')::uuid, $1, 'file', 'bench.xlsx', 0, 0, '[]')`, [tenantId]);
  await q('imported references', `insert into price_reference (id, tenant_id, standard_product_id, source_name, price_fen, observed_at, import_id)
    select gen_random_uuid(), $1, md5('bench-sp-' || g)::uuid, s.name, (300000 + abs(hashint4(g)) % 900000)::bigint * s.pct / 100, now() - interval '3 days', md5('bench-import')::uuid
    from generate_series(1, ${products}) g cross join (values ('京东', 101), ('天猫', 103)) s(name, pct) where g % 2 = 0`, [tenantId]);
  const lines = Math.min(20_000, n);
  await q('accepted orders', `insert into mall_order (id, tenant_id, order_no, buyer_id, buyer_user_id, supplier_id, budget_line_id, state, total_fen, accepted_fen, delivery_address, created_at)
    select md5('bench-o-' || g)::uuid, $1, 'BENCH' || lpad(g::text, 10, '0'), $2, $3, l.supplier_id, $4, 'accepted', l.price_fen, l.price_fen, '{}'::jsonb, now() - interval '30 days'
    from generate_series(1, ${lines}) g join listing l on l.id = md5('bench-l-' || (g * 37 % $5::int + 1))::uuid`, [tenantId, unit, user, line, n]);
  await q('order lines', `insert into mall_order_line (id, tenant_id, order_id, listing_id, title, unit_price_fen, quantity, accepted_quantity, created_at)
    select gen_random_uuid(), $1, o.id, l.id, l.title, l.price_fen, 1, 1, o.created_at
    from generate_series(1, ${lines}) g join mall_order o on o.id = md5('bench-o-' || g)::uuid join listing l on l.id = md5('bench-l-' || (g * 37 % $2::int + 1))::uuid`, [tenantId, n]);
  await q('analyze', 'analyze');
}

/** The plan of the first batch's statement, executed in a transaction that is then rolled back. */
async function explainFirstBatch(db: TenantDb, ctx: TenantContext, settings: unknown): Promise<void> {
  const now = new Date();
  const [sql, values] = batchStatement({
    tenantId: ctx.tenantId, asOf: now, rules: parseTenantSettings(settings).inspection, cursor: null, listingId: null, limit: INSPECTION_BATCH, runId: randomUUID(), dueAt: now, now,
  });
  const rollback = new Error('rollback');
  await db.transaction(ctx, async (em) => {
    await em.execute('set local jit = off');
    const plan = await em.execute<Record<string, string>[]>(`explain (analyze, buffers) ${sql}`, values);
    log(plan.map((r) => r['QUERY PLAN']).join('\n'));
    throw rollback;
  }).catch((err) => { if (err !== rollback) throw err; });
}

async function main() {
  const appUrl = process.env.DATABASE_URL;
  const ownerUrl = process.env.DATABASE_OWNER_URL;
  if (!appUrl || !ownerUrl || !process.env.REDIS_URL) throw new Error('DATABASE_URL, DATABASE_OWNER_URL and REDIS_URL must be set: use bench/run-inspection.');
  const n = Number(args.listings);
  log(`» database ${DB}`);
  await admin(ownerUrl, (c) => c.query(`create database ${DB}`));
  const benchOwner = withDatabase(ownerUrl, DB);
  const benchApp = withDatabase(appUrl, DB);
  const owner = new pg.Client({ connectionString: benchOwner });
  let app: Awaited<ReturnType<typeof createHttpApp>> | undefined;
  try {
    await migrate(benchOwner);
    await seedDemo(benchOwner);
    await owner.connect();
    const tenantId = (await owner.query(`select id from tenant where code = $1`, [TENANT])).rows[0].id as string;
    log(`» generating ${n.toLocaleString('en')} listings`);
    let t = performance.now();
    await owner.query('begin');
    await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    await generate(owner, tenantId, n);
    await owner.query('commit');
    const generateMs = performance.now() - t;
    log(`» generated in ${seconds(generateMs)}`);

    const config = loadConfig({ ...process.env, DATABASE_URL: benchApp, DATABASE_OWNER_URL: benchOwner, LOG_LEVEL: 'warn' });
    app = await createHttpApp(config);
    await app.init();
    const inspection = app.get(InspectionService);
    const ctx: TenantContext = { tenantId, tenantCode: TENANT, locale: 'zh-CN', requestId: 'bench-inspection', roles: [Role.TenantOperator] };
    if (args.explain) await explainFirstBatch(app.get(TenantDb), ctx, (await owner.query(`select settings from tenant where id = $1`, [tenantId])).rows[0].settings);

    t = performance.now();
    const first = await inspection.runScheduled(ctx, new Date());
    const firstMs = performance.now() - t;
    log(`» first run: ${first.done.toLocaleString('en')} of ${first.total.toLocaleString('en')} inspected, ${first.findings.toLocaleString('en')} findings: ${seconds(firstMs)}`);
    t = performance.now();
    const second = await inspection.runScheduled(ctx, new Date());
    const secondMs = performance.now() - t;
    log(`» second run (findings exist): ${second.done.toLocaleString('en')} inspected, ${second.findings.toLocaleString('en')} new findings: ${seconds(secondMs)}`);
    const audit = await verifyAuditChain(benchApp, TENANT);
    log(`» audit chain: ${audit.message}`);
    await owner.query('begin');
    await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const expected = Number((await owner.query(`select count(*) from listing where tenant_id = $1 and state = 'approved'`, [tenantId])).rows[0].count);
    await owner.query('commit');
    if (first.state !== 'done' || first.done !== expected || second.done !== expected || audit.code !== 0) throw new Error('the inspection did not add up');

    const machine = describeMachine((await owner.query('show server_version')).rows[0].server_version);
    const result = { listings: n, generateMs, firstMs, firstFindings: first.findings, secondMs, secondFindings: second.findings, targetMs: TARGET_SECONDS * 1000, machine };
    const dir = new URL('../results/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    const file = new URL(`inspection-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`, dir);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    log(`» ${file.pathname}: ${seconds(firstMs)} for the first run against the ${TARGET_SECONDS} s target`);
  } finally {
    await app?.close();
    await owner.end().catch(() => undefined);
    if (!args.keep) await admin(ownerUrl, (c) => c.query(`drop database if exists ${DB} with (force)`));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
