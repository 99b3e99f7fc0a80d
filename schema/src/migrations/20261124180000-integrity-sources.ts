import { Migration } from '@mikro-orm/migrations';

/** The verdict of a challenge answer (a groundless challenge counts against the challenger's integrity). */
export class IntegritySourcesMigration extends Migration {
  override name = '20261124180000-integrity-sources';

  override up(): void {
    this.addSql(`create type "tender_challenge_outcome" as enum ('upheld', 'partly_upheld', 'groundless');`);
    this.addSql(`alter table "tender_challenge" add "outcome" "tender_challenge_outcome" null;`);
  }

  override down(): void {
    this.addSql(`alter table "tender_challenge" drop column "outcome";`);
    this.addSql(`drop type "tender_challenge_outcome";`);
  }
}
