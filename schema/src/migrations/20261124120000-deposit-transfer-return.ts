import { Migration } from '@mikro-orm/migrations';

/** A flagged deposit transfer can be closed as returned to the payer, with the bank serial no. of the return. */
export class DepositTransferReturnMigration extends Migration {
  override name = '20261124120000-deposit-transfer-return';

  override up(): void {
    this.addSql(`alter type "deposit_transfer_state" add value if not exists 'returned';`);
    this.addSql(`alter table "deposit_transfer" add column "return_serial_no" varchar(64) null, add column "return_note" text null, add column "returned_at" timestamptz null, add column "returned_by" uuid null;`);
  }

  override down(): void {
    // Postgres cannot drop an enum value: returned transfers go back to flagged and the type is rebuilt.
    this.addSql(`update "deposit_transfer" set "state" = 'flagged' where "state" = 'returned';`);
    this.addSql(`alter table "deposit_transfer" drop column "return_serial_no", drop column "return_note", drop column "returned_at", drop column "returned_by";`);
    this.addSql(`alter type "deposit_transfer_state" rename to "deposit_transfer_state_old";`);
    this.addSql(`create type "deposit_transfer_state" as enum ('matched', 'flagged');`);
    this.addSql(`alter table "deposit_transfer" alter column "state" type "deposit_transfer_state" using "state"::text::"deposit_transfer_state";`);
    this.addSql(`drop type "deposit_transfer_state_old";`);
  }
}
