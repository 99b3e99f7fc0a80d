import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '@zhengcai/schema';
import { TenantDb } from '../../../platform/database/tenant-db.js';
import { searchContract } from '../../../../test/search/search-contract.js';
import { PgSearchAdapter } from './pg-search.adapter.js';

searchContract('PostgreSQL', async () => {
  const orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 2 }));
  return { port: new PgSearchAdapter(new TenantDb(orm), 1000), close: () => orm.close(true) };
});
