import { Migration } from '@mikro-orm/migrations';

/** A supplier's principal (单位负责人) and contact phone, declared by itself; compared across bidders of a lot. */
export class SupplierContactsMigration extends Migration {
  override name = '20261125090500-supplier-contacts';

  override up(): void {
    this.addSql(`alter table "organisation" add "legal_representative" varchar(32) null, add "contact_phone" varchar(16) null;`);
  }

  override down(): void {
    this.addSql(`alter table "organisation" drop column "legal_representative", drop column "contact_phone";`);
  }
}
