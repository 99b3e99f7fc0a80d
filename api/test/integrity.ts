import { newId } from '@zhengcai/schema';
import { asOwner } from './tenants.js';

/** An integrity event of a supplier, straight into the table (state and age as given). */
export async function insertIntegrityEvent(
  tenantId: string,
  supplierId: string,
  options: { kind?: string; points?: number; occurredAt?: Date; state?: 'effective' | 'appealed' | 'removed'; evidence?: Record<string, unknown> } = {},
): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) =>
    c.query(
      `insert into integrity_event (id, tenant_id, supplier_id, source_key, kind, occurred_at, points, evidence, state)
       values ($1, $2, $3, $4, $5::integrity_event_kind, $6, $7, $8::jsonb, $9::integrity_event_state)`,
      [id, tenantId, supplierId, `test:${id}`, options.kind ?? 'delivered_late', options.occurredAt ?? new Date(), options.points ?? -3,
        JSON.stringify(options.evidence ?? { note: '测试记录' }), options.state ?? 'effective'],
    ),
  );
  return id;
}

/** An open appeal against an event (which becomes appealed). */
export async function insertIntegrityAppeal(tenantId: string, supplierId: string, appealedBy: string, eventId?: string): Promise<{ appealId: string; eventId: string }> {
  const event = eventId ?? (await insertIntegrityEvent(tenantId, supplierId, { state: 'appealed' }));
  const id = newId();
  await asOwner(tenantId, async (c) => {
    await c.query(`update integrity_event set state = 'appealed' where id = $1`, [event]);
    await c.query(`insert into integrity_appeal (id, tenant_id, event_id, supplier_id, reason, appealed_by) values ($1, $2, $3, $4, '已按时发货，有物流单据', $5)`, [id, tenantId, event, supplierId, appealedBy]);
  });
  return { appealId: id, eventId: event };
}

export async function integrityEventState(tenantId: string, id: string): Promise<string | undefined> {
  return asOwner(tenantId, async (c) => (await c.query<{ state: string }>('select state from integrity_event where id = $1', [id])).rows[0]?.state);
}

export async function integrityAppealState(tenantId: string, id: string): Promise<string | undefined> {
  return asOwner(tenantId, async (c) => (await c.query<{ state: string }>('select state from integrity_appeal where id = $1', [id])).rows[0]?.state);
}

/** Manual entries with a document number. */
export async function penaltyCount(tenantId: string, documentNo: string): Promise<number> {
  return asOwner(tenantId, async (c) => Number((await c.query<{ n: string }>(`select count(*) as n from integrity_event where evidence->>'documentNo' = $1`, [documentNo])).rows[0].n));
}
