/**
 * Turns the statements one API transaction sent (as PostgreSQL logged them with
 * log_statement = 'all') into a pgbench script that replays the same statements with
 * different rows: pure functions, tested in pgbench-script.spec.ts.
 */

export interface LoggedStatement { pid: number; user: string; database: string; sql: string }

/** One log line's prefix: time, [pid], user@database, level, message. */
export const LINE = /^\S+ \S+ \S+ \[(\d+)\] (\S*)@(\S*) (\w+):\s+(.*)$/;

/** The `statement:` entries of a PostgreSQL log (log_line_prefix '%m [%p] %q%u@%d '), continuation lines joined. */
export function parseStatementLog(log: string, database: string): LoggedStatement[] {
  const out: LoggedStatement[] = [];
  let current: LoggedStatement | undefined;
  for (const line of log.split('\n')) {
    const m = LINE.exec(line);
    if (m) {
      current = undefined;
      if (m[3] === database && m[4] === 'LOG' && m[5].startsWith('statement: ')) {
        current = { pid: Number(m[1]), user: m[2], database: m[3], sql: m[5].slice('statement: '.length) };
        out.push(current);
      }
    } else if (current && line.startsWith('\t')) {
      current.sql += '\n' + line.slice(1);
    }
  }
  return out;
}

/** The last transaction (begin … commit on one connection) with a statement matching `marker`. */
export function lastTransaction(statements: LoggedStatement[], marker: RegExp): string[] {
  const open = new Map<number, string[]>();
  let found: string[] | undefined;
  for (const s of statements) {
    const sql = s.sql.trim();
    if (/^(begin|start transaction)\b/i.test(sql)) open.set(s.pid, [sql]);
    else if (open.has(s.pid)) {
      open.get(s.pid)!.push(sql);
      if (/^commit\b/i.test(sql)) {
        const tx = open.get(s.pid)!;
        open.delete(s.pid);
        if (tx.some((t) => marker.test(t))) found = tx;
      }
    }
  }
  if (!found) throw new Error(`no committed transaction with ${marker} in the log`);
  return found;
}

export interface ScriptRules {
  /** `\set` lines at the top (the random choices), e.g. `\set bu random(1, 16)`. */
  sets: string[];
  /** Quoted literals replaced by an SQL expression over pgbench variables (ids of the chosen rows, derived values). */
  values: Map<string, string>;
  /** UUID literals that name rows every transaction shares (tenant, suppliers): kept as they are. */
  constants: Set<string>;
  /** Statements whose result row is stored in `c_<column>` variables (`\gset c_`). */
  gset: RegExp[];
  /** Unquoted numbers replaced in matching statements (e.g. the audit sequence: `:c_seq + 1`). */
  bare: { statement: RegExp; value: string; expr: string }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Quoted SQL literals, and the text between them. */
const LITERAL = /'(?:[^']|'')*'/g;

/**
 * The script: every new id the transaction made (a UUID literal that is neither mapped nor a
 * constant) becomes `md5(:bfN::text)::uuid` from a fresh random number, the same within the
 * transaction wherever the id recurs (so foreign keys between the new rows hold).
 */
export function pgbenchScript(statements: string[], rules: ScriptRules): { script: string; freshIds: number } {
  const fresh = new Map<string, string>();
  const rewrite = (sql: string): string => {
    let out = '';
    let last = 0;
    for (const m of sql.matchAll(LITERAL)) {
      out += bare(sql.slice(last, m.index), sql);
      const inner = m[0].slice(1, -1);
      const mapped = rules.values.get(inner);
      if (mapped !== undefined) out += mapped;
      else if (UUID.test(inner) && !rules.constants.has(inner.toLowerCase())) {
        if (!fresh.has(inner)) fresh.set(inner, `bf${fresh.size + 1}`);
        out += `md5(:${fresh.get(inner)}::text)::uuid`;
      } else out += m[0];
      last = m.index + m[0].length;
    }
    return out + bare(sql.slice(last), sql);
  };
  const bare = (text: string, statement: string): string => {
    let t = text;
    for (const b of rules.bare) if (b.statement.test(statement)) t = t.replace(new RegExp(`(?<![\\w.:'])${b.value}(?![\\w.])`, 'g'), b.expr);
    return t;
  };
  const body = statements.map((sql) => {
    const one = rewrite(sql).replace(/\s*\n\s*/g, ' ').trim().replace(/;$/, '');
    return rules.gset.some((g) => g.test(sql)) ? `${one} \\gset c_` : `${one};`;
  });
  const ids = [...fresh.values()].map((v) => `\\set ${v} random(1, 9223372036854775806)`);
  return { script: [...rules.sets, ...ids, ...body].join('\n') + '\n', freshIds: fresh.size };
}

export interface PgbenchFigures { tps: number; latencyAverageMs: number; transactions: number; failed: number }

/** The summary pgbench prints at the end of a run. */
export function parsePgbenchOutput(out: string): PgbenchFigures {
  const num = (re: RegExp) => {
    const m = re.exec(out);
    return m ? Number(m[1]) : NaN;
  };
  return {
    tps: num(/^tps = ([\d.]+)/m),
    latencyAverageMs: num(/^latency average = ([\d.]+) ms/m),
    transactions: num(/^number of transactions actually processed: (\d+)/m),
    failed: Number.isNaN(num(/^number of failed transactions: (\d+)/m)) ? 0 : num(/^number of failed transactions: (\d+)/m),
  };
}

/** Per-transaction latencies (ms) from pgbench's `-l` log lines: client, tx no, time in µs, … */
export function pgbenchLatencies(logText: string): number[] {
  const out: number[] = [];
  for (const line of logText.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length >= 6 && /^\d+$/.test(f[2])) out.push(Number(f[2]) / 1000);
  }
  return out;
}
