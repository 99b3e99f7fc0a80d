import { Inject, Injectable, Optional } from '@nestjs/common';
import { IsolationLevel, MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { type AuditInput, type DomainEventInput, runInTenantContext, TENANT_FILTER, type TenantContext } from '@zhengcai/schema';
import { InFlightWork, runTracked } from './in-flight-work.js';
import { assertNotInTransaction, holdingConnection } from './one-connection.js';
import { AUDIT_WRITER, type EffectWriter, OUTBOX_WRITER, TxEffects } from './tx-effects.js';

/**
 * The only way services reach tenant data: one transaction per call, with the tenant set
 * for row-level security (transaction-local, so a pooled connection never carries it to the
 * next user) and for the ORM's tenant filter. Audit entries and domain events the work
 * queues are written in the same transaction; the audit chain goes last, so its per-tenant
 * lock is held only until commit.
 */
@Injectable()
export class TenantDb {
  constructor(
    private readonly orm: MikroORM,
    @Optional() @Inject(OUTBOX_WRITER) private readonly outbox?: EffectWriter<DomainEventInput>,
    @Optional() @Inject(AUDIT_WRITER) private readonly audit?: EffectWriter<AuditInput>,
    /** Tracks the work so that shutdown waits for it; absent where a test builds this by hand. */
    @Optional() private readonly inFlight?: InFlightWork,
  ) {}

  /**
   * `settings`: further transaction-local settings (planner settings of a search), set in
   * the same statement as the tenant.
   */
  transaction<T>(ctx: TenantContext, work: (em: EntityManager, tx: TxEffects) => Promise<T>, settings: Readonly<Record<string, string>> = {}): Promise<T> {
    assertNotInTransaction();
    return runTracked(this.inFlight, () => this.orm.em.fork().transactional(async (em) => {
      em.setFilterParams(TENANT_FILTER, { tenantId: ctx.tenantId });
      const more = Object.entries(settings);
      await em.execute(`select set_config('app.tenant_id', ?, true)${', set_config(?, ?, true)'.repeat(more.length)}`, [ctx.tenantId, ...more.flat()]);
      const tx = new TxEffects();
      const result = await holdingConnection(() => runInTenantContext(ctx, () => work(em, tx)));
      await em.flush();
      if (tx.events.length) await this.writer(this.outbox, 'outbox').write(em, ctx, tx.events);
      if (tx.audits.length) await this.writer(this.audit, 'audit').write(em, ctx, tx.audits);
      return result;
    }));
  }

  /**
   * Read-only work over several statements that must see one consistent state of the
   * tenant's data (repeatable read): verifications, reports, exports. Queues no effects.
   */
  snapshot<T>(ctx: TenantContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
    assertNotInTransaction();
    return runTracked(this.inFlight, () => this.orm.em.fork().transactional(
      async (em) => {
        em.setFilterParams(TENANT_FILTER, { tenantId: ctx.tenantId });
        await em.execute(`select set_config('app.tenant_id', ?, true)`, [ctx.tenantId]);
        return holdingConnection(() => runInTenantContext(ctx, () => work(em)));
      },
      { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
    ));
  }

  /**
   * Reads outside any tenant: only tables with a public policy (the tenant list) return rows;
   * every tenant-owned table returns nothing here.
   */
  publicRead<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    assertNotInTransaction();
    return runTracked(this.inFlight, () => work(this.orm.em.fork()));
  }

  private writer<T>(writer: EffectWriter<T> | undefined, kind: string): EffectWriter<T> {
    if (!writer) throw new Error(`A transaction queued ${kind} effects but no ${kind} writer is registered`);
    return writer;
  }
}
