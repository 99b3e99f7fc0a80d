import { Migration } from '@mikro-orm/migrations';

/** Tenant operators edit their province's name and rules; the row policy keeps it to their own. */
export class TenantAdminMigration extends Migration {
  override name = '20261123040000-tenant-admin';

  override up(): void {
    this.addSql(`grant update (name, settings) on "tenant" to zhengcai_app;`);
  }

  override down(): void {
    this.addSql(`revoke update (name, settings) on "tenant" from zhengcai_app;`);
  }
}
