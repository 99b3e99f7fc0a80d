import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { contextFor, createTenant } from '../../../test/tenants.js';
import { TenantDb } from '../database/tenant-db.js';
import { workingDeadline } from './working-deadline.js';

describe('working-day deadlines in the caller transaction', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.close());

  it("count the tenant's working days, holidays off and make-up days on, and end at local midnight", async () => {
    // 2026-09-25 is a Friday; the Mid-Autumn holiday takes Monday 28th; Sunday 27th is a make-up working day.
    const tenant = await createTenant({
      days: [{ day: '2026-09-28', kind: 'holiday', name: '中秋节' }, { day: '2026-09-27', kind: 'workday', name: '调休上班' }],
    });
    const db = api.app.get(TenantDb);
    const ctx = contextFor(tenant);
    const friday = new Date('2026-09-25T02:00:00Z');
    const due = (n: number) => db.transaction(ctx, (em) => workingDeadline(em, tenant.id, friday, n));
    // 1: Sunday 27th (make-up day); 2: Tuesday 29th (Monday is a holiday).
    expect((await due(1)).toISOString()).toBe('2026-09-27T15:59:59.999Z');
    expect((await due(2)).toISOString()).toBe('2026-09-29T15:59:59.999Z');
    expect((await due(5)).toISOString()).toBe('2026-10-02T15:59:59.999Z');
  });
});
