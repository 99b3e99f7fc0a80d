import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '@zhengcai/schema';
import { TenantDb } from '../../../platform/database/tenant-db.js';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../../test/search/search-fixtures.js';
import { contextFor, createTenant } from '../../../../test/tenants.js';
import { searchContract } from '../../../../test/search/search-contract.js';
import { PgSearchAdapter } from './pg-search.adapter.js';

searchContract('PostgreSQL', async () => {
  const orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 2 }));
  return { port: new PgSearchAdapter(new TenantDb(orm), 1000), close: () => orm.close(true) };
});

describe('PostgreSQL candidate cap', () => {
  it('ranks and counts at most the cap best-ranked matches, and says the total is capped', async () => {
    const orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 1 }));
    try {
      const ctx = contextFor(await createTenant());
      const { all } = catalogue(ctx.tenantId);
      await new PgSearchAdapter(new TenantDb(orm), 1000).upsert(ctx, all);
      const capped = new PgSearchAdapter(new TenantDb(orm), 3);
      const r = await capped.search(ctx, { first: 10 });
      expect(r.total).toEqual({ value: 3, exact: false });
      expect(r.hits).toHaveLength(3);
      expect(r.facets.categories.reduce((n, f) => n + f.count, 0)).toBe(3);
      // The three best-ranked of all seven, whatever the sort.
      const all7 = await new PgSearchAdapter(new TenantDb(orm), 1000).search(ctx, { first: 10 });
      const best = all7.hits.map((h) => h.score.rank).sort((a, b) => b - a).slice(0, 3);
      expect(r.hits.map((h) => h.score.rank).sort((a, b) => b - a)).toEqual(best);
      const byPrice = await capped.search(ctx, { sort: 'price_asc', first: 10 });
      expect(byPrice.total).toEqual({ value: 3, exact: false });
      expect(new Set(byPrice.hits.map((h) => h.listingId))).toEqual(new Set(r.hits.map((h) => h.listingId)));
    } finally {
      await orm.close(true);
    }
  });
});
