import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '@zhengcai/schema';
import { Meilisearch } from 'meilisearch';
import { describe, it } from 'vitest';
import { searchContract } from '../../../../test/search/search-contract.js';
import { TenantDb } from '../../../platform/database/tenant-db.js';
import { indexUid, MeiliSearchAdapter } from './meili-search.adapter.js';

const url = process.env.MEILISEARCH_URL;

if (url) {
  searchContract('Meilisearch', async () => {
    const orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 2 }));
    const client = new Meilisearch({ host: url, apiKey: process.env.MEILISEARCH_API_KEY });
    const port = new MeiliSearchAdapter(new TenantDb(orm), client, 1000);
    return {
      port,
      close: async (tenants) => {
        // Test tenants are new each run: their indexes go with them.
        for (const ctx of tenants) await client.deleteIndexIfExists(indexUid(ctx));
        await orm.close(true);
      },
    };
  });
} else {
  describe('search contract: Meilisearch', () => {
    it.skip('skipped: set MEILISEARCH_URL (and MEILISEARCH_API_KEY if the server has a master key) to run the same contract against a Meilisearch server — see README, "Search"', () => {});
  });
}
