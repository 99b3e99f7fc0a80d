import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The same server, another database: bench databases live beside the app's. */
export function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/** Work on the server's `postgres` database as the given role (create and drop bench databases). */
export async function admin<T>(ownerUrl: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

export interface ApiProcess { url: string; pid: number; stop: () => Promise<void> }

/** The environment of the real API in production mode against a bench database. */
export function apiEnv(appUrl: string, ownerUrl: string, port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env, DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl, NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex'),
    PAYMENT_SECRETS_KEY: randomBytes(32).toString('base64'), API_PORT: String(port), LOG_LEVEL: 'warn', DATABASE_POOL_MAX: '20',
    QUEUE_PREFIX: `bench-${process.pid}`, ...extra,
  };
}

/** Starts the built API (api/dist/main.js) as a child process; resolves once it says it is ready. */
export function startApi(env: NodeJS.ProcessEnv, port: number): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['api/dist/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      // Errors the API logs while it runs (LOG_LEVEL warn): a bench must not hide them.
      process.stderr.write(`[api] ${d}`);
    });
    child.stdout.on('data', (d: Buffer) => {
      const text = d.toString();
      // Warnings and errors the API logs while it runs (JSON lines, level ≥ 40).
      for (const line of text.split('\n')) if (/"level":\s*[4-6]\d/.test(line)) process.stderr.write(`[api] ${line.slice(0, 2000)}\n`);
      if (text.includes('API ready')) {
        resolve({
          url: `http://127.0.0.1:${port}`,
          pid: child.pid!,
          stop: () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.on('exit', (code) => reject(new Error(`API exited (${code}): ${err}`)));
  });
}

/**
 * Drops a bench database. `with (force)` may only end the owner's own sessions: the app role's
 * pool may still be closing its connections, so wait for those first (up to 10 s).
 */
export async function dropDatabase(ownerUrl: string, db: string): Promise<void> {
  await admin(ownerUrl, async (c) => {
    for (let i = 0; i < 50; i++) {
      const r = await c.query(`select count(*)::int as n from pg_stat_activity where datname = $1 and usename <> current_user`, [db]);
      if (r.rows[0].n === 0) break;
      await new Promise((res) => setTimeout(res, 200));
    }
    await c.query(`drop database if exists ${db} with (force)`);
  });
}
