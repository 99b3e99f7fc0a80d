import { Migration } from '@mikro-orm/migrations';

/** A winner may decline its award (中标后放弃): when and why, kept on the published award. */
export class AwardDeclineMigration extends Migration {
  override name = '20261125090000-award-decline';

  override up(): void {
    this.addSql(`alter table "tender_award" add "declined_at" timestamptz null, add "decline_reason" text null;`);
  }

  override down(): void {
    this.addSql(`alter table "tender_award" drop column "declined_at", drop column "decline_reason";`);
  }
}
