import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/** Monthly integrity band counts kept by the nightly recompute: the history the statistics show. */
export class IntegrityBandMonthsMigration extends Migration {
  override name = '20261125091000-integrity-band-months';

  override up(): void {
    this.addSql(`create table "integrity_band_month" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "month" varchar(7) not null, "a" int not null, "b" int not null, "c" int not null, "d" int not null, "band_a_min" smallint not null, "band_b_min" smallint not null, "band_c_min" smallint not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "integrity_band_month" add constraint "integrity_band_month_tenant_month_unique" unique ("tenant_id", "month");`);
    for (const sql of tenantIsolation('integrity_band_month')) this.addSql(sql);
    this.addSql(grantToApp('integrity_band_month', 'select, insert, update'));
  }

  override down(): void {
    this.addSql(`drop table "integrity_band_month";`);
  }
}
