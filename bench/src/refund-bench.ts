/**
 * Deposit refunds, exactly once, at volume: N held deposits on failed lots, the lots' failure
 * events written to the outbox, the real worker process (workers/dist/main.js: relay, queues,
 * processors) against its own database. Measures from worker start to the last refund and
 * fails loudly when a deposit was refunded twice or not at all, or an amount is off by a fen.
 * Usage (from the repository root): bench/run-refunds [--count N] [--lots L] [--keep]
 * Target: 10,000 refunds in ≤ 30 s. Not part of the test suite.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrate } from '@zhengcai/schema/cli/migrate';
import { seedDemo } from '@zhengcai/api/seed/seed';
import { verifyAuditChain } from '@zhengcai/api/platform/audit/verify-audit-chain';
import { accrue } from '@zhengcai/api/deposits/deposit-interest';
import { admin, withDatabase } from './api-process.ts';
import { describeMachine } from './machine.ts';

const { values: args } = parseArgs({ options: { count: { type: 'string', default: '10000' }, lots: { type: 'string', default: '20' }, keep: { type: 'boolean', default: false } } });
const log = (s: string) => console.log(s);
const TENANT = '330000';
const DB = `zhengcai_bench_refunds_${process.pid}`;
const PAID_DAYS_AGO = 30;
const TARGET_SECONDS = 30;

async function main() {
  const appUrl = process.env.DATABASE_URL;
  const ownerUrl = process.env.DATABASE_OWNER_URL;
  if (!appUrl || !ownerUrl || !process.env.REDIS_URL) throw new Error('DATABASE_URL, DATABASE_OWNER_URL and REDIS_URL must be set: use bench/run-refunds.');
  const [count, lots] = [Number(args.count), Number(args.lots)];
  const perLot = Math.ceil(count / lots);
  log(`» database ${DB}`);
  await admin(ownerUrl, (c) => c.query(`create database ${DB}`));
  const benchOwner = withDatabase(ownerUrl, DB);
  const benchApp = withDatabase(appUrl, DB);
  const owner = new pg.Client({ connectionString: benchOwner });
  let stopWorker: (() => Promise<void>) | undefined;
  try {
    await migrate(benchOwner);
    await seedDemo(benchOwner);
    await owner.connect();
    const tenantId = (await owner.query(`select id from tenant where code = $1`, [TENANT])).rows[0].id as string;
    log(`» ${lots} failed lots, ${perLot * lots} held deposits`);
    await owner.query('begin');
    await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const unit = (await owner.query(`select o.id as unit, u.id as "user" from organisation o join user_account u on u.organisation_id = o.id where o.kind = 'purchasing_unit' limit 1`)).rows[0];
    const line = (await owner.query(`select id from budget_line limit 1`)).rows[0].id;
    const paidAt = new Date(Date.now() - PAID_DAYS_AGO * 86_400_000);
    const lotIds: string[] = [];
    for (let i = 0; i < lots; i++) {
      const project = randomUUID();
      const lot = randomUUID();
      lotIds.push(lot);
      await owner.query(
        `insert into tender_project (id, tenant_id, project_no, title, description, method, kind, category_code, buyer_id, created_by, budget_line_id, budget_fen, evaluation_method, criteria,
           sme_deduction_bp, qualification, state, documents_from, documents_until, bid_deadline, published_at)
         values ($1, $2, $3, '压测项目', '压测', 'public_tender', 'goods', 'A02010104', $4, $5, $6, 500000000, 'lowest_price', '[]', 1000, '—', 'published', now() - interval '30 days', now() - interval '20 days', now() - interval '5 days', now() - interval '30 days')`,
        [project, tenantId, `BENCH-${i}`, unit.unit, unit.user, line],
      );
      await owner.query(`insert into tender_lot (id, tenant_id, project_id, lot_no, title, scope, budget_fen, deposit_fen, state, failure_reason) values ($1, $2, $3, 1, '第1包', '压测', 500000000, 100000, 'failed', '投标人不足三家')`, [lot, tenantId, project]);
      await owner.query(
        `with s as (
           insert into organisation (id, tenant_id, kind, name, uscc)
           select gen_random_uuid(), $1, 'supplier', '压测供应商' || $4::int || '-' || g, upper(substr(md5(random()::text || g || $4::int), 1, 18)) from generate_series(1, $3::int) g
           returning id)
         insert into deposit (id, tenant_id, lot_id, supplier_id, amount_fen, state, virtual_account_ref, paid_via, payment_reference, paid_at)
         select gen_random_uuid(), $1, $2, s.id, 100000 + (random() * 99999)::int, 'held', 'ZC0', 'bank_transfer', 'BENCH', $5 from s`,
        [tenantId, lot, perLot, i, paidAt],
      );
      await owner.query(`insert into outbox_event (id, tenant_id, type, payload, request_id) values ($1, $2, 'tender.lot.failed', $3, 'bench')`, [randomUUID(), tenantId, JSON.stringify({ lotId: lot, trigger: 'lot_failed' })]);
    }
    await owner.query('commit');
    const total = perLot * lots;

    log('» worker process');
    const started = Date.now();
    const env = {
      ...process.env, DATABASE_URL: benchApp, DATABASE_OWNER_URL: benchOwner, NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex'),
      PAYMENT_SECRETS_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'warn', QUEUE_PREFIX: `bench-refunds-${process.pid}`, OUTBOX_POLL_MS: '200',
    };
    const child = spawn(process.execPath, ['workers/dist/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    stopWorker = () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    };
    const refunded = async () => {
      await owner.query('begin');
      await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      const n = Number((await owner.query('select count(*) from deposit_refund')).rows[0].count);
      await owner.query('commit');
      return n;
    };
    let done = 0;
    while ((done = await refunded()) < total) {
      if (child.exitCode !== null) throw new Error(`the worker exited (${child.exitCode})`);
      if (Date.now() - started > 10 * 60_000) throw new Error(`only ${done} of ${total} refunds after 10 minutes`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (Date.now() - started) / 1000;
    await stopWorker();
    stopWorker = undefined;

    log('» checks');
    await owner.query('begin');
    await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const rows = (await owner.query(`select d.amount_fen, r.principal_fen, r.interest_fen, r.total_fen from deposit d join deposit_refund r on r.deposit_id = d.id`)).rows;
    const distinct = Number((await owner.query('select count(distinct deposit_id) from deposit_refund')).rows[0].count);
    const stillHeld = Number((await owner.query(`select count(*) from deposit where state = 'held'`)).rows[0].count);
    await owner.query('commit');
    const wrong = rows.filter((r) => {
      const p = BigInt(r.amount_fen);
      return BigInt(r.principal_fen) !== p || BigInt(r.interest_fen) !== accrue(p, 35, PAID_DAYS_AGO, 360) || BigInt(r.total_fen) !== p + accrue(p, 35, PAID_DAYS_AGO, 360);
    }).length;
    const audit = await verifyAuditChain(benchApp, TENANT);
    const checks = [
      { name: 'one refund per deposit', ok: rows.length === total && distinct === total, detail: `${rows.length} refunds, ${distinct} deposits, ${total} expected` },
      { name: 'principal + interest to the fen', ok: wrong === 0, detail: `${wrong} wrong` },
      { name: 'nothing left held', ok: stillHeld === 0, detail: `${stillHeld} held` },
      { name: 'audit chain verifies', ok: audit.code === 0, detail: audit.message },
    ];
    const result = { bench: 'refunds', at: new Date().toISOString(), machine: describeMachine(''), count: total, lots, seconds, perSecond: Math.round(total / seconds), targetSeconds: TARGET_SECONDS, checks };
    const dir = new URL('../results/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
    writeFileSync(new URL(`refunds-${stamp}.json`, dir), JSON.stringify(result, null, 2));
    writeFileSync(new URL(`refunds-${stamp}.md`, dir), [
      `# Deposit refunds, exactly once (${result.at})`, '',
      `${total} refunds over ${lots} failed lots, from worker start to the last refund: **${seconds.toFixed(1)} s** (${result.perSecond}/s; target ≤ ${TARGET_SECONDS} s for 10,000).`, '',
      ...checks.map((c) => `- ${c.ok ? '✔' : '✘'} ${c.name}: ${c.detail}`), '',
    ].join('\n'));
    log(`» ${total} refunds in ${seconds.toFixed(1)} s (${result.perSecond}/s)`);
    for (const c of checks) log(`  ${c.ok ? '✔' : '✘'} ${c.name}: ${c.detail}`);
    if (checks.some((c) => !c.ok)) process.exitCode = 1;
  } finally {
    await stopWorker?.();
    await owner.end().catch(() => undefined);
    if (!args.keep) await admin(ownerUrl, (c) => c.query(`drop database if exists ${DB} with (force)`));
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
