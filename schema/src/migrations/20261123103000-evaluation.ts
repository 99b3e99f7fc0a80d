import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/**
 * Evaluation (评标): experts' declared relations to suppliers, the panel draw with its seed,
 * the panel's seats, the experts' scores and the score deviation flags.
 */
export class EvaluationMigration extends Migration {
  override name = '20261123103000-evaluation';

  override up(): void {
    this.addSql(`create type "expert_relation_kind" as enum ('former_employer', 'relative_of_principal', 'other_interest');`);

    this.addSql(`create table "expert_relation" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "expert_id" uuid not null, "supplier_id" uuid not null, "kind" "expert_relation_kind" not null, "note" text not null, "recorded_by" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "expert_relation" add constraint "expert_relation_tenant_expert_supplier_kind_unique" unique ("tenant_id", "expert_id", "supplier_id", "kind");`);
    this.addSql(`create index "expert_relation_tenant_supplier_index" on "expert_relation" ("tenant_id", "supplier_id");`);

    this.addSql(`create table "evaluation_panel_draw" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "lot_id" uuid not null, "seed" varchar(64) not null, "size" int not null, "category_code" varchar(16) not null, "candidate_ids" jsonb not null, "drawn_ids" jsonb not null, "excluded" jsonb not null, "drawn_by" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "evaluation_panel_draw" add constraint "evaluation_panel_draw_tenant_lot_unique" unique ("tenant_id", "lot_id");`);

    this.addSql(`create table "evaluation_panel_member" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "lot_id" uuid not null, "expert_id" uuid not null, "seat" int not null, "submitted_at" timestamptz null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "evaluation_panel_member" add constraint "evaluation_panel_member_tenant_lot_expert_unique" unique ("tenant_id", "lot_id", "expert_id");`);
    this.addSql(`create index "evaluation_panel_member_tenant_expert_index" on "evaluation_panel_member" ("tenant_id", "expert_id", "created_at");`);

    this.addSql(`create table "evaluation_score" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "lot_id" uuid not null, "bid_id" uuid not null, "expert_id" uuid not null, "criterion_key" varchar(32) not null, "score_hundredths" int not null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "evaluation_score" add constraint "evaluation_score_tenant_bid_expert_criterion_unique" unique ("tenant_id", "bid_id", "expert_id", "criterion_key");`);
    this.addSql(`create index "evaluation_score_tenant_lot_expert_index" on "evaluation_score" ("tenant_id", "lot_id", "expert_id");`);

    this.addSql(`create table "score_deviation" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "lot_id" uuid not null, "bid_id" uuid not null, "expert_id" uuid not null, "criterion_key" varchar(32) not null, "score_hundredths" int not null, "mean_hundredths" int not null, "max_hundredths" int not null, "beyond_threshold" boolean not null, "beyond_z" boolean not null, "reason" text null, "reason_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "score_deviation" add constraint "score_deviation_tenant_lot_expert_bid_criterion_unique" unique ("tenant_id", "lot_id", "expert_id", "bid_id", "criterion_key");`);
    this.addSql(`create index "score_deviation_tenant_created_index" on "score_deviation" ("tenant_id", "created_at", "id");`);

    this.addSql(`alter table "expert_relation" add constraint "expert_relation_expert_id_foreign" foreign key ("expert_id") references "user_account" ("id");`);
    this.addSql(`alter table "expert_relation" add constraint "expert_relation_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);
    this.addSql(`alter table "evaluation_panel_draw" add constraint "evaluation_panel_draw_lot_id_foreign" foreign key ("lot_id") references "tender_lot" ("id");`);
    this.addSql(`alter table "evaluation_panel_member" add constraint "evaluation_panel_member_lot_id_foreign" foreign key ("lot_id") references "tender_lot" ("id");`);
    this.addSql(`alter table "evaluation_panel_member" add constraint "evaluation_panel_member_expert_id_foreign" foreign key ("expert_id") references "user_account" ("id");`);
    this.addSql(`alter table "evaluation_score" add constraint "evaluation_score_lot_id_foreign" foreign key ("lot_id") references "tender_lot" ("id");`);
    this.addSql(`alter table "evaluation_score" add constraint "evaluation_score_bid_id_foreign" foreign key ("bid_id") references "tender_bid" ("id");`);
    this.addSql(`alter table "evaluation_score" add constraint "evaluation_score_expert_id_foreign" foreign key ("expert_id") references "user_account" ("id");`);
    this.addSql(`alter table "score_deviation" add constraint "score_deviation_lot_id_foreign" foreign key ("lot_id") references "tender_lot" ("id");`);
    this.addSql(`alter table "score_deviation" add constraint "score_deviation_bid_id_foreign" foreign key ("bid_id") references "tender_bid" ("id");`);
    this.addSql(`alter table "score_deviation" add constraint "score_deviation_expert_id_foreign" foreign key ("expert_id") references "user_account" ("id");`);

    // Evaluation records are evidence: never deleted.
    for (const table of ['expert_relation', 'evaluation_panel_draw', 'evaluation_panel_member', 'evaluation_score', 'score_deviation']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      this.addSql(grantToApp(table, 'select, insert, update'));
    }
  }

  override down(): void {
    for (const table of ['score_deviation', 'evaluation_score', 'evaluation_panel_member', 'evaluation_panel_draw', 'expert_relation']) this.addSql(`drop table if exists "${table}";`);
    this.addSql(`drop type if exists "expert_relation_kind";`);
  }
}
