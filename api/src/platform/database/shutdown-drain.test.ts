import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { contextFor, createTenant, ownerClient, type TestTenant } from '../../../test/tenants.js';
import { TenantDb } from './tenant-db.js';

describe('shutting the API down', () => {
  let api: TestApi;
  let tenant: TestTenant;
  let closing: Promise<unknown> | undefined;

  beforeAll(async () => {
    tenant = await createTenant();
    api = await startApi();
  });
  afterAll(() => closing ?? api.close());

  it('lets a transaction that started finish and commit, and refuses one that starts after', async () => {
    const db = api.app.get(TenantDb);
    const ctx = contextFor(tenant);
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const inside = new Promise<void>((r) => (started = r));
    const first = db.transaction(ctx, async (em) => {
      const [row] = await em.execute<{ xid: string }[]>('select txid_current()::text as xid');
      started();
      await released;
      return row.xid;
    });
    await inside;

    let closed = false;
    closing = api.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(false);
    await expect(db.transaction(ctx, async () => 'late')).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });

    release();
    const xid = await first;
    await closing;
    const owner = await ownerClient();
    try {
      const { rows } = await owner.query<{ status: string }>('select txid_status($1::bigint) as status', [xid]);
      expect(rows[0].status).toBe('committed');
    } finally {
      await owner.end();
    }
  });
});
