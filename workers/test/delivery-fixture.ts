// Loaded both by vitest and by plain `node` (type stripping) in the child processes of the
// crash tests: erasable TypeScript only, and imports of built packages only.
import { z } from 'zod';
import { CalendarDay, CalendarDayKind, type TenantContext } from '@zhengcai/schema';
import type { TenantDb } from '@zhengcai/api/platform/database/tenant-db';
import { defineJob, JOB_CATALOGUE, jobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';

export const ORDER_PLACED = 'test.order-placed';
export const RECORD_EFFECT = 'test.record-effect';

/** The product's catalogue plus one event and its job, defined through the same machinery. */
export const deliveryCatalogue = JOB_CATALOGUE.extend(
  {
    [RECORD_EFFECT]: defineJob({
      queue: 'notifications',
      payload: jobPayload({ orderNo: z.string().min(1) }),
      attempts: 3,
      backoff: { type: 'fixed', delay: 200 },
      description: 'Test job: records one effect row per run.',
    }),
  },
  { [ORDER_PLACED]: RECORD_EFFECT },
);

/** A business transaction: a change and its domain event, committed together. */
export function placeOrder(db: TenantDb, ctx: TenantContext, orderNo: string, day: string): Promise<void> {
  return db.transaction(ctx, async (em, tx) => {
    em.create(CalendarDay, { tenantId: ctx.tenantId, day, kind: CalendarDayKind.Holiday, name: `order ${orderNo}` });
    tx.publish({ type: ORDER_PLACED, payload: { orderNo } });
  });
}
