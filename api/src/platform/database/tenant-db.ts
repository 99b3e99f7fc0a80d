import { Injectable } from '@nestjs/common';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { runInTenantContext, TENANT_FILTER, type TenantContext } from '@zhengcai/schema';

/**
 * The only way services reach tenant data: one transaction per call, with the tenant set
 * for row-level security (transaction-local, so a pooled connection never carries it to the
 * next user) and for the ORM's tenant filter.
 */
@Injectable()
export class TenantDb {
  constructor(private readonly orm: MikroORM) {}

  transaction<T>(ctx: TenantContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.orm.em.fork().transactional(async (em) => {
      em.setFilterParams(TENANT_FILTER, { tenantId: ctx.tenantId });
      await em.execute(`select set_config('app.tenant_id', ?, true)`, [ctx.tenantId]);
      return runInTenantContext(ctx, () => work(em));
    });
  }

  /**
   * Reads outside any tenant: only tables with a public policy (the tenant list) return rows;
   * every tenant-owned table returns nothing here.
   */
  publicRead<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return work(this.orm.em.fork());
  }
}
