import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/** Sealed bids: the tenant's receipt-signing key and bidders' idempotency keys for submissions. */
export class SealedBidsMigration extends Migration {
  override up(): void {
    this.addSql(`create table "tender_platform_key" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "public_key" varchar(130) not null, "fingerprint" varchar(64) not null, "private_key_sealed" text not null, primary key ("id"));`);
    this.addSql(`alter table "tender_platform_key" add constraint "tender_platform_key_tenant_unique" unique ("tenant_id");`);
    this.addSql(`create table "tender_bid_submission" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "key" varchar(64) not null, "fingerprint" varchar(64) not null, "bid_id" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "tender_bid_submission" add constraint "tender_bid_submission_tenant_user_key_unique" unique ("tenant_id", "user_id", "key");`);
    for (const table of ['tender_platform_key', 'tender_bid_submission']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      this.addSql(grantToApp(table, 'select, insert'));
    }
  }

  override down(): void {
    this.addSql(`drop table if exists "tender_bid_submission";`);
    this.addSql(`drop table if exists "tender_platform_key";`);
  }
}
