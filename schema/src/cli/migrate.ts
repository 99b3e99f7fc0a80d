import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../orm.js';

/**
 * Applies pending migrations as the owner role. Usage: node schema/dist/cli/migrate.js
 * (reads DATABASE_OWNER_URL). Safe to run repeatedly: applied migrations are skipped.
 */
export async function migrate(ownerUrl: string): Promise<string[]> {
  const orm = new MikroORM(ormConfig({ url: ownerUrl, poolMax: 1 }));
  try {
    const applied = await orm.migrator.up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_OWNER_URL;
  if (!url) {
    console.error('DATABASE_OWNER_URL is required: migrations run as the owner role.');
    process.exit(1);
  }
  migrate(url).then(
    (names) => console.log(names.length ? `applied ${names.length} migration(s): ${names.join(', ')}` : 'database schema is up to date'),
    (err: unknown) => {
      console.error('migration failed:', err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
