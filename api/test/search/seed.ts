import { newId } from '@zhengcai/schema';
import { asOwner } from '../tenants.js';

/**
 * One search document written straight into a tenant's table (as the owner, under its RLS),
 * ranked as a policy listing: enough for operations that need a listing to exist.
 */
export async function insertSearchDocument(tenantId: string, doc: { title: string; supplierId?: string; supplierName?: string }): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) =>
    c.query(
      `insert into search_document (listing_id, tenant_id, title, description, brand, model, category_path, price_fen, stock, sales_count,
         policy_claims, policy_tags, supplier_id, supplier_name, supplier_region, integrity_score, updated_at, tokens, rank, rank_policy)
       values ($1, $2, $3, '', '联想', 'M437', '{A02,A0201,A020101}', 499900, 5, 0, '[{"tag":"energy_saving","validUntil":null}]',
         '{energy_saving}', $4, $5, '330106', 90, now(), setweight(array_to_tsvector('{台式,计算机,计算,算机}'), 'A'), 0.55, 1)`,
      [id, tenantId, doc.title, doc.supplierId ?? newId(), doc.supplierName ?? '测试供应商'],
    ),
  );
  return id;
}
