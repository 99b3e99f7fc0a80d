import { LINE } from './pgbench-script.ts';

/**
 * SQL statements one role sent to one database, counted in the server log written with
 * log_statement = 'all' (simple protocol: `statement:`, extended protocol: `execute …:`).
 * begin and commit count: the server runs them like any other.
 */
export function countStatements(log: string, database: string, user: string): number {
  let n = 0;
  for (const line of log.split('\n')) {
    const m = LINE.exec(line);
    if (m && m[2] === user && m[3] === database && m[4] === 'LOG' && /^(statement: |execute [^:]*: )/.test(m[5])) n += 1;
  }
  return n;
}

/**
 * Statements per request over a probe: what the log gained during the requests, less what the
 * process sends on its own over the same time (measured idle, as statements per second).
 */
export function statementsPerRequest(during: number, requests: number, idlePerSecond = 0, seconds = 0): number {
  if (requests <= 0) return NaN;
  const own = Math.max(0, during - idlePerSecond * seconds);
  return Math.round((own / requests) * 10) / 10;
}
