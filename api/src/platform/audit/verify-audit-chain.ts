import { MikroORM } from '@mikro-orm/postgresql';
import { newId, ormConfig, Tenant } from '@zhengcai/schema';
import { TenantDb } from '../database/tenant-db.js';
import { describeReport } from './audit-report.js';
import { AuditVerifier } from './audit-verifier.service.js';

/**
 * Verifies one tenant's audit chain: node api/dist/platform/audit/verify-audit-chain.js <tenant code>
 * Reads DATABASE_URL (the app role suffices: it may read the chain). Exit code 0 when the
 * chain is intact, 1 when it is broken (the message names the first broken link), 2 when
 * the check could not run (usage, unknown tenant, database unreachable).
 */
export async function verifyAuditChain(databaseUrl: string, tenantCode: string): Promise<{ code: number; message: string }> {
  const orm = new MikroORM(ormConfig({ url: databaseUrl, poolMax: 1 }));
  try {
    const db = new TenantDb(orm);
    const tenant = await db.publicRead((em) => em.findOne(Tenant, { code: tenantCode }));
    if (!tenant) return { code: 2, message: `no tenant has the code "${tenantCode}"` };
    const ctx = { tenantId: tenant.id, tenantCode: tenant.code, locale: 'en' as const, roles: [], requestId: `verify-audit-${newId()}` };
    const report = await new AuditVerifier(db).verify(ctx);
    return { code: report.ok ? 0 : 1, message: `${tenant.code} ${tenant.name}: ${describeReport(report)}` };
  } finally {
    await orm.close(true);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [code] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!code || !url) {
    console.error('usage: DATABASE_URL=postgres://… node api/dist/platform/audit/verify-audit-chain.js <tenant code>');
    process.exit(2);
  }
  verifyAuditChain(url, code).then(
    ({ code: exitCode, message }) => {
      (exitCode === 0 ? console.log : console.error)(message);
      process.exit(exitCode);
    },
    (err: unknown) => {
      console.error('audit chain verification could not run:', err instanceof Error ? err.message : err);
      process.exit(2);
    },
  );
}
