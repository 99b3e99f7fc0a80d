import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/** Tender notices: project numbers, supplier registration (报名), tender documents and their downloads, clarifications and questions. */
export class TenderNoticesMigration extends Migration {
  override name = '20261123101000-tender-notices';

  override up(): void {
    this.addSql(`create table "tender_project_counter" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "year" smallint not null, "last" int not null, primary key ("id"));`);
    this.addSql(`alter table "tender_project_counter" add constraint "tender_project_counter_tenant_year_unique" unique ("tenant_id", "year");`);

    this.addSql(`create table "tender_registration" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "project_id" uuid not null, "supplier_id" uuid not null, "registered_by" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "tender_registration" add constraint "tender_registration_tenant_project_supplier_unique" unique ("tenant_id", "project_id", "supplier_id");`);
    this.addSql(`create index "tender_registration_tenant_supplier_index" on "tender_registration" ("tenant_id", "supplier_id", "created_at", "id");`);

    this.addSql(`create table "tender_document" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "project_id" uuid not null, "file_name" varchar(200) not null, "mime_type" varchar(100) not null, "size_bytes" int not null, "sm3" varchar(64) not null, "content" bytea not null, "uploaded_by" uuid not null, primary key ("id"));`);
    this.addSql(`create index "tender_document_tenant_project_index" on "tender_document" ("tenant_id", "project_id", "created_at");`);

    this.addSql(`create table "tender_document_download" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "document_id" uuid not null, "supplier_id" uuid not null, "downloaded_by" uuid not null, primary key ("id"));`);
    this.addSql(`create index "tender_document_download_tenant_document_index" on "tender_document_download" ("tenant_id", "document_id", "created_at");`);

    this.addSql(`create table "tender_clarification" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "project_id" uuid not null, "title" varchar(200) not null, "body" text not null, "affects_bids" boolean not null, "old_bid_deadline" timestamptz null, "new_bid_deadline" timestamptz null, "published_by" uuid not null, primary key ("id"));`);
    this.addSql(`create index "tender_clarification_tenant_project_index" on "tender_clarification" ("tenant_id", "project_id", "created_at");`);

    this.addSql(`create table "tender_question" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "project_id" uuid not null, "supplier_id" uuid not null, "asked_by" uuid not null, "body" text not null, "answered_by_id" uuid null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "tender_question_tenant_project_index" on "tender_question" ("tenant_id", "project_id", "created_at");`);

    this.addSql(`alter table "tender_registration" add constraint "tender_registration_project_id_foreign" foreign key ("project_id") references "tender_project" ("id");`);
    this.addSql(`alter table "tender_registration" add constraint "tender_registration_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);
    this.addSql(`alter table "tender_document" add constraint "tender_document_project_id_foreign" foreign key ("project_id") references "tender_project" ("id");`);
    this.addSql(`alter table "tender_document_download" add constraint "tender_document_download_document_id_foreign" foreign key ("document_id") references "tender_document" ("id");`);
    this.addSql(`alter table "tender_document_download" add constraint "tender_document_download_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);
    this.addSql(`alter table "tender_clarification" add constraint "tender_clarification_project_id_foreign" foreign key ("project_id") references "tender_project" ("id");`);
    this.addSql(`alter table "tender_question" add constraint "tender_question_project_id_foreign" foreign key ("project_id") references "tender_project" ("id");`);
    this.addSql(`alter table "tender_question" add constraint "tender_question_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);
    this.addSql(`alter table "tender_question" add constraint "tender_question_answered_by_id_foreign" foreign key ("answered_by_id") references "tender_clarification" ("id") on delete set null;`);

    // Procurement records are kept: nothing here is deleted.
    for (const table of ['tender_project_counter', 'tender_registration', 'tender_document', 'tender_document_download', 'tender_clarification', 'tender_question']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      this.addSql(grantToApp(table, 'select, insert, update'));
    }
    // A draft project's lots are replaced when the draft is edited (nothing refers to a draft lot).
    this.addSql(grantToApp('tender_lot', 'delete'));
  }

  override down(): void {
    this.addSql(`revoke delete on "tender_lot" from zhengcai_app;`);
    for (const table of ['tender_question', 'tender_clarification', 'tender_document_download', 'tender_document', 'tender_registration', 'tender_project_counter']) this.addSql(`drop table if exists "${table}";`);
  }
}
