import { Injectable } from '@nestjs/common';
import { CalendarDay, CalendarDayKind, type TenantContext } from '@zhengcai/schema';
import type { TenantDb } from '@zhengcai/api/platform/database/tenant-db';
import { type JobProcessor, type JobWork, ProcessesJob } from '../src/runtime/job-processor.js';
import { RECORD_EFFECT } from './delivery-fixture.ts';

const EFFECT = 'effect %';

/**
 * Deliberately not idempotent: every run adds a row (on the next free day), so a second run
 * of a job shows up as a second row. Only the runtime's guarantees keep it to one.
 */
export class EffectProcessor implements JobProcessor<{ orderNo: string }> {
  async process({ em, ctx, payload }: JobWork<{ orderNo: string }>) {
    const n = await em.count(CalendarDay, { name: { $like: EFFECT } });
    const day = new Date(Date.UTC(2040, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    em.create(CalendarDay, { tenantId: ctx.tenantId, day, kind: CalendarDayKind.Holiday, name: `effect ${payload.orderNo}` });
    return { orderNo: payload.orderNo, day };
  }
}

// Decorators applied as calls: files outside a tsconfig's sources get no decorator transform.
Injectable()(EffectProcessor);
ProcessesJob(RECORD_EFFECT)(EffectProcessor);

/** How many times the effect job ran to commit for this order in this tenant. */
export function effects(db: TenantDb, ctx: TenantContext, orderNo: string): Promise<number> {
  return db.transaction(ctx, (em) => em.count(CalendarDay, { name: `effect ${orderNo}` }));
}
