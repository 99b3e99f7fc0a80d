import { Migration } from '@mikro-orm/migrations';

/**
 * Price inspection walks the catalogue by standard product: one index gives the walk order and
 * each product's prices (it replaces the on-sale product index), another leads from a
 * product's listings to their order lines; the run remembers the walk's product.
 */
export class InspectionWalkMigration extends Migration {
  override name = '20261124170000-inspection-walk';

  override up(): void {
    this.addSql(`drop index if exists "listing_tenant_product_on_sale_index";`);
    this.addSql(`create index "listing_tenant_product_walk_index" on "listing" ("tenant_id", "standard_product_id", "id") include ("state", "supplier_id", "price_fen");`);
    this.addSql(`create index "mall_order_line_tenant_listing_index" on "mall_order_line" ("tenant_id", "listing_id");`);
    this.addSql(`alter table "inspection_run" add column "cursor_product" uuid null;`);
  }

  override down(): void {
    this.addSql(`alter table "inspection_run" drop column "cursor_product";`);
    this.addSql(`drop index if exists "mall_order_line_tenant_listing_index";`);
    this.addSql(`drop index if exists "listing_tenant_product_walk_index";`);
    this.addSql(`create index "listing_tenant_product_on_sale_index" on "listing" ("tenant_id", "standard_product_id") include ("supplier_id", "price_fen") where "state" = 'approved';`);
  }
}
