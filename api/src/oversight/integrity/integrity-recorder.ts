import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type IntegrityEventKind, type IntegrityEvidence, newId, parseTenantSettings, POSITIVE_INTEGRITY_KINDS, Tenant, type TenantContext } from '@zhengcai/schema';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { pointsFor } from './integrity-points.js';

export interface NewIntegrityEvent {
  supplierId: string;
  /** Unique per fact in the tenant, e.g. `order:<id>:delivered_late`: a replay records nothing. */
  sourceKey: string;
  kind: IntegrityEventKind;
  occurredAt: Date;
  evidence: IntegrityEvidence;
  repeat?: boolean;
  /** Points given by hand (manual entries); otherwise the tenant's weight for the kind. */
  magnitude?: number;
  enteredBy?: string | null;
}

/**
 * Appends integrity events, once per source key, with the tenant's weight at recording time,
 * and asks the integrity worker to recompute the supplier.
 */
@Injectable()
export class IntegrityRecorder {
  /** Returns the new event's id, or null when the fact was recorded before. */
  async record(em: EntityManager, tx: TxEffects, ctx: TenantContext, e: NewIntegrityEvent, opts: { recompute?: 'job' | 'caller' } = {}): Promise<string | null> {
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    const points = pointsFor(parseTenantSettings(tenant.settings).integrity, e.kind, { repeat: e.repeat, magnitude: e.magnitude });
    const rows = await em.execute<{ id: string }[]>(
      `insert into integrity_event (id, tenant_id, supplier_id, source_key, kind, occurred_at, points, evidence, entered_by) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
       on conflict (tenant_id, source_key) do nothing returning id`,
      [newId(), ctx.tenantId, e.supplierId, e.sourceKey, e.kind, e.occurredAt, points, JSON.stringify(e.evidence), e.enteredBy ?? null],
    );
    const id = rows[0]?.id ?? null;
    if (!id) return null;
    tx.audit({ action: 'integrity.event.record', subjectType: 'integrity_event', subjectId: id, change: { supplierId: e.supplierId, kind: e.kind, points, sourceKey: e.sourceKey, evidence: e.evidence } });
    if (opts.recompute !== 'caller') tx.publish(domainEvent('integrity.supplier.changed', { supplierId: e.supplierId }));
    // The supplier hears of what lowers its score, so it can appeal (docs/notifications.md).
    if (!POSITIVE_INTEGRITY_KINDS.includes(e.kind)) tx.publish(domainEvent('integrity.event.recorded', { integrityEventId: id }));
    return id;
  }

  /** Takes a recorded fact out of the score (its source decision was reversed); returns whether it was counted. */
  async remove(em: EntityManager, tx: TxEffects, ctx: TenantContext, sourceKey: string, note: string): Promise<boolean> {
    const rows = await em.execute<{ id: string; supplier_id: string; state: string }[]>(
      `update integrity_event set state = 'removed', updated_at = now() where tenant_id = ? and source_key = ? and state <> 'removed' returning id, supplier_id`,
      [ctx.tenantId, sourceKey],
    );
    for (const r of rows) {
      tx.audit({ action: 'integrity.event.remove', subjectType: 'integrity_event', subjectId: r.id, change: { sourceKey, note } });
      tx.publish(domainEvent('integrity.supplier.changed', { supplierId: r.supplier_id }));
    }
    return rows.length > 0;
  }
}
