import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type DomainEventInput, newId, OutboxEvent, type TenantContext } from '@zhengcai/schema';
import type { EffectWriter } from '../database/tx-effects.js';
import { JobCatalogue } from '../jobs/job-catalogue.js';

/**
 * Writes the domain events a transaction published into the outbox, in that transaction:
 * they commit or roll back with the business change. The relay enqueues them after commit.
 */
@Injectable()
export class OutboxWriter implements EffectWriter<DomainEventInput> {
  constructor(private readonly catalogue: JobCatalogue) {}

  async write(em: EntityManager, ctx: TenantContext, events: readonly DomainEventInput[]): Promise<void> {
    const requestId = ctx.requestId.slice(0, 64);
    const rows = events.map((event) => {
      const id = newId();
      // Checked here, not by the relay: an event no job can take is a bug and must not commit.
      this.catalogue.prepareEventJobs({ id, tenantId: ctx.tenantId, type: event.type, payload: event.payload, requestId });
      return { id, tenantId: ctx.tenantId, type: event.type, payload: event.payload, requestId };
    });
    await em.insertMany(OutboxEvent, rows);
  }
}
