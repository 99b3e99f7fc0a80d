import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudits } from '../../../test/audit.js';
import { asOwner, createTenant } from '../../../test/tenants.js';
import { TenantDb } from '../database/tenant-db.js';
import { AuditChainWriter } from './audit-chain.writer.js';

const COMMAND = fileURLToPath(new URL('../../../dist/platform/audit/verify-audit-chain.js', import.meta.url));

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [COMMAND, ...args], { env: { ...process.env } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The built command, as an operator or a cron job runs it (scripts/test builds first). */
describe('verify-audit-chain command', () => {
  let orm: MikroORM;
  let db: TenantDb;

  beforeAll(() => {
    orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 2 }));
    db = new TenantDb(orm, undefined, new AuditChainWriter());
  });
  afterAll(() => orm.close(true));

  it('exits 0 for an intact chain and 1 naming the first broken link', async () => {
    const t = await createTenant();
    await appendAudits(db, t, 4);
    const intact = await run(t.code);
    expect(intact).toMatchObject({ code: 0 });
    expect(intact.stdout).toContain('audit chain intact: 4 entries verified');

    const id = await asOwner(t.id, async (c) => (await c.query(`update audit_entry set action = 'x' where seq = 2 returning id`)).rows[0].id);
    const broken = await run(t.code);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`audit chain broken at entry #2 (id ${id})`);
    expect(broken.stderr).toContain('ALTERED');
  });

  it('exits 2 when it cannot check', async () => {
    expect((await run('000000')).code).toBe(2);
    expect((await run()).stderr).toContain('usage');
  });
});
