import { Migration } from '@mikro-orm/migrations';

/** Nightly housekeeping deletes refresh tokens long past their expiry. */
export class RefreshTokenPruningMigration extends Migration {
  override name = '20261123070000-refresh-token-pruning';

  override up(): void {
    this.addSql(`grant delete on "refresh_token" to zhengcai_app;`);
  }

  override down(): void {
    this.addSql(`revoke delete on "refresh_token" from zhengcai_app;`);
  }
}
