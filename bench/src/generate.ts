import type pg from 'pg';
import { levelOf } from '@zhengcai/api/catalog/categories/category-code';
import { indexTokens, TEXT_VERSION } from '@zhengcai/api/catalog/search/text/segmenter';
import { ADJECTIVES, CATEGORIES, CITIES, OUT_OF_PROVINCE, SUPPLIER_KINDS, SUPPLIER_WORDS } from './vocabulary.ts';

export interface BenchTenant { id: string; code: string; share: number }

const SUPPLIERS_PER_TENANT = 400;
const DESCRIPTION_TAIL = '适合机关事业单位集中采购，含税含运费，质保三年';

/** Vocabulary into temporary tables, each piece tokenised by the product's own segmenter. */
async function loadVocabulary(c: pg.Client, tenants: BenchTenant[]): Promise<void> {
  await c.query(`create temp table bench_cat (i int primary key, path text[], noun text, noun_tok text[], pmin bigint, pmax bigint, nbrand int, nspec int, tags jsonb)`);
  await c.query(`create temp table bench_brand (cat int, j int, name text, line text, prefix text, tok text[], primary key (cat, j))`);
  await c.query(`create temp table bench_spec (cat int, k int, spec text, tok text[], primary key (cat, k))`);
  await c.query(`create temp table bench_adj (i int primary key, adj text, tok text[])`);
  await c.query(`create temp table bench_supplier (tenant text, k int, id uuid, name text, region text, tok text[], integrity smallint, primary key (tenant, k))`);
  for (const [i, cat] of CATEGORIES.entries()) {
    const tags = cat.tags.map(([tag, pct], n) => ({ tag, pct, n }));
    await c.query(`insert into bench_cat values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [i, cat.path, cat.noun, indexTokens(cat.noun), cat.priceFen[0], cat.priceFen[1], cat.brands.length, cat.specs.length, JSON.stringify(tags)]);
    for (const [j, b] of cat.brands.entries()) await c.query(`insert into bench_brand values ($1, $2, $3, $4, $5, $6)`, [i, j, b.name, b.line, b.prefix, indexTokens(`${b.name} ${b.line}`)]);
    for (const [k, spec] of cat.specs.entries()) await c.query(`insert into bench_spec values ($1, $2, $3, $4)`, [i, k, spec, indexTokens(spec)]);
  }
  for (const [i, adj] of ADJECTIVES.entries()) await c.query(`insert into bench_adj values ($1, $2, $3)`, [i, adj, indexTokens(adj)]);
  for (const t of tenants) {
    const cities = CITIES[t.code] ?? OUT_OF_PROVINCE;
    for (let k = 0; k < SUPPLIERS_PER_TENANT; k++) {
      const local = k % 10 !== 0;
      const region = local ? cities[k % cities.length] : OUT_OF_PROVINCE[k % OUT_OF_PROVINCE.length];
      const name = `${SUPPLIER_WORDS[k % SUPPLIER_WORDS.length]}${SUPPLIER_WORDS[(k * 7 + 3) % SUPPLIER_WORDS.length]}${SUPPLIER_KINDS[k % SUPPLIER_KINDS.length]}${k}`;
      await c.query(`insert into bench_supplier values ($1, $2, md5($3)::uuid, $4, $5, $6, $7)`, [t.id, k, `bench-supplier-${t.code}-${k}`, name, region, indexTokens(name), 60 + ((k * 37) % 41)]);
    }
  }
}

/**
 * The generated categories in each province's category tree, where its code is not taken:
 * a province sells what it has categories for, and the search chooses the words it posts
 * from their names (api/src/catalog/search/pg/postings.ts).
 */
async function addCategories(c: pg.Client, tenants: BenchTenant[]): Promise<void> {
  const rows = CATEGORIES.map((cat) => ({ code: cat.path.at(-1)!, name: cat.noun, level: levelOf(cat.path.at(-1)!) }));
  for (const t of tenants) {
    await c.query('begin');
    await c.query(`select set_config('app.tenant_id', $1, true)`, [t.id]);
    await c.query(
      `insert into category (id, tenant_id, code, name, level, energy_saving_mandatory)
       select md5($1 || x.code)::uuid, $1::uuid, x.code, x.name, x.level, false from jsonb_to_recordset($2::jsonb) as x(code text, name text, level smallint)
       on conflict (tenant_id, code) do nothing`,
      [t.id, JSON.stringify(rows)],
    );
    await c.query('commit');
  }
}

/**
 * Inserts `count` listings for one tenant in one statement. Every choice is a hash of the row
 * number, so the same arguments always give the same catalogue.
 */
async function insertTenant(c: pg.Client, t: BenchTenant, count: number, offset: number, seed: number): Promise<void> {
  const tail = indexTokens(DESCRIPTION_TAIL);
  await c.query('begin');
  await c.query(`select set_config('app.tenant_id', $1, true)`, [t.id]);
  await c.query(
    `insert into search_document (listing_id, tenant_id, title, description, brand, model, category_path, price_fen, stock, sales_count,
       policy_claims, policy_tags, supplier_id, supplier_name, supplier_region, integrity_score, updated_at, tokens, text_version)
     select md5('bench-listing-' || g)::uuid, $1::uuid,
       concat_ws(' ', b.name, nullif(b.line, ''), m.code, a.adj, cat.noun, s.spec),
       concat(cat.noun, '，', a.adj, '，型号 ', m.code, '，', $4::text),
       b.name, left(m.code || ' ' || s.spec, 64), cat.path,
       (cat.pmin + r.h5 % (cat.pmax - cat.pmin)) / 100 * 100,
       case when r.h1 % 20 = 0 then 0 else r.h2 % 500 end,
       floor(exp((r.h3 % 1000) / 1000.0 * ln(5000)))::int - 1,
       (select coalesce(jsonb_agg(jsonb_build_object('tag', x.tag, 'validUntil',
                  case when x.tag = 'sme' then null when abs(hashint4(g * 13 + x.n)) % 10 = 0 then '2025-12-31' else '2027-06-30' end)), '[]')
        from jsonb_to_recordset(cat.tags) as x(tag text, pct int, n int) where abs(hashint4(g * 101 + x.n)) % 100 < x.pct),
       '{}', sup.id, sup.name, sup.region, sup.integrity, now() - (r.h4 % 1000) * interval '1 hour',
       setweight(array_to_tsvector(b.tok || a.tok || cat.noun_tok || s.tok || array[lower(m.code)]), 'A')
         || setweight(array_to_tsvector(sup.tok), 'C')
         || setweight(array_to_tsvector(cat.noun_tok || a.tok || $5::text[]), 'D'),
       ${TEXT_VERSION}
     from generate_series($2::int + 1, $2::int + $3::int) g0
     -- The seed permutes row numbers (xor is one-to-one): another seed, another catalogue.
     cross join lateral (select g0 # $6::int as g) gs
     cross join lateral (select abs(hashint4(g)) h1, abs(hashint4(g + 7919)) h2, abs(hashint4(g * 31 + 3)) h3,
                                abs(hashint4(g * 17 + 11)) h4, abs(hashint4(g * 7 + 1)) h5) r
     join bench_cat cat on cat.i = r.h2 % ${CATEGORIES.length}
     join bench_brand b on b.cat = cat.i and b.j = r.h3 % cat.nbrand
     join bench_spec s on s.cat = cat.i and s.k = r.h4 % cat.nspec
     join bench_adj a on a.i = r.h5 % ${ADJECTIVES.length}
     join bench_supplier sup on sup.tenant = $1 and sup.k = r.h1 % ${SUPPLIERS_PER_TENANT}
     cross join lateral (select b.prefix || (100 + r.h1 % 900)::text as code) m`,
    [t.id, offset, count, DESCRIPTION_TAIL, tail, seed],
  );
  // The term dictionary, as upserts fill it: every Latin token of three or more with a letter.
  await c.query(
    `insert into search_term (tenant_id, term)
     select distinct $1::uuid, u.lexeme from search_document d, unnest(d.tokens) u
     where d.tenant_id = $1 and u.lexeme ~ '^[a-z0-9][a-z0-9._-]*$' and u.lexeme ~ '[a-z]' and length(u.lexeme) between 3 and 64
     on conflict do nothing`,
    [t.id],
  );
  await c.query('commit');
}

/** Index definitions of the table, so a bulk load can drop and rebuild them. */
async function secondaryIndexes(c: pg.Client): Promise<{ name: string; def: string }[]> {
  const r = await c.query<{ name: string; def: string }>(`select indexname as name, indexdef as def from pg_indexes where tablename = 'search_document' and indexname <> 'search_document_pkey'`);
  return r.rows;
}

export interface GenerateTimings { loadSeconds: number; rankSeconds: number; indexSeconds: number; rows: number }

/**
 * Loads `total` listings across the tenants (by share) the way bulk loads are done: rows, then
 * the product's own set-based rank recompute (`rank`), then the indexes. The same seed gives
 * the same catalogue (seed 0: the catalogue of the earlier recorded runs).
 */
export async function generate(c: pg.Client, tenants: BenchTenant[], total: number, rank: () => Promise<void>, log: (s: string) => void, seed = 0): Promise<GenerateTimings> {
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 20) throw new Error('--seed must be an integer from 0 to 1048575');
  await loadVocabulary(c, tenants);
  await addCategories(c, tenants);
  const indexes = await secondaryIndexes(c);
  for (const ix of indexes) await c.query(`drop index ${ix.name}`);
  const started = Date.now();
  let offset = 0;
  for (const t of tenants) {
    const count = Math.round(total * t.share);
    log(`  ${t.code}: ${count.toLocaleString()} listings`);
    await insertTenant(c, t, count, offset, seed);
    offset += count;
  }
  const loadSeconds = (Date.now() - started) / 1000;
  // Statistics first: the recompute's plan depends on them.
  await c.query('analyze search_document');
  const ranked = Date.now();
  await rank();
  const rankSeconds = (Date.now() - ranked) / 1000;
  // The first recompute rewrote every row; a bulk load would not leave that bloat behind.
  await c.query('vacuum full search_document');
  const indexed = Date.now();
  for (const ix of indexes) await c.query(ix.def);
  const indexSeconds = (Date.now() - indexed) / 1000;
  return { loadSeconds, rankSeconds, indexSeconds, rows: offset };
}
