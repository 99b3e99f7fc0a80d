import { Migration } from '@mikro-orm/migrations';

/** A payment records the account its money goes to when the subject's payee account is locked to a lender. */
export class PaymentPayeeAccountMigration extends Migration {
  override name = '20261126090500-payment-payee-account';

  override up(): void {
    this.addSql(`alter table "payment" add "payee_account" jsonb null;`);
  }

  override down(): void {
    this.addSql(`alter table "payment" drop column "payee_account";`);
  }
}
