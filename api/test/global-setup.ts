import { Redis } from 'ioredis';
import pg from 'pg';
import { migrate } from '@zhengcai/schema/cli/migrate';


function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/**
 * One fresh, migrated database for the run, named for this process so that two runs on one
 * machine never share it; dropped when the run ends. Tests share it and keep apart by creating their
 * own tenants, which is exactly the isolation the product promises.
 * Both projects that need it (server files, browser journeys) name this file; vitest runs every
 * project's setup before the first file, so the second call finds the database made and reuses it.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.ZC_TEST_RUN) return async () => {};
  const TEST_DB = `zhengcai_test_${process.pid}`;
  const appUrl = process.env.DATABASE_URL;
  const ownerUrl = process.env.DATABASE_OWNER_URL;
  if (!appUrl || !ownerUrl || !process.env.REDIS_URL) {
    throw new Error('DATABASE_URL, DATABASE_OWNER_URL and REDIS_URL must be set: run the tests with scripts/test, which starts PostgreSQL and Redis.');
  }
  const admin = new pg.Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${TEST_DB} with (force)`);
    await admin.query(`create database ${TEST_DB}`);
  } finally {
    await admin.end();
  }
  const testOwnerUrl = withDatabase(ownerUrl, TEST_DB);
  await migrate(testOwnerUrl);
  process.env.DATABASE_OWNER_URL = testOwnerUrl;
  process.env.DATABASE_URL = withDatabase(appUrl, TEST_DB);
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
  // Each file's queue prefix starts with this (api/test/file-setup.ts); the run removes its keys at the end.
  const run = `zc-test-${process.pid}`;
  process.env.ZC_TEST_RUN = run;

  return async () => {
    const client = new pg.Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
    await client.connect();
    await client.query(`drop database if exists ${TEST_DB} with (force)`).finally(() => client.end());
    await removeKeys(process.env.REDIS_URL!, `${run}-*`);
  };
}

async function removeKeys(url: string, pattern: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
