import { Migration } from '@mikro-orm/migrations';
import { POSTING_LOCK } from '../entities/catalog/search-posting.entity.js';
import { grantToApp, tenantIsolation } from './rls.js';

/** What a posting carries besides its key: the rank it is walked by and what filters test. */
const FILTERED = ['rank', 'category_path', 'brand', 'price_fen', 'stock', 'policy_tags', 'supplier_region'];
const COLUMNS = `tenant_id, word, listing_id, ${FILTERED.join(', ')}`;
const UPSERT = `on conflict (tenant_id, word, listing_id) do update set ${FILTERED.map((c) => `${c} = excluded.${c}`).join(', ')}`;

/** The postings of rows of search_document: one per posted word their tokens contain. */
function postingsOf(rows: string): string {
  return `select distinct on (r.listing_id, w.word) r.tenant_id, w.word, r.listing_id, ${FILTERED.map((c) => `r.${c}`).join(', ')}
    from ${rows} r
    cross join lateral unnest(tsvector_to_array(r.tokens)) t(lexeme)
    join (select pw.tenant_id, pw.word, unnest(pw.lexemes) as lexeme from search_posted_word pw) w
      on w.tenant_id = r.tenant_id and w.lexeme = t.lexeme`;
}

function lockShared(rows: string): string {
  return `perform pg_advisory_xact_lock_shared(${POSTING_LOCK}, hashtext(x.tenant_id::text)) from (select distinct tenant_id from ${rows}) x;`;
}

/**
 * Postings: for the words buyers look products up by (product names and brands, when neither
 * rare nor in most of a province's documents), every document that has the word, in rank
 * order. A search with such a word walks only its documents instead of the whole province in
 * rank order (docs/architecture.md, "Candidates"). Triggers keep them in step with every
 * write of a document, whoever makes it (indexing, ranking, re-tokenising), in the same
 * transaction: a posting always carries its document's current rank.
 */
export class SearchPostingsMigration extends Migration {
  override name = '20261128090000-search-postings';

  override up(): void {
    this.addSql(`create table "search_posted_word" ("tenant_id" uuid not null, "word" varchar(64) not null, "lexemes" text[] not null, "documents" int not null, primary key ("tenant_id", "word"));`);
    for (const sql of tenantIsolation('search_posted_word')) this.addSql(sql);
    this.addSql(grantToApp('search_posted_word', 'select, insert, update, delete'));

    this.addSql(`create table "search_posting" ("tenant_id" uuid not null, "word" varchar(64) not null, "listing_id" uuid not null, "rank" double precision not null,
      "category_path" text[] not null, "brand" varchar(64) not null, "price_fen" bigint not null, "stock" int not null, "policy_tags" text[] not null, "supplier_region" varchar(6) not null,
      primary key ("tenant_id", "word", "listing_id"));`);
    // Filters are tested in the index as it is walked: only the postings that pass are probed.
    this.addSql(`create index "search_posting_walk" on "search_posting" ("tenant_id", "word", "rank" desc, "listing_id") include ("category_path", "brand", "price_fen", "stock", "policy_tags", "supplier_region");`);
    for (const sql of tenantIsolation('search_posting')) this.addSql(sql);
    this.addSql(grantToApp('search_posting', 'select, insert, update, delete'));

    this.addSql(`create function search_document_search_posting_inserted_fn() returns trigger language plpgsql as $$
      begin
        ${lockShared('new_rows')}
        insert into search_posting (${COLUMNS}) ${postingsOf('new_rows')}
        ${UPSERT};
        return null;
      end $$;`);
    // Most updates (sales) change nothing a posting carries: no row is changed. A word the new
    // tokens still have is updated in place, not deleted and added in one statement.
    this.addSql(`create function search_document_search_posting_updated_fn() returns trigger language plpgsql as $$
      begin
        ${lockShared('new_rows')}
        with changed as materialized (
          select n.tenant_id, n.listing_id, ${FILTERED.map((c) => `n.${c}`).join(', ')}, n.tokens, o.tokens as old_tokens
          from new_rows n join old_rows o on o.listing_id = n.listing_id
          where n.tokens <> o.tokens or (${FILTERED.map((c) => `n.${c}`).join(', ')}) is distinct from (${FILTERED.map((c) => `o.${c}`).join(', ')})
        ), gone as (
          delete from search_posting p using (
            select tenant_id, word, listing_id from (${postingsOf(`(select c.tenant_id, c.listing_id, ${FILTERED.map((k) => `c.${k}`).join(', ')}, c.old_tokens as tokens from changed c where c.tokens <> c.old_tokens)`)}) was
            except
            select tenant_id, word, listing_id from (${postingsOf('(select c.* from changed c where c.tokens <> c.old_tokens)')}) now
          ) g
          where p.tenant_id = g.tenant_id and p.word = g.word and p.listing_id = g.listing_id
        )
        insert into search_posting (${COLUMNS}) ${postingsOf('changed')}
        ${UPSERT};
        return null;
      end $$;`);
    this.addSql(`create function search_document_search_posting_deleted_fn() returns trigger language plpgsql as $$
      begin
        ${lockShared('old_rows')}
        delete from search_posting p using (${postingsOf('old_rows')}) g
        where p.tenant_id = g.tenant_id and p.word = g.word and p.listing_id = g.listing_id;
        return null;
      end $$;`);
    this.addSql(`create trigger search_posting_inserted after insert on "search_document" referencing new table as new_rows for each statement execute function search_document_search_posting_inserted_fn();`);
    this.addSql(`create trigger search_posting_updated after update on "search_document" referencing old table as old_rows new table as new_rows for each statement execute function search_document_search_posting_updated_fn();`);
    this.addSql(`create trigger search_posting_deleted after delete on "search_document" referencing old table as old_rows for each statement execute function search_document_search_posting_deleted_fn();`);
  }

  override down(): void {
    this.addSql(`drop trigger if exists search_posting_inserted on "search_document";`);
    this.addSql(`drop trigger if exists search_posting_updated on "search_document";`);
    this.addSql(`drop trigger if exists search_posting_deleted on "search_document";`);
    this.addSql(`drop function if exists search_document_search_posting_inserted_fn();`);
    this.addSql(`drop function if exists search_document_search_posting_updated_fn();`);
    this.addSql(`drop function if exists search_document_search_posting_deleted_fn();`);
    this.addSql(`drop table if exists "search_posting";`);
    this.addSql(`drop table if exists "search_posted_word";`);
  }
}
