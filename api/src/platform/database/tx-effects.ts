import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditInput, DomainEventInput, TenantContext } from '@zhengcai/schema';

/** Writes one kind of queued effect inside the business transaction. */
export interface EffectWriter<T> {
  write(em: EntityManager, ctx: TenantContext, items: readonly T[]): Promise<void>;
}

export const AUDIT_WRITER = Symbol('AUDIT_WRITER');
export const OUTBOX_WRITER = Symbol('OUTBOX_WRITER');

/** The side effects a unit of work queues: audit entries and domain events. */
export class TxEffects {
  readonly audits: AuditInput[] = [];
  readonly events: DomainEventInput[] = [];

  audit(entry: AuditInput): void {
    this.audits.push(entry);
  }

  publish(event: DomainEventInput): void {
    this.events.push(event);
  }
}
