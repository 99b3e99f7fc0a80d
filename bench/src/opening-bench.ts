/**
 * The opening (开标) of many sealed bids: seals N bids with the browser's sealing library,
 * submits them through the real services (signature check, signed receipt, audit), then times
 * the opening itself — each bidder's key released, the bid decrypted with Node's SM4, its
 * digest and SM2 signature checked, the price form recorded and audited — and the conclusion.
 * Usage (from the repository root): bench/run-bid-opening [--bids N] [--concurrency C] [--keep]
 * Target: 1,000 bids opened in ≤ 10 s. Not part of the test suite; timings are never asserted.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig, Role, type TenantContext } from '@zhengcai/schema';
import { migrate } from '@zhengcai/schema/cli/migrate';
import { seedDemo } from '@zhengcai/api/seed/seed';
import { createHttpApp } from '@zhengcai/api/http-app';
import { SigningKeyService } from '@zhengcai/api/tender/sealing/signing-keys.service';
import { BidSubmissionService } from '@zhengcai/api/tender/sealing/bid-submission.service';
import { OpeningService } from '@zhengcai/api/tender/opening/opening.service';
import { verifyAuditChain } from '@zhengcai/api/platform/audit/verify-audit-chain';
import { admin, dropDatabase, withDatabase } from './api-process.ts';
import { describeMachine, percentile } from './machine.ts';

const { values: args } = parseArgs({
  options: {
    bids: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '8' },
    keep: { type: 'boolean', default: false },
  },
});
const log = (s: string) => console.log(s);

/** The browser's sealing library (web-kit/src/tender/sealed-bid.ts), the very code the storefront runs. */
interface KeyPair { publicKey: string; privateKey: string }
interface SealedBid { format: string; ciphertext: string; iv: string; mac: string; keyCheck: string; wrappedKey: string; digest: string; signature: string }
interface Sealing {
  generateSigningKeyPair(): KeyPair;
  sealBid(content: object, keys: KeyPair): SealedBid;
  unwrapBidKey(wrappedKey: string, privateKey: string): string;
}
// Loaded by path: the bench package does not depend on web-kit (its type-check stays within src/).
const sealing = (await import(new URL('../../web-kit/src/tender/sealed-bid.ts', import.meta.url).href)) as Sealing;
const TENANT = '330000';
const DB = `zhengcai_bench_opening_${process.pid}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

async function main() {
  const appUrl = process.env.DATABASE_URL;
  const ownerUrl = process.env.DATABASE_OWNER_URL;
  if (!appUrl || !ownerUrl || !process.env.REDIS_URL) throw new Error('DATABASE_URL, DATABASE_OWNER_URL and REDIS_URL must be set: use bench/run-bid-opening.');
  const n = Number(args.bids);
  const concurrency = Number(args.concurrency);
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
    const { rows: [tenant] } = await owner.query<{ id: string }>(`select id from tenant where code = $1`, [TENANT]);
    // The project (one lot, deadline ahead) and N supplier organisations, each with one user.
    await owner.query('begin');
    await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenant.id]);
    const { rows: [line] } = await owner.query<{ id: string; unit_id: string }>(`select id, unit_id from budget_line limit 1`);
    const projectId = randomUUID();
    const lotId = randomUUID();
    await owner.query(
      `insert into tender_project (id, tenant_id, project_no, title, description, method, kind, category_code, buyer_id, created_by, budget_line_id, budget_fen,
         evaluation_method, criteria, sme_deduction_bp, qualification, state, documents_from, documents_until, bid_deadline, published_at)
       values ($1, $2, 'ZC-BENCH-1', '开标基准项目', '基准', 'public_tender', 'goods', 'A02010104', $3, $3, $4, 500000000, 'lowest_price', '[]', 1000, '无',
         'published', now() - interval '20 days', now() - interval '13 days', now() + interval '1 hour', now() - interval '20 days')`,
      [projectId, tenant.id, line.unit_id, line.id],
    );
    await owner.query(`insert into tender_lot (id, tenant_id, project_id, lot_no, title, scope, budget_fen, min_bidders, state) values ($1, $2, $3, 1, '第1包', '基准', 500000000, 3, 'bidding')`, [lotId, tenant.id, projectId]);
    const bidders: { ctx: TenantContext; keys: KeyPair; sealed?: SealedBid; bidId?: string }[] = [];
    for (let i = 0; i < n; i++) {
      const orgId = randomUUID();
      const userId = randomUUID();
      await owner.query(`insert into organisation (id, tenant_id, kind, name, uscc) values ($1, $2, 'supplier', $3, $4)`, [orgId, tenant.id, `基准供应商${i}`, `9133${String(i).padStart(14, '0')}`]);
      await owner.query(`insert into user_account (id, tenant_id, organisation_id, login_name, display_name, password_hash, roles) values ($1, $2, $3, $4, $4, 'x', '{supplier}'::user_role[])`, [userId, tenant.id, orgId, `bench-bidder-${i}`]);
      // 报名: only registered suppliers may bid.
      await owner.query(`insert into tender_registration (id, tenant_id, project_id, supplier_id, registered_by) values ($1, $2, $3, $4, $5)`, [randomUUID(), tenant.id, projectId, orgId, userId]);
      bidders.push({ ctx: { tenantId: tenant.id, tenantCode: TENANT, locale: 'zh-CN', requestId: `bench-${i}`, userId, organisationId: orgId, roles: [Role.Supplier] }, keys: sealing.generateSigningKeyPair() });
    }
    await owner.query('commit');

    const config = loadConfig({ ...process.env, DATABASE_URL: benchApp, DATABASE_OWNER_URL: benchOwner, LOG_LEVEL: 'warn', DATABASE_POOL_MAX: String(concurrency + 2) });
    // The API's own services, in this process (never listening): no HTTP, no logins in the figure.
    app = await createHttpApp(config);
    await app.init();
    const [keys, submissions, opening] = [app.get(SigningKeyService), app.get(BidSubmissionService), app.get(OpeningService)];

    // 1. Sealing, as each bidder's browser does it (one after another: one browser each).
    const document = Buffer.alloc(64 * 1024, '技术响应').toString('base64');
    let t = performance.now();
    for (const [i, b] of bidders.entries()) {
      b.sealed = sealing.sealBid({ priceForm: { totalPrice: `${4_000_000 + i}.00`, discountBp: 100, deliveryDays: 30, warrantyMonths: 24, sme: 'small' }, documents: [{ name: '技术响应.txt', contentBase64: document }] }, b.keys);
    }
    const sealMs = performance.now() - t;
    log(`» sealed ${n} bids (64 KiB document each): ${seconds(sealMs)}`);

    // 2. Submission through the services.
    t = performance.now();
    await pool(bidders, concurrency, async (b) => {
      await keys.register(b.ctx, b.keys.publicKey);
      const { format: _f, ...parts } = b.sealed!;
      b.bidId = (await submissions.submit(b.ctx, { lotId, ...parts, idempotencyKey: randomUUID() })).id;
    });
    const submitMs = performance.now() - t;
    log(`» registered keys and submitted: ${seconds(submitMs)}`);

    // The deadline passes and the lot opens (the deadline scheduler's step).
    await owner.query('begin');
    await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenant.id]);
    await owner.query(`update tender_project set bid_deadline = now() - interval '1 minute' where id = $1`, [projectId]);
    await owner.query(`update tender_lot set state = 'opening' where id = $1`, [lotId]);
    await owner.query('commit');

    // 3. The opening: bidders unwrap in their browsers (not timed), the platform opens each.
    const released = bidders.map((b) => ({ b, key: sealing.unwrapBidKey(b.sealed!.wrappedKey, b.keys.privateKey) }));
    const each: number[] = [];
    t = performance.now();
    await pool(released, concurrency, async ({ b, key }) => {
      const s = performance.now();
      const bid = await opening.releaseKey(b.ctx, b.bidId!, key);
      if (bid.state !== 'opened') throw new Error(`bid ${bid.id} did not open: ${bid.stateReason}`);
      each.push(performance.now() - s);
    });
    const openMs = performance.now() - t;
    each.sort((a, c) => a - c);
    log(`» opened ${n} bids, concurrency ${concurrency}: ${seconds(openMs)} (p50 ${each[Math.floor(n / 2)]?.toFixed(1)} ms, p95 ${percentile(each, 95).toFixed(1)} ms each)`);

    const buyer: TenantContext = { tenantId: tenant.id, tenantCode: TENANT, locale: 'zh-CN', requestId: 'bench-buyer', userId: randomUUID(), organisationId: line.unit_id, roles: [Role.Purchaser] };
    t = performance.now();
    const record = await opening.conclude(buyer, lotId);
    const concludeMs = performance.now() - t;
    log(`» concluded (${record.lotState}, ${record.entries.length} entries in the record): ${seconds(concludeMs)}`);
    const audit = await verifyAuditChain(benchApp, TENANT);
    log(`» audit chain: ${audit.message}`);
    if (record.lotState !== 'evaluating' || record.entries.length !== n || audit.code !== 0) throw new Error('the opening did not add up');

    const machine = describeMachine((await owner.query('show server_version')).rows[0].server_version);
    const result = { bids: n, concurrency, sealMs, submitMs, openMs, openP50Ms: each[Math.floor(n / 2)], openP95Ms: percentile(each, 95), concludeMs, targetMs: 10_000, machine };
    const dir = new URL('../results/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    const file = new URL(`bid-opening-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`, dir);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    log(`» ${file.pathname}: opening ${seconds(openMs)} against the 10 s target for 1,000 bids`);
  } finally {
    await app?.close();
    await owner.end().catch(() => undefined);
    if (!args.keep) await dropDatabase(ownerUrl, DB);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
