import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, readdirSync, readSync, rmSync, statSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from './machine.ts';
import { type PgbenchFigures, parsePgbenchOutput, pgbenchLatencies } from './pgbench-script.ts';

/** SQL as the PostgreSQL superuser of the local cluster (log_statement is superuser-only). */
export function superuserSql(port: number, db: string, sql: string): string {
  const root = process.getuid?.() === 0;
  const cmd = root ? 'runuser' : 'sudo';
  const args = [...(root ? ['-u', 'postgres', '--'] : ['-u', 'postgres']), 'psql', '-X', '-q', '-tA', '-p', String(port), '-d', db, '-v', 'ON_ERROR_STOP=1', '-c', sql];
  return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
}

/** The server's log file: pg_current_logfile() with the logging collector, else the Debian cluster's stderr log. */
export function serverLogFile(port: number): string {
  const current = superuserSql(port, 'postgres', `select coalesce(pg_current_logfile(), '')`);
  if (current) return current.startsWith('/') ? current : join(superuserSql(port, 'postgres', 'show data_directory'), current);
  const clusters = spawnSync('pg_lsclusters', ['-h'], { encoding: 'utf8' }).stdout ?? '';
  const row = clusters.split('\n').map((l) => l.trim().split(/\s+/)).find((f) => f[2] === String(port));
  if (!row?.[6] || !existsSync(row[6])) throw new Error(`cannot find the PostgreSQL log of port ${port}`);
  return row[6];
}

export function logSize(file: string): number {
  return statSync(file).size;
}

/** What the log gained since `offset`. */
export function readLogFrom(file: string, offset: number): string {
  const size = statSync(file).size;
  const buf = Buffer.alloc(Math.max(0, size - offset));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, buf.length, offset);
  } finally {
    closeSync(fd);
  }
  return buf.toString('utf8');
}

export function pgbenchBinary(): string {
  if (process.env.PGBENCH) return process.env.PGBENCH;
  const dirs = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  for (const d of dirs) if (existsSync(`/usr/lib/postgresql/${d}/bin/pgbench`)) return `/usr/lib/postgresql/${d}/bin/pgbench`;
  return 'pgbench';
}

export interface PgbenchRun extends PgbenchFigures { scenario: string; clients: number; seconds: number; p50: number; p95: number; p99: number; output: string }

/** pgbench with a custom script (no vacuum, no init), per-transaction log for the percentiles. */
export function runPgbench(scenario: string, url: string, scriptFile: string, clients: number, seconds: number): PgbenchRun {
  const dir = mkdtempSync(join(tmpdir(), 'order-pgbench-'));
  try {
    const r = spawnSync(pgbenchBinary(), ['-n', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', scriptFile, '-r', '-l', `--log-prefix=${join(dir, 'tx')}`, url], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const output = `${r.stdout}\n${r.stderr}`;
    if (r.status !== 0) throw new Error(`pgbench failed (${r.status}):\n${output.slice(-4000)}`);
    const latencies = readdirSync(dir).flatMap((f) => pgbenchLatencies(readFileSync(join(dir, f), 'utf8'))).sort((a, b) => a - b);
    const round = (n: number) => Math.round(n * 10) / 10;
    return { scenario, clients, seconds, ...parsePgbenchOutput(r.stdout), p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), output: r.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
