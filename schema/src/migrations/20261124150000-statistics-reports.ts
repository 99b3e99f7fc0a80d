import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/** Monthly and annual statistics reports of the finance department, one per tenant and period. */
export class StatisticsReportsMigration extends Migration {
  override name = '20261124150000-statistics-reports';

  override up(): void {
    this.addSql(`create type "statistics_report_kind" as enum ('month', 'year');`);
    this.addSql(`create type "statistics_report_state" as enum ('pending', 'ready');`);
    this.addSql(`create table "statistics_report" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "kind" "statistics_report_kind" not null, "period" varchar(7) not null, "state" "statistics_report_state" not null default 'pending', "requested_by" uuid null, "generated_at" timestamptz null, "file_name" varchar(128) null, "content_base64" text null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "statistics_report" add constraint "statistics_report_tenant_period_unique" unique ("tenant_id", "kind", "period");`);
    this.addSql(`create index "statistics_report_tenant_created_index" on "statistics_report" ("tenant_id", "created_at", "id");`);
    for (const sql of tenantIsolation('statistics_report')) this.addSql(sql);
    this.addSql(grantToApp('statistics_report', 'select, insert, update'));
  }

  override down(): void {
    this.addSql(`drop table if exists "statistics_report";`);
    this.addSql(`drop type if exists "statistics_report_state";`);
    this.addSql(`drop type if exists "statistics_report_kind";`);
  }
}
