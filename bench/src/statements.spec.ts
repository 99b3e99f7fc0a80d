import { describe, expect, it } from 'vitest';
import { countStatements, statementsPerRequest } from './statements.ts';

const LOG = [
  '2026-11-23 22:55:01.100 UTC [101] zhengcai_app@zhengcai_bench_run_1 LOG:  statement: begin',
  "2026-11-23 22:55:01.101 UTC [101] zhengcai_app@zhengcai_bench_run_1 LOG:  execute <unnamed>: select set_config('app.tenant_id', $1, true)",
  '2026-11-23 22:55:01.101 UTC [101] zhengcai_app@zhengcai_bench_run_1 DETAIL:  parameters: $1 = \'x\'',
  '2026-11-23 22:55:01.102 UTC [101] zhengcai_app@zhengcai_bench_run_1 LOG:  statement: select "l0".* from "listing" as "l0"',
  '\twhere "l0"."id" = \'1\'',
  '2026-11-23 22:55:01.103 UTC [101] zhengcai_app@zhengcai_bench_run_1 LOG:  execute S_1: select 1',
  '2026-11-23 22:55:01.104 UTC [101] zhengcai_app@zhengcai_bench_run_1 LOG:  statement: commit',
  // Another database, another role, and a duration line: not counted.
  '2026-11-23 22:55:01.105 UTC [102] zhengcai_app@zhengcai LOG:  statement: select 1',
  '2026-11-23 22:55:01.105 UTC [103] zhengcai_owner@zhengcai_bench_run_1 LOG:  statement: select 1',
  '2026-11-23 22:55:01.106 UTC [101] zhengcai_app@zhengcai_bench_run_1 LOG:  duration: 0.2 ms',
].join('\n');

describe('countStatements', () => {
  it('counts simple and extended protocol statements of one role in one database', () => {
    expect(countStatements(LOG, 'zhengcai_bench_run_1', 'zhengcai_app')).toBe(5);
    expect(countStatements(LOG, 'zhengcai', 'zhengcai_app')).toBe(1);
    expect(countStatements(LOG, 'zhengcai_bench_run_1', 'zhengcai_owner')).toBe(1);
    expect(countStatements('', 'zhengcai_bench_run_1', 'zhengcai_app')).toBe(0);
  });
});

describe('statementsPerRequest', () => {
  it('divides the delta by the requests', () => {
    expect(statementsPerRequest(50, 10)).toBe(5);
    expect(statementsPerRequest(53, 10)).toBe(5.3);
  });

  it('subtracts what the process sends on its own over the same time', () => {
    // 2 statements a second idle, over 3 s: 6 of the 56 are not the requests'.
    expect(statementsPerRequest(56, 10, 2, 3)).toBe(5);
    expect(statementsPerRequest(3, 10, 2, 3)).toBe(0);
  });

  it('has no value without requests', () => {
    expect(statementsPerRequest(5, 0)).toBeNaN();
  });
});
