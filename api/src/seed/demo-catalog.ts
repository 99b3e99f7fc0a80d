import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '@zhengcai/schema';
import { levelOf } from '../catalog/categories/category-code.js';
import { DEMO_CATEGORIES } from '../catalog/categories/category-tree-data.js';

/**
 * The demo category tree of one tenant (run inside that tenant's transaction). Idempotent:
 * existing codes are left as they are; parents are linked by code afterwards.
 */
export async function seedDemoCategories(em: EntityManager, tenantId: string): Promise<number> {
  const rows = DEMO_CATEGORIES.map((c) => ({ id: newId(), tenant_id: tenantId, code: c.code, name: c.name, level: levelOf(c.code), energy: c.energy ?? false }));
  const inserted = await em.execute<{ id: string }[]>(
    `insert into category (id, tenant_id, code, name, level, energy_saving_mandatory)
     select id, tenant_id, code, name, level, energy from jsonb_to_recordset(?::jsonb) as x(id uuid, tenant_id uuid, code text, name text, level smallint, energy boolean)
     on conflict (tenant_id, code) do nothing returning id`,
    [JSON.stringify(rows)],
  );
  await em.execute(
    `update category c set parent_id = p.id from category p
     where c.tenant_id = ? and p.tenant_id = c.tenant_id and c.parent_id is null and length(c.code) > 1
       and p.code = left(c.code, length(c.code) - 2)`,
    [tenantId],
  );
  return inserted.length;
}
