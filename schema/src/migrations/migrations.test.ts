import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../orm.js';
import { MIGRATIONS } from './index.js';

describe('migrations', () => {
  let orm: MikroORM;
  beforeAll(() => {
    orm = new MikroORM(ormConfig({ url: process.env.DATABASE_OWNER_URL!, poolMax: 1 }));
  });
  afterAll(() => orm.close(true));

  it('are listed in the order of their names, each once (a merge must not reorder them)', () => {
    const names = MIGRATIONS.map((m) => m.name);
    expect(names).toEqual([...new Set(names)].sort());
  });

  it('are all applied to the test database', async () => {
    expect(await orm.migrator.getPending()).toEqual([]);
  });

  it('produce exactly the schema the entities describe (no drift either way)', async () => {
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(diff.trim()).toBe('');
  });
});
