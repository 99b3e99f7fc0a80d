import { randomInt } from 'node:crypto';
import pg from 'pg';
import { newId, type TenantContext } from '@zhengcai/schema';

/** A pg client as the owner role; row-level security still applies to it (FORCE). */
export async function ownerClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
  await client.connect();
  return client;
}

/**
 * Owner connections for fixtures, kept open per database. A new connection costs ~30 ms (a
 * backend to start, a SCRAM exchange) against ~1 ms for a pooled one, and fixtures open
 * thousands: a tender lot with its bidders takes ten. Nothing a fixture sets outlives its
 * transaction (the tenant is set with `is_local`), so a reused connection starts clean.
 */
const pools = new Map<string, pg.Pool>();
function ownerPool(): pg.Pool {
  const url = process.env.DATABASE_OWNER_URL!;
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 4, idleTimeoutMillis: 5_000, allowExitOnIdle: true });
    // An idle connection ended by the server is dropped from the pool; the next fixture opens another.
    pool.on('error', () => undefined);
    pools.set(url, pool);
  }
  return pool;
}

/** Runs statements as the owner inside one transaction with the tenant set. */
export async function asOwner<T>(tenantId: string, work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await ownerPool().connect();
  let broken: Error | undefined;
  try {
    await c.query('begin');
    await c.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const result = await work(c);
    await c.query('commit');
    return result;
  } catch (err) {
    await c.query('rollback').catch((e: Error) => (broken = e));
    throw err;
  } finally {
    // A connection whose rollback failed is not given to the next fixture.
    c.release(broken);
  }
}

export interface TestTenant { id: string; code: string; slug: string; name: string }

/**
 * A new tenant with a unique code and slug, optionally with a given id and calendar exceptions. The slug
 * starts with the test file's own prefix (api/test/file-setup.ts), which is what that file's
 * worker processes serve.
 */
export async function createTenant(options: { id?: string; name?: string; settings?: object; days?: { day: string; kind: 'holiday' | 'workday'; name: string }[] } = {}): Promise<TestTenant> {
  // One database serves the whole run and codes have six digits, so a few thousand tenants
  // drawn at random will now and then draw a code already taken: draw again.
  for (let attempt = 1; ; attempt++) {
    const n = randomInt(100_000, 999_999);
    const t = { id: options.id ?? newId(), code: String(n), slug: `${process.env.TEST_TENANT_PREFIX ?? 't'}${n}`, name: options.name ?? `测试省${n}` };
    try {
      await asOwner(t.id, async (c) => {
        await c.query('insert into tenant (id, code, slug, name, settings) values ($1, $2, $3, $4, $5)', [t.id, t.code, t.slug, t.name, options.settings ?? {}]);
        for (const d of options.days ?? []) {
          await c.query('insert into calendar_day (id, tenant_id, day, kind, name) values ($1, $2, $3, $4, $5)', [newId(), t.id, d.day, d.kind, d.name]);
        }
      });
      return t;
    } catch (err) {
      const taken = (err as { code?: string; constraint?: string }).code === '23505' && /^tenant_(code|slug)_unique$/.test((err as { constraint?: string }).constraint ?? '');
      if (!taken || attempt === 5) throw err;
    }
  }
}

export function contextFor(t: TestTenant, extra: Partial<TenantContext> = {}): TenantContext {
  return { tenantId: t.id, tenantCode: t.code, locale: 'zh-CN', roles: [], requestId: newId(), ...extra };
}
