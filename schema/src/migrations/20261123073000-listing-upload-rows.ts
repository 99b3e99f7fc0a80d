import { Migration } from '@mikro-orm/migrations';

/** Bulk uploads keep their rows until imported, so a worker can resume an import after a restart. */
export class ListingUploadRowsMigration extends Migration {
  override name = '20261123073000-listing-upload-rows';

  override up(): void {
    this.addSql(`alter table "listing_upload" add column "pending_rows" jsonb null;`);
  }

  override down(): void {
    this.addSql(`alter table "listing_upload" drop column "pending_rows";`);
  }
}
