import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/**
 * Online auctions (反向竞价 and 公物处置): auctions, their numbered bids, bidders' pseudonyms,
 * settlement records; registration deposits of forward auctions in the deposits table; auction
 * evidence on compliance signals.
 */
export class AuctionMigration extends Migration {
  override name = '20261125110000-auction';

  override up(): void {
    this.addSql(`create type "auction_direction" as enum ('reverse', 'forward');`);
    this.addSql(`create type "auction_state" as enum ('scheduled', 'live', 'ended', 'awarded', 'failed', 'cancelled');`);
    this.addSql(`create table "auction" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "direction" "auction_direction" not null, "state" "auction_state" not null default 'scheduled', "title" varchar(200) not null, "description" text not null, "category_code" varchar(16) null, "quantity" int not null default 1, "organiser_id" uuid not null, "buyer_id" uuid not null, "created_by" uuid not null, "start_price_fen" bigint not null, "step_fen" bigint not null, "floor_fen" bigint null, "deposit_fen" bigint not null default 0, "appraisal_fen" bigint null, "photo_urls" jsonb not null default '[]', "viewing" text null, "invited_supplier_ids" jsonb not null default '[]', "starts_at" timestamptz not null, "scheduled_end_at" timestamptz not null, "ends_at" timestamptz not null, "extend_window_seconds" int not null, "extend_by_seconds" int not null, "max_extensions" int not null, "extensions" int not null default 0, "last_seq" int not null default 0, "best_bid_id" uuid null, "best_price_fen" bigint null, "winner_bid_id" uuid null, "winner_id" uuid null, "ended_at" timestamptz null, "state_reason" text null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "auction_tenant_state_index" on "auction" ("tenant_id", "state", "ends_at");`);
    this.addSql(`create index "auction_tenant_created_index" on "auction" ("tenant_id", "created_at", "id");`);
    this.addSql(`alter table "auction" add constraint "auction_organiser_id_foreign" foreign key ("organiser_id") references "organisation" ("id");`);
    this.addSql(`alter table "auction" add constraint "auction_buyer_id_foreign" foreign key ("buyer_id") references "organisation" ("id");`);

    this.addSql(`create table "auction_bid" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "auction_id" uuid not null, "seq" int not null, "bidder_id" uuid not null, "bidder_user_id" uuid not null, "pseudonym_no" int not null, "price_fen" bigint not null, "abnormally_low" boolean not null default false, "client_key" varchar(64) not null, "fingerprint" varchar(64) not null, "ip" varchar(64) null, "device_id" varchar(128) null, "extended" boolean not null default false, primary key ("id"));`);
    this.addSql(`alter table "auction_bid" add constraint "auction_bid_tenant_auction_seq_unique" unique ("tenant_id", "auction_id", "seq");`);
    this.addSql(`alter table "auction_bid" add constraint "auction_bid_tenant_user_key_unique" unique ("tenant_id", "auction_id", "bidder_user_id", "client_key");`);
    this.addSql(`create index "auction_bid_tenant_bidder_index" on "auction_bid" ("tenant_id", "auction_id", "bidder_id", "seq");`);
    this.addSql(`alter table "auction_bid" add constraint "auction_bid_auction_id_foreign" foreign key ("auction_id") references "auction" ("id");`);

    this.addSql(`create table "auction_participant" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "auction_id" uuid not null, "bidder_id" uuid not null, "pseudonym_no" int not null, primary key ("id"));`);
    this.addSql(`alter table "auction_participant" add constraint "auction_participant_tenant_bidder_unique" unique ("tenant_id", "auction_id", "bidder_id");`);
    this.addSql(`alter table "auction_participant" add constraint "auction_participant_tenant_no_unique" unique ("tenant_id", "auction_id", "pseudonym_no");`);
    this.addSql(`alter table "auction_participant" add constraint "auction_participant_auction_id_foreign" foreign key ("auction_id") references "auction" ("id");`);

    this.addSql(`create table "auction_settlement" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "auction_id" uuid not null, "winner_id" uuid not null, "winner_bid_id" uuid not null, "price_fen" bigint not null, "deposit_credited_fen" bigint not null, "balance_due_fen" bigint not null, "deposit_id" uuid null, "text" text not null, primary key ("id"));`);
    this.addSql(`alter table "auction_settlement" add constraint "auction_settlement_tenant_auction_unique" unique ("tenant_id", "auction_id");`);
    this.addSql(`alter table "auction_settlement" add constraint "auction_settlement_auction_id_foreign" foreign key ("auction_id") references "auction" ("id");`);

    // Bids and settlements are the record: written once, never updated or deleted.
    for (const t of ['auction', 'auction_bid', 'auction_participant', 'auction_settlement']) for (const sql of tenantIsolation(t)) this.addSql(sql);
    this.addSql(grantToApp('auction', 'select, insert, update'));
    this.addSql(grantToApp('auction_bid', 'select, insert'));
    this.addSql(grantToApp('auction_participant', 'select, insert'));
    this.addSql(grantToApp('auction_settlement', 'select, insert'));

    this.addSql(`alter type "deposit_state" add value if not exists 'applied';`);
    this.addSql(`alter table "deposit" alter column "lot_id" drop not null, add column "auction_id" uuid null;`);
    this.addSql(`alter table "deposit" add constraint "deposit_tenant_auction_supplier_unique" unique ("tenant_id", "auction_id", "supplier_id");`);
    this.addSql(`alter table "deposit" add constraint "deposit_auction_id_foreign" foreign key ("auction_id") references "auction" ("id") on delete set null;`);

    this.addSql(`alter type "compliance_signal_kind" add value if not exists 'bid_timing';`);
    this.addSql(`alter table "compliance_signal" add column "auction_id" uuid null;`);
  }

  override down(): void {
    this.addSql(`alter table "compliance_signal" drop column "auction_id";`);
    this.addSql(`alter table "deposit" drop constraint "deposit_auction_id_foreign";`);
    this.addSql(`alter table "deposit" drop constraint "deposit_tenant_auction_supplier_unique";`);
    this.addSql(`delete from "deposit_refund" where "deposit_id" in (select "id" from "deposit" where "auction_id" is not null);`);
    this.addSql(`delete from "deposit" where "auction_id" is not null;`);
    this.addSql(`alter table "deposit" drop column "auction_id", alter column "lot_id" set not null;`);
    for (const t of ['auction_settlement', 'auction_participant', 'auction_bid', 'auction']) this.addSql(`drop table if exists "${t}";`);
    this.addSql(`drop type if exists "auction_state";`);
    this.addSql(`drop type if exists "auction_direction";`);
  }
}
