import { describe, expect, it } from 'vitest';
import { lastTransaction, parsePgbenchOutput, parseStatementLog, pgbenchLatencies, pgbenchScript } from './pgbench-script.ts';

const T = '01a20000-0000-7000-8000-000000000001';
const LINE = '01a20000-0000-7000-8000-000000000002';
const NEW_ORDER = '01a20000-0000-7000-8000-0000000000aa';
const LOG = [
  `2026-11-23 07:00:00.001 UTC [11] app@bench LOG:  statement: begin`,
  `2026-11-23 07:00:00.002 UTC [11] app@bench LOG:  statement: select set_config('app.tenant_id', '${T}', true)`,
  `2026-11-23 07:00:00.003 UTC [12] app@other LOG:  statement: select 1`,
  `2026-11-23 07:00:00.004 UTC [11] app@bench LOG:  statement: insert into mall_idempotency_key (id, tenant_id, user_id, key) values ('${NEW_ORDER}', '${T}', 'u', 'k-1')`,
  `2026-11-23 07:00:00.005 UTC [11] app@bench LOG:  statement: insert into mall_order_counter (id, tenant_id, year, last) values ('01a20000-0000-7000-8000-0000000000bb', '${T}', 2026, 1)`,
  `\t     on conflict (tenant_id, year) do update set last = mall_order_counter.last + 1 returning last`,
  `2026-11-23 07:00:00.006 UTC [11] app@bench LOG:  statement: insert into mall_order (id, order_no, budget_line_id, created_at) values ('${NEW_ORDER}', 'DD2026000007', '${LINE}', '2026-11-23T07:00:00.006Z')`,
  `2026-11-23 07:00:00.007 UTC [11] app@bench LOG:  statement: select seq, hash from audit_chain_head where tenant_id = '${T}' for update`,
  `2026-11-23 07:00:00.008 UTC [11] app@bench LOG:  statement: with a as (insert into audit_entry (id, tenant_id, seq, subject_id) values ('01a20000-0000-7000-8000-0000000000cc', '${T}', 7, '${NEW_ORDER}')) update audit_chain_head set seq = 7, hash = 'h7' where tenant_id = '${T}'`,
  `2026-11-23 07:00:00.009 UTC [11] app@bench LOG:  statement: commit`,
  `2026-11-23 07:00:00.010 UTC [11] app@bench LOG:  duration: 1 ms`,
].join('\n');

describe('captured statements to a pgbench script', () => {
  it('keeps the transaction of this database with the marker, continuation lines joined', () => {
    const tx = lastTransaction(parseStatementLog(LOG, 'bench'), /mall_idempotency_key/);
    expect(tx).toHaveLength(8);
    expect(tx[0]).toBe('begin');
    expect(tx[3]).toContain('returning last');
    expect(() => lastTransaction(parseStatementLog(LOG, 'other'), /mall_idempotency_key/)).toThrow();
  });

  it('maps chosen rows, makes new ids per transaction, derives the order number and the audit sequence', () => {
    const tx = lastTransaction(parseStatementLog(LOG, 'bench'), /mall_idempotency_key/);
    const { script, freshIds } = pgbenchScript(tx, {
      sets: ['\\set bj random(1, 4)'],
      values: new Map([[LINE, `md5('line-' || :bj)::uuid`], ['k-1', `'bench-' || :bk`], ['DD2026000007', `'DD2026' || lpad(:c_last::text, 6, '0')`]]),
      constants: new Set([T]),
      gset: [/mall_order_counter/, /audit_chain_head where .* for update/],
      bare: [{ statement: /audit_chain_head/, value: '7', expr: '(:c_seq + 1)' }],
    });
    const lines = script.trim().split('\n');
    expect(freshIds).toBe(3);
    expect(lines.slice(0, 4)).toEqual(['\\set bj random(1, 4)', '\\set bf1 random(1, 9223372036854775806)', '\\set bf2 random(1, 9223372036854775806)', '\\set bf3 random(1, 9223372036854775806)']);
    expect(lines[4]).toBe('begin;');
    expect(lines[5]).toContain(`'${T}'`);
    expect(lines[6]).toContain(`values (md5(:bf1::text)::uuid, '${T}', 'u', 'bench-' || :bk);`);
    expect(lines[7]).toMatch(/2026, 1\) on conflict .* returning last \\gset c_$/);
    expect(lines[8]).toBe(`insert into mall_order (id, order_no, budget_line_id, created_at) values (md5(:bf1::text)::uuid, 'DD2026' || lpad(:c_last::text, 6, '0'), md5('line-' || :bj)::uuid, '2026-11-23T07:00:00.006Z');`);
    expect(lines[9]).toMatch(/for update \\gset c_$/);
    expect(lines[10]).toContain(`'${T}', (:c_seq + 1), md5(:bf1::text)::uuid)) update audit_chain_head set seq = (:c_seq + 1), hash = 'h7'`);
    expect(lines[11]).toBe('commit;');
  });

  it('reads the pgbench summary and its per-transaction log', () => {
    const out = 'number of transactions actually processed: 1200\nnumber of failed transactions: 0 (0.000%)\nlatency average = 13.2 ms\ntps = 1203.456 (without initial connection time)\n';
    expect(parsePgbenchOutput(out)).toEqual({ tps: 1203.456, latencyAverageMs: 13.2, transactions: 1200, failed: 0 });
    expect(pgbenchLatencies('0 1 12500 0 1700000000 1\n1 1 failed 0 1700000000 2\n')).toEqual([12.5]);
  });
});
