import type { EntityManager } from '@mikro-orm/postgresql';
import type { SearchFilters } from '../search-port.js';
import type { QueryTerms } from '../text/segmenter.js';
import { synonymsOf } from '../text/synonyms.js';
import type { TermLookup } from './search-terms.js';
import { substringTerms } from './search-sql.js';
import { arrayLiteral, type Frag, join, sql } from './sql-fragment.js';

/**
 * Fewer matches than this share of the rank walk: sparse, and the indexes find them instead.
 * Measured at 500,000 documents in a province: the walk tests a document in about 0.5 µs;
 * the indexes fetch a match in 2.6 µs from shared buffers but about 10 µs from the OS cache,
 * which is where most come from when searches run side by side (128 MB of buffers), so
 * walking on is the cheaper way down to about 0.5 %. The day's searches at three connections
 * ran best between 0.1 and 0.25 % (130–146 a second, against 81–96 at 1 %). A word in fewer
 * than this share of the province's documents is expected to be sparse in the walk as well.
 */
export const SPARSE_SHARE = 0.0025;

/** The longest lexeme counted (the column's width); a longer one counts as rare. */
const MAX_LEXEME = 64;

/**
 * Counts which words of the tenant's documents are common: found in at least `SPARSE_SHARE`
 * of them. Replaces the tenant's previous count in one statement (a concurrent count only
 * overwrites the same figures). Returns how many words are common.
 */
export async function countCommonWords(em: EntityManager, tenantId: string): Promise<number> {
  // ts_stat runs its own query, under the session's tenant like every other statement here.
  const rows = await em.execute<{ n: number }[]>(
    `with counted as materialized (
       select word, ndoc from ts_stat($q$select tokens from search_document where tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid$q$)
       where length(word) <= ${MAX_LEXEME}
         and ndoc >= greatest(1, ceil((select count(*) from search_document where tenant_id = ?::uuid) * ${SPARSE_SHARE}))
     ), gone as (
       delete from search_common_word w where w.tenant_id = ?::uuid and not exists (select 1 from counted c where c.word = w.lexeme)
     ), kept as (
       insert into search_common_word (tenant_id, lexeme, documents) select ?::uuid, word, ndoc from counted
       on conflict (tenant_id, lexeme) do update set documents = excluded.documents
       returning 1
     )
     select count(*)::int as n from kept`,
    [tenantId, tenantId, tenantId],
  );
  return rows[0].n;
}

/**
 * The query's terms as the lexemes that can satisfy each (a Chinese word with its synonyms, a
 * Latin term with its typo corrections), leaving out terms tested inside models, whose number
 * nothing predicts.
 */
function countedTerms(terms: QueryTerms, codes: ReadonlyMap<string, TermLookup>): string[][] {
  const substrings = new Set(substringTerms(terms, codes));
  return [
    ...terms.words.map((w) => [w, ...synonymsOf(w)]),
    ...terms.latin.filter((t) => !substrings.has(t)).map((t) => [t, ...(codes.get(t)?.corrections ?? [])]),
  ];
}

/**
 * Whether the rank walk may find enough of a query's matches, as an SQL condition; null when
 * it always may (no term, or only terms tested inside models, whose number nothing predicts).
 * Every term must match, so the rarest bounds them all: if one is in no common word (a
 * Latin term counts with its typo corrections), the matches are sparse in the province and,
 * unless the rare ones crowd the best-ranked, in the walk too — the walk would be wasted
 * before the lookup. A province not counted yet walks first, as before.
 */
export function walkMayFind(tenantId: string, terms: QueryTerms, codes: ReadonlyMap<string, TermLookup> = new Map()): Frag | null {
  const conjuncts = countedTerms(terms, codes);
  if (conjuncts.length === 0) return null;
  const common = conjuncts.map((lexemes) => sql`exists (select 1 from search_common_word w where w.tenant_id = ${tenantId}::uuid and w.lexeme = any(${arrayLiteral(lexemes)}::text[]))`);
  return sql`(not exists (select 1 from search_common_word w where w.tenant_id = ${tenantId}::uuid) or (${join(common, ' and ')}))`;
}

/**
 * How much further than the first walk a walk may read, against the lookup it would spare:
 * this many documents for every match of the query's rarest word. Walking tests a document
 * in about 0.5 µs, the lookup fetches a match in 2.6–10 µs, so a reach that comes back short
 * adds 10–40 % to the lookup after it; one that fills the candidates spares it whole.
 */
export const REACH_PER_MATCH = 2;

/**
 * The fewest matches of the rarest word for which a reach is worth the bet. Below it the
 * lookup is cheap enough (a brand's product with a price range and in stock, ~12,000–18,000
 * listings with the brand: 20–30 ms) that a reach coming back short costs more than it
 * spares: its 25,000–35,000 index entries also push the lookup's pages out of 128 MB of shared
 * buffers (those searches went to 40–135 ms). Above it the lookup reads tens of thousands of
 * rows (台式计算机: 50,000, 270–320 ms) and a reach usually finds the 300 (11–24 ms).
 */
export const REACH_FROM_MATCHES = 20_000;

/**
 * How many documents past the first walk to read before looking the matches up, as an SQL
 * expression; null when the query does not qualify. It qualifies when the lookup would read
 * every match of its words: only price and stock filters, which no index serves (a region,
 * category, brand or policy filter narrows the lookup itself), and every term counted. Its
 * words are common, but the price range keeps few of the best-ranked: 台式计算机 at
 * ¥5,333–7,167 has 50,000 listings with both words, 2 of them in the first 5,000, and its 300th
 * match is the 17,650th listing in rank order. The planner, taking the words as independent,
 * expects 5,000 matches and looks them up; the walk there takes ~11 ms. The bound is
 * `REACH_PER_MATCH` × the matches of the rarest word when they are at least `reachFrom`
 * (`SEARCH_REACH_FROM`, by default `REACH_FROM_MATCHES`), else 0 (as for a word not counted, or a province not counted yet).
 */
export function reachRows(tenantId: string, terms: QueryTerms, codes: ReadonlyMap<string, TermLookup>, filters: SearchFilters = {}, reachFrom = REACH_FROM_MATCHES): Frag | null {
  const narrowedByIndex = filters.categoryCode || filters.brands?.length || filters.policyTags?.length || filters.supplierRegions?.length;
  const unserved = filters.priceMinFen !== undefined || filters.priceMaxFen !== undefined || filters.inStock;
  if (narrowedByIndex || !unserved || substringTerms(terms, codes).length > 0) return null;
  const conjuncts = countedTerms(terms, codes);
  if (conjuncts.length === 0) return null;
  const matches = conjuncts.map((lexemes) => sql`coalesce((select sum(w.documents) from search_common_word w where w.tenant_id = ${tenantId}::uuid and w.lexeme = any(${arrayLiteral(lexemes)}::text[])), 0)`);
  return sql`(select case when m >= ${reachFrom} then ${REACH_PER_MATCH} * m else 0 end from (select least(${join(matches, ', ')}) as m) r)`;
}
