import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '@zhengcai/schema';

/** The budget line the demo tender project freezes its budget on. */
export const DEMO_TENDER_BUDGET_CODE = '01-2050202';

/** Budget lines of a demo purchasing unit: realistic 预算项目 of a provincial agency, in fen. */
const DEMO_BUDGET_LINES = [
  { code: '01-2050201', name: '办公设备购置', amountFen: 860_000_00n },
  { code: '01-2050299', name: '办公家具及日常办公用品', amountFen: 320_000_00n },
  // The demo tender project (¥5,700,000) is frozen on this line.
  { code: DEMO_TENDER_BUDGET_CODE, name: '信息化设备集中采购', amountFen: 6_000_000_00n },
];

/**
 * Gives the tenant's demo purchasing unit its budget lines for the fiscal year, each with its
 * load movement so the ledger sums hold. Idempotent: existing codes are left as they are.
 */
export async function seedDemoBudgets(em: EntityManager, tenantId: string, unitUscc: string, fiscalYear: number): Promise<number> {
  const [unit] = await em.execute<{ id: string }[]>(`select id from organisation where tenant_id = ? and uscc = ?`, [tenantId, unitUscc]);
  if (!unit) return 0;
  let created = 0;
  for (const line of DEMO_BUDGET_LINES) {
    const id = newId();
    const inserted = await em.execute<{ id: string }[]>(
      `insert into budget_line (id, tenant_id, unit_id, fiscal_year, code, name, amount_fen, used_fen, frozen_fen) values (?, ?, ?, ?, ?, ?, ?, 0, 0)
       on conflict (tenant_id, unit_id, fiscal_year, code) do nothing returning id`,
      [id, tenantId, unit.id, fiscalYear, line.code, line.name, line.amountFen.toString()],
    );
    if (!inserted.length) continue;
    await em.execute(
      `insert into budget_movement (id, tenant_id, line_id, kind, amount_delta_fen, used_delta_fen, frozen_delta_fen, note) values (?, ?, ?, 'load', ?, 0, 0, '演示数据')`,
      [newId(), tenantId, id, line.amountFen.toString()],
    );
    created += 1;
  }
  return created;
}
