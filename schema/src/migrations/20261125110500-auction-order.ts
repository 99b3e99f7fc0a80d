import { Migration } from '@mikro-orm/migrations';

/** A reverse auction draws on a budget line and becomes a mall order at its award. */
export class AuctionOrderMigration extends Migration {
  override name = '20261125110500-auction-order';

  override up(): void {
    this.addSql(`alter table "auction" add "budget_line_id" uuid null, add "delivery_address" jsonb null, add "order_id" uuid null;`);
    this.addSql(`alter table "auction" add constraint "auction_budget_line_id_foreign" foreign key ("budget_line_id") references "budget_line" ("id") on delete set null;`);
  }

  override down(): void {
    this.addSql(`alter table "auction" drop constraint "auction_budget_line_id_foreign";`);
    this.addSql(`alter table "auction" drop column "budget_line_id", drop column "delivery_address", drop column "order_id";`);
  }
}
